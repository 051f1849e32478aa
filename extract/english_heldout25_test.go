package extract

import "testing"

// enHeldOut25 is a blind held-out set of sixteen invented but realistic English
// articles, each with its own DCT (the publication date; datelines agree with
// it). It imitates spoken and feature journalism from 1998 to 2026: broadcast
// transcripts (ABC, CNN, NPR, PBS NewsHour, VOA, BBC World Service) with spoken
// numbers and clock times ("about six thirty this morning", "nineteen
// ninety-nine"), interviews, magazine features and opinion columns (The
// Atlantic, The Economist, The New Yorker, Time) that move between the present
// and the past ("these days", "back in 2009", "that summer", "a few years
// later"), and weekly community and gardening columns full of SETs ("every
// Tuesday", "once a month", "twice a year"). Two items (a basketball recap and
// an election tally) are number-heavy — scores, ages, street numbers,
// year-like numbers such as "2,019 votes" — and contain no timex at all.
//
// The gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 with TimeBank 1.2 practice
// where TimeML leaves a choice: spans keep determiners and modifiers but drop
// leading prepositions (so "at the moment" is tagged "the moment"); "N years
// later" is a DURATION whose span leaves out "later"; "a year earlier" in
// quarterly results is the compared quarter; "a ten-year note" tags
// "ten-year" as P10Y; rates such as "a year" in "bushels of wheat a year" are
// SET P1Y; "now" is PRESENT_REF unless it is a discourse marker ("Now, to East
// Africa"). Ages, sports scores, "three times oversubscribed", programme
// names (WORLD NEWS TONIGHT, MORNING EDITION) and street names with a date
// word are not timexes. Relative values were computed from each DCT with
// Python's datetime. The set was written without reading the tagger's source,
// tests, data or documentation.
//
// First run, on the committed tagger (1350804) before any fix it prompted:
// relaxed F1 0.972, value accuracy 0.960, value F1 0.934.
var enHeldOut25 = []hoCase{
	{"abc-grain-elevator", "1998-03-12", `ABC WORLD NEWS TONIGHT

CAROL BRENNAN, ABC NEWS: We begin in western Kansas, where a grain elevator exploded at about six thirty this morning, killing two workers and injuring eleven others. The blast shook houses in three towns. Dan Whitfield is in Hoxie.

DAN WHITFIELD, ABC NEWS: Carol, people here say they heard the explosion twenty miles away. Fire crews fought the flames for nearly nine hours, and even now smoke is rising from the concrete silos behind me. Investigators believe grain dust, which can be as explosive as gasoline vapor, was ignited by a spark from a conveyor belt.

UNIDENTIFIED MAN: I was pouring coffee in the kitchen and the windows just shook. I thought a plane had gone down.

WHITFIELD: The elevator was built in nineteen fifty-eight and handled about four million bushels of wheat a year. The owner, Plains Cooperative, says it passed a state inspection last October. Federal safety investigators arrive tomorrow, and they warn that a final report may not be ready until nineteen ninety-nine. Tonight, the families of the two men who died are gathering at the Methodist church on Main Street. Carol.

BRENNAN: Dan Whitfield in Kansas. According to the Labor Department, there have been six grain dust explosions in the United States so far this year, and four of the victims were under the age of twenty-five.`,
		[]hoGold{
			{"about six thirty this morning", "TIME", "1998-03-12T06:30", "APPROX"},
			{"nearly nine hours", "DURATION", "PT9H", "APPROX"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"nineteen fifty-eight", "DATE", "1958", ""},
			{"a year", "SET", "P1Y", ""},
			{"last October", "DATE", "1997-10", ""},
			{"tomorrow", "DATE", "1998-03-13", ""},
			{"nineteen ninety-nine", "DATE", "1999", ""},
			{"Tonight", "TIME", "1998-03-12TNI", ""},
			{"this year", "DATE", "1998", ""},
		}},
	{"cnn-chicago-heat", "2002-07-23", `CNN DAYBREAK

KELLY RANSOM, CNN ANCHOR: It's five a.m. on the East Coast, and for millions of people in the Midwest the heat is not letting up. Temperatures in Chicago topped one hundred degrees yesterday, and forecasters say today could be even worse. Mark Delaney is live in Chicago this morning. Mark, what are you seeing there?

MARK DELANEY, CNN CORRESPONDENT: Kelly, the city has opened forty-two cooling centers, and they're staying open around the clock until the heat breaks. The medical examiner says at least nine deaths since Saturday may be linked to the heat. Most of the victims were elderly and lived alone, many in apartments without air conditioning. Commonwealth Edison says demand for power set a record at about four fifteen yesterday afternoon, and the utility is asking customers to set their thermostats at seventy-eight degrees.

UNIDENTIFIED WOMAN: My air conditioner broke two weeks ago and the repairman can't come until Thursday. I've been sleeping on the porch with a wet towel.

DELANEY: Forecasters expect relief by the weekend, when a cold front is supposed to push through. Until then, city workers are knocking on doors and asking neighbors to check on older residents twice a day. Kelly.

RANSOM: Mark Delaney in Chicago, thank you. Back in nineteen ninety-five, a heat wave in that city killed more than seven hundred people over about five days.`,
		[]hoGold{
			{"five a.m.", "TIME", "2002-07-23T05:00", ""},
			{"yesterday", "DATE", "2002-07-22", ""},
			{"today", "DATE", "2002-07-23", ""},
			{"this morning", "TIME", "2002-07-23TMO", ""},
			{"Saturday", "DATE", "2002-07-20", ""},
			{"about four fifteen yesterday afternoon", "TIME", "2002-07-22T16:15", "APPROX"},
			{"two weeks ago", "DATE", "2002-07-09", ""},
			{"Thursday", "DATE", "2002-07-25", ""},
			{"the weekend", "DATE", "2002-W30-WE", ""},
			{"twice a day", "SET", "P1D", ""},
			{"nineteen ninety-five", "DATE", "1995", ""},
			{"about five days", "DURATION", "P5D", "APPROX"},
		}},
	{"npr-apple-harvest", "2009-10-06", `RENEE HALL, host:

This is MORNING EDITION from NPR News. I'm Renee Hall.

Apple growers in upstate New York are racing to finish the harvest before the first hard frost, which forecasters say could arrive this weekend. Tom Kessler has grown apples near Lake Ontario for thirty-two years, and he joins us now from his orchard in Wayne County. Welcome to the program.

Mr. TOM KESSLER (Apple Grower): Thanks for having me.

HALL: How much of your crop is still on the trees?

Mr. KESSLER: About a third. We started picking McIntosh in early September, and the crew has been out there every day since. The Empires and the Romes come in last. If we get a hard freeze before they're picked, they turn into cider apples, and cider apples pay about four cents a pound.

HALL: What happened last year?

Mr. KESSLER: Last year we lost nearly half the crop to a hailstorm in July. Insurance covered some of it, but not much. My father went through the same thing back in nineteen seventy-two. He used to say a farmer has to be an optimist twice a year: once when he plants and once when he picks.

HALL: And at the moment, how are prices?

Mr. KESSLER: Better than they've been in a decade. People want local fruit, and the big buyers have finally noticed.

HALL: Tom Kessler, thanks very much, and good luck with the rest of the harvest.

Mr. KESSLER: Thank you, Renee.`,
		[]hoGold{
			{"this weekend", "DATE", "2009-W41-WE", ""},
			{"thirty-two years", "DURATION", "P32Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"early September", "DATE", "2009-09", "START"},
			{"every day", "SET", "P1D", ""},
			{"last year", "DATE", "2008", ""},
			{"Last year", "DATE", "2008", ""},
			{"July", "DATE", "2008-07", ""},
			{"nineteen seventy-two", "DATE", "1972", ""},
			{"twice a year", "SET", "P1Y", ""},
			{"the moment", "DATE", "PRESENT_REF", ""},
			{"a decade", "DURATION", "P10Y", ""},
		}},
	{"pbs-corvell-earnings", "2013-10-24", `MARGARET COLE: Shares of Corvell Aerospace jumped nearly nine percent today after the regional jet maker reported its most profitable quarter in five years. Corvell earned one point two billion dollars in the third quarter, up from eight hundred sixty million dollars a year earlier. Revenue rose fourteen percent, helped by orders from fast-growing airlines in Asia. For more, I'm joined by Paul Ostrander, an aerospace analyst at Benning Securities. Paul, what's behind these numbers?

PAUL OSTRANDER: Well, Margaret, carriers in Asia have been adding routes for the past two years, and Corvell's planes are the right size for those routes. The company now has a backlog of about four hundred aircraft. That's roughly three years of production.

MARGARET COLE: Corvell also raised its profit forecast for 2013. Is that realistic?

PAUL OSTRANDER: I think it is. The risk is the supply chain. Last spring, a shortage of landing-gear parts delayed deliveries by about six weeks, and investors haven't forgotten that. Management said on a conference call this morning that the problem has been fixed. We'll find out in the fourth quarter whether that's true.

MARGARET COLE: The company is also selling two billion dollars of bonds, including a ten-year note. Are investors buying?

PAUL OSTRANDER: They are. The order book was more than three times oversubscribed, which tells you how much confidence there is in the story.

MARGARET COLE: Paul Ostrander of Benning Securities, thank you.

PAUL OSTRANDER: Thank you, Margaret.`,
		[]hoGold{
			{"today", "DATE", "2013-10-24", ""},
			{"five years", "DURATION", "P5Y", ""},
			{"the third quarter", "DATE", "2013-Q3", ""},
			{"a year earlier", "DATE", "2012-Q3", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"roughly three years", "DURATION", "P3Y", "APPROX"},
			{"2013", "DATE", "2013", ""},
			{"Last spring", "DATE", "2013-SP", ""},
			{"about six weeks", "DURATION", "P6W", "APPROX"},
			{"this morning", "TIME", "2013-10-24TMO", ""},
			{"the fourth quarter", "DATE", "2013-Q4", ""},
			{"ten-year", "DURATION", "P10Y", ""},
		}},
	{"voa-malawi-maize", "2016-01-15", `LILONGWE, MALAWI — Malawi's government said Wednesday it will import one hundred thousand tonnes of maize to ease a shortage that has pushed food prices to record levels in recent months.

Agriculture Minister Peter Mwanza told reporters in the capital that the first shipments from Zambia should arrive by the end of the month. The grain will be sold through state markets at a subsidized price.

Aid agencies say nearly three million Malawians will need food assistance before the next harvest, which begins in April. The price of a fifty-kilogram bag of maize has more than doubled since October, when the rains should have started. When they finally came, they were weak and uneven, and many farmers in the south had to plant their fields two or three times.

"We are eating one meal a day," said Esther Banda, a mother of five in Chikwawa district. "Sometimes my children go to school hungry."

The World Food Program says it needs eighty million dollars to feed people through March. So far, donors have pledged less than half that amount.

Malawi suffered a similar crisis in 2002, when hundreds of people died of hunger. Economists say the country's heavy dependence on a single crop leaves it exposed whenever the rains fail, and they have urged farmers to plant drought-resistant crops such as cassava and sorghum.

The government has also banned maize exports for the next six months.`,
		[]hoGold{
			{"Wednesday", "DATE", "2016-01-13", ""},
			{"recent months", "DURATION", "PXM", ""},
			{"the end of the month", "DATE", "2016-01", "END"},
			{"April", "DATE", "2016-04", ""},
			{"October", "DATE", "2015-10", ""},
			{"a day", "SET", "P1D", ""},
			{"March", "DATE", "2016-03", ""},
			{"2002", "DATE", "2002", ""},
			{"the next six months", "DURATION", "P6M", ""},
		}},
	{"bbc-stranded-seafarers", "2020-04-15", `RAHUL MEHTA, PRESENTER: You're listening to Newsday on the BBC World Service. I'm Rahul Mehta, and it's six o'clock in London.

More than a hundred thousand merchant seafarers are stuck on board ships around the world because of coronavirus travel restrictions, according to the International Chamber of Shipping. Many of them finished their contracts in February and have not been able to go home. Our transport correspondent, Helen Marsh, has been speaking to some of them.

HELEN MARSH, REPORTER: The engineer I spoke to yesterday asked me not to use his name. He is Filipino, and he has been at sea for eleven months. His contract ended in January, but the port he was meant to fly home from closed its airport last month.

ENGINEER: I talk to my wife every day on video. My daughter was born in March and I have not held her. I don't know when I will. Nobody can tell us.

HELEN MARSH: Maritime law sets a maximum of twelve months at sea before a seafarer must be sent home, and unions say thousands of crew members will pass that limit by the end of May. Governments have promised to allow crew changes, but so far only a handful have done so. Ministers will discuss the problem by video conference on Friday.

RAHUL MEHTA: Helen Marsh reporting. Now, to East Africa, where heavy rain has flooded large parts of western Kenya and forced thousands of families from their homes.`,
		[]hoGold{
			{"six o'clock", "TIME", "2020-04-15T06:00", ""},
			{"February", "DATE", "2020-02", ""},
			{"yesterday", "DATE", "2020-04-14", ""},
			{"eleven months", "DURATION", "P11M", ""},
			{"January", "DATE", "2020-01", ""},
			{"last month", "DATE", "2020-03", ""},
			{"every day", "SET", "P1D", ""},
			{"March", "DATE", "2020-03", ""},
			{"twelve months", "DURATION", "P12M", ""},
			{"the end of May", "DATE", "2020-05", "END"},
			{"Friday", "DATE", "2020-04-17", ""},
		}},
	{"atlantic-bowling-alley", "2018-05-14", `These days, Starlite Lanes in Mansfield, Ohio, opens only on Fridays and Saturdays. The parking lot, which once held three hundred cars, is cracked and weedy, and eight of the twenty-four lanes are roped off with yellow tape.

It was not always like this. For most of the 1990s, Starlite was the busiest building in town after the hospital. League teams filled every lane each Tuesday, and the snack bar went through six hundred hot dogs a week. Linda Harkey, who bought the place with her husband in 1987, remembers keeping a waiting list for lanes. "You couldn't get in unless you knew somebody," she told me in March.

Back in 2009, the appliance plant on the north side of town shut down, taking eleven hundred jobs with it. That summer, Harkey canceled the junior league for the first time. A few years later she sold the arcade machines to pay the property taxes. By the time her husband died, in 2015, the building needed a new roof she could not afford.

In recent months, something unexpected has happened. A group of younger residents, many of whom learned to bowl at Starlite, has raised forty thousand dollars online to keep the place open. They hold a fundraising tournament once a month, and the last one sold out.

Harkey, now seventy-one, says she is grateful but tired. "I'd like to see it last another ten years," she said. "I just don't know if I'll be the one running it."`,
		[]hoGold{
			{"These days", "DATE", "PRESENT_REF", ""},
			{"Fridays", "SET", "XXXX-WXX-5", ""},
			{"Saturdays", "SET", "XXXX-WXX-6", ""},
			{"the 1990s", "DATE", "199", ""},
			{"each Tuesday", "SET", "XXXX-WXX-2", ""},
			{"a week", "SET", "P1W", ""},
			{"1987", "DATE", "1987", ""},
			{"March", "DATE", "2018-03", ""},
			{"2009", "DATE", "2009", ""},
			{"That summer", "DATE", "2009-SU", ""},
			{"A few years", "DURATION", "PXY", ""},
			{"2015", "DATE", "2015", ""},
			{"recent months", "DURATION", "PXM", ""},
			{"once a month", "SET", "P1M", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"another ten years", "DURATION", "P10Y", ""},
		}},
	{"economist-euro-inflation", "2023-06-08", `Sticky prices

Inflation in the euro area is falling, just not fast enough

FOR MOST of the past year, the European Central Bank's policymakers have told anyone who would listen that inflation would come down of its own accord. They were half right. Headline inflation in the euro area fell to 6.1% in May, from a peak of 10.6% last October. But core inflation, which strips out volatile energy and food prices, has barely budged in recent months. At the moment it stands at 5.3%, more than twice the bank's target of 2%.

Markets expect the ECB to raise interest rates again at its meeting next week, which would be its eighth consecutive increase since July 2022. So far this year, the yield on Germany's ten-year bund has swung between 2.0% and 2.8%; Italian yields have moved even more.

Firms are feeling the squeeze. A survey published on Monday found that most manufacturers plan to keep raising prices for at least three months. Wage growth, running at around 5% a year, shows no sign of slowing, and unions in Germany and the Netherlands are pressing for more.

Not everyone is gloomy. Some economists argue that sticky core inflation reflects a one-off surge in demand for services after the pandemic, and that it will fade by the end of the year. Others point to the 1970s, when central banks declared victory too early and were forced to tighten again a few years later. The ECB, whose president insists that the bank is "not pausing", seems determined not to repeat that mistake.`,
		[]hoGold{
			{"the past year", "DURATION", "P1Y", ""},
			{"May", "DATE", "2023-05", ""},
			{"last October", "DATE", "2022-10", ""},
			{"recent months", "DURATION", "PXM", ""},
			{"the moment", "DATE", "PRESENT_REF", ""},
			{"next week", "DATE", "2023-W24", ""},
			{"July 2022", "DATE", "2022-07", ""},
			{"this year", "DATE", "2023", ""},
			{"ten-year", "DURATION", "P10Y", ""},
			{"Monday", "DATE", "2023-06-05", ""},
			{"at least three months", "DURATION", "P3M", "EQUAL_OR_MORE"},
			{"a year", "SET", "P1Y", ""},
			{"the end of the year", "DATE", "2023", "END"},
			{"the 1970s", "DATE", "197", ""},
			{"a few years", "DURATION", "PXY", ""},
		}},
	{"newyorker-violin-maker", "2011-08-29", `In the fall of 1974, when Anselm Rieger was nineteen, he took a train from Munich to Cremona with one suitcase and a letter of introduction that, he now admits, he had written himself. The workshop he talked his way into belonged to an elderly luthier who spoke no German and who, for the first six months, let Rieger do nothing but sweep the floor and boil glue.

"I learned more from the sweeping than from anything since," Rieger told me in July, in his studio on West Eighty-ninth Street. He is fifty-six now, tall and slightly stooped, and he has made three hundred and twelve instruments, a number he keeps in a pencilled ledger next to the bench.

Rieger came to New York in 1981. That summer, he repaired cellos for a dealer on Fifty-seventh Street and slept on a cot in the back room. A few years later, a young cellist brought him an instrument that had been cracked in the trunk of a taxi; the repair, which took eleven weeks, made Rieger's name. By the time the cellist played it at Carnegie Hall, in the spring of 1986, Rieger had a waiting list.

These days, the list is about four years long, and Rieger no longer takes new clients over the phone. A violin from his workshop costs forty thousand dollars. He works every day, and he still sweeps the floor himself. "People ask when I will stop," he said, running a thumb along the edge of an unvarnished scroll. "I tell them: when my hands do."`,
		[]hoGold{
			{"the fall of 1974", "DATE", "1974-FA", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the first six months", "DURATION", "P6M", ""},
			{"July", "DATE", "2011-07", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"1981", "DATE", "1981", ""},
			{"That summer", "DATE", "1981-SU", ""},
			{"A few years", "DURATION", "PXY", ""},
			{"eleven weeks", "DURATION", "P11W", ""},
			{"the spring of 1986", "DATE", "1986-SP", ""},
			{"These days", "DATE", "PRESENT_REF", ""},
			{"about four years", "DURATION", "P4Y", "APPROX"},
			{"every day", "SET", "P1D", ""},
		}},
	{"time-school-lunch", "2004-02-09", `When Dana Whitcomb took over the cafeteria at Lincoln Middle School in Santa Rosa, Calif., in 1999, the best-selling item on the menu was a deep-fried burrito that cost $1.25 and packed 680 calories. Five years later, the burrito is gone, and so are the soda machines that lined the hallway. Students eat salads made with lettuce they plant themselves every spring, and on Fridays the kitchen serves fish tacos made with rockfish from a cooperative in Bodega Bay.

Whitcomb, 47, is part of a quiet rebellion in the lunchroom. Over the past two years, hundreds of school districts have rewritten their menus, pushed by parents alarmed by federal figures showing that the share of overweight children has nearly tripled since the early 1970s.

It wasn't easy. Sales fell by a third at first, and the district lost $40,000 on the program. "Kids vote with their wallets," says Whitcomb. "They just walked across the street to the 7-Eleven." Then she started letting students design the menu, and sales recovered.

Congress will take up the federal school-lunch program this spring, when the law that funds it expires. Snack-food lobbyists have already met with members of the Senate agriculture committee twice this year. Nutritionists want rules that would ban soda from schools altogether; the beverage industry says that decision belongs to local school boards.

Meanwhile, the line at Lincoln's salad bar keeps getting longer. "Ten years from now, this will be normal," Whitcomb predicts. "Right now it still feels like a fight."`,
		[]hoGold{
			{"1999", "DATE", "1999", ""},
			{"Five years", "DURATION", "P5Y", ""},
			{"every spring", "SET", "XXXX-SP", ""},
			{"Fridays", "SET", "XXXX-WXX-5", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"the early 1970s", "DATE", "197", "START"},
			{"this spring", "DATE", "2004-SP", ""},
			{"this year", "DATE", "2004", ""},
			{"Ten years from now", "DATE", "2014", ""},
			{"Right now", "DATE", "PRESENT_REF", ""},
		}},
	{"column-around-town", "2025-09-04", `AROUND TOWN
By Marjorie Pell

The Millbrook Public Library's knitting circle, which has met every Tuesday since 1994, is looking for new members. Beginners are welcome, and yarn is provided. "We lose a few every winter," said organizer Ruth Dobbs, 82, "and we'd like to gain a few this fall."

The Friends of Millbrook Parks will hold their cleanup day on Saturday, Sept. 13. Volunteers should meet at the gazebo at 8 a.m. and bring gloves. The group meets once a month to plan projects, and new faces are always welcome.

The blood drive returns to St. Anne's parish hall next Thursday, from noon to 6 p.m. The Red Cross holds drives here twice a year, and organizers say the last one fell 40 pints short of its goal. Walk-ins are accepted, but appointments are encouraged.

Congratulations to Walt and June Feeney of Orchard Lane, who celebrated their 60th wedding anniversary last weekend with a party at the Elks lodge. The couple met at a square dance in 1964 and married the following year. They have four children, eleven grandchildren and, as of last count, two great-grandchildren.

The Millbrook Historical Society's walking tour of Fourth of July Street and the old mill district runs every Sunday through Sept. 28. Tours start at the library steps, last about 90 minutes and cost $5; children under 12 go free.

Items for Around Town can be dropped off at the front desk of Town Hall or emailed to the newsroom.`,
		[]hoGold{
			{"every Tuesday", "SET", "XXXX-WXX-2", ""},
			{"1994", "DATE", "1994", ""},
			{"every winter", "SET", "XXXX-WI", ""},
			{"this fall", "DATE", "2025-FA", ""},
			{"Saturday, Sept. 13", "DATE", "2025-09-13", ""},
			{"8 a.m.", "TIME", "2025-09-13T08:00", ""},
			{"once a month", "SET", "P1M", ""},
			{"next Thursday", "DATE", "2025-09-11", ""},
			{"noon", "TIME", "2025-09-11T12:00", ""},
			{"6 p.m.", "TIME", "2025-09-11T18:00", ""},
			{"twice a year", "SET", "P1Y", ""},
			{"last weekend", "DATE", "2025-W35-WE", ""},
			{"1964", "DATE", "1964", ""},
			{"the following year", "DATE", "1965", ""},
			{"every Sunday", "SET", "XXXX-WXX-7", ""},
			{"Sept. 28", "DATE", "2025-09-28", ""},
			{"about 90 minutes", "DURATION", "PT90M", "APPROX"},
		}},
	{"column-garden-tomatoes", "2006-04-20", `IN THE GARDEN
By Tom Abernathy

Readers keep asking me when it is safe to put tomatoes in the ground. In most of the county, the answer is mid-May. I plant mine after Mother's Day, and I have rarely regretted it. Last year a cold snap on May 20 killed half the seedlings at the community garden on Elm Street, so there is no harm in waiting an extra week.

Until then, keep seedlings in a sunny window and turn the pots once a day so the stems grow straight. Harden them off for about ten days before planting, leaving them outdoors a little longer each day and bringing them in if the temperature drops below 50 degrees.

Once they are in the ground, water deeply once a week rather than sprinkling them every morning. Deep watering sends roots down, where the soil stays cool. Feed the plants every two weeks with a balanced fertilizer, and stop feeding when the first fruits start to color.

READER QUESTION: A gardener in Fairview writes that her lilac has not bloomed in three years, even though it gets plenty of sun. The likely culprit is pruning. Lilacs form their flower buds just after they finish blooming, so a shrub that is cut back late loses its flowers. Prune right after the blossoms fade, and be patient.

The Master Gardeners' plant sale is Saturday from 9 a.m. to 2 p.m. at the county extension office on Route 31.`,
		[]hoGold{
			{"mid-May", "DATE", "2006-05", "MID"},
			{"Mother's Day", "DATE", "2006-05-14", ""},
			{"Last year", "DATE", "2005", ""},
			{"May 20", "DATE", "2005-05-20", ""},
			{"an extra week", "DURATION", "P1W", ""},
			{"once a day", "SET", "P1D", ""},
			{"about ten days", "DURATION", "P10D", "APPROX"},
			{"each day", "SET", "P1D", ""},
			{"once a week", "SET", "P1W", ""},
			{"every morning", "SET", "XXXX-XX-XXTMO", ""},
			{"every two weeks", "SET", "P2W", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"Saturday", "DATE", "2006-04-22", ""},
			{"9 a.m.", "TIME", "2006-04-22T09:00", ""},
			{"2 p.m.", "TIME", "2006-04-22T14:00", ""},
		}},
	{"opinion-bus-lanes", "2026-01-12", `OPINION
The bus is late again. So is the plan to fix it.
By Nadia Okafor

I have ridden the No. 14 bus to work for nine years. In that time, I have watched the city unveil three plans to fix the route. The first came in 2018 and never left the consultant's report. The second was announced at a ribbon-cutting in the summer of 2021 and quietly shelved eight months later. The third, currently under review by the City Council, promises dedicated bus lanes on Grand Avenue by 2028.

At the moment, the No. 14 arrives on schedule 61 percent of the time, according to the transit agency's own figures. Last month, the number was 54 percent. A trip that should take 25 minutes routinely takes three-quarters of an hour, and in snow, longer.

Council members say the delays are a money problem, and they are partly right. The agency's operating budget has been flat for the past decade while ridership has grown by a fifth. But money is not the whole story. Other cities have built bus lanes with paint and plastic posts, at a fraction of the cost of the plans our consultants keep drawing.

In the future, this city may well get the gleaming rapid-transit line that appears in every glossy brochure. Riders cannot wait that long. The council votes on Thursday. It should approve the paint-and-posts version now and hold the grander plan to a firm deadline.`,
		[]hoGold{
			{"nine years", "DURATION", "P9Y", ""},
			{"2018", "DATE", "2018", ""},
			{"the summer of 2021", "DATE", "2021-SU", ""},
			{"eight months", "DURATION", "P8M", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"2028", "DATE", "2028", ""},
			{"the moment", "DATE", "PRESENT_REF", ""},
			{"Last month", "DATE", "2025-12", ""},
			{"25 minutes", "DURATION", "PT25M", ""},
			{"three-quarters of an hour", "DURATION", "PT45M", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
			{"Thursday", "DATE", "2026-01-15", ""},
			{"now", "DATE", "PRESENT_REF", ""},
		}},
	{"cnn-marathon-interview", "2008-12-19", `CNN NEWSROOM

DEREK MOSS, CNN ANCHOR: Harold Ames ran his first marathon in nineteen sixty-six. On Sunday, at the age of eighty-eight, he ran what he says was his last one, in Honolulu. He joins us now from his home in Lowell, Massachusetts. Harold, congratulations.

HAROLD AMES, MARATHON RUNNER: Thank you, Derek. My legs are still complaining about it.

MOSS: How long did it take you?

AMES: Seven hours and twelve minutes. Back in the seventies I could do it in under three hours, but nobody's keeping score anymore.

MOSS: How many marathons is that altogether?

AMES: A hundred and four. I used to run two a year, and my wife came to every one of them. She'd stand at the finish line with a thermos of coffee.

MOSS: What's your training like these days?

AMES: I walk five miles every morning, and I swim three times a week at the Y. My doctor told me last spring to slow down. I told him I'd slow down when I'm dead.

MOSS: (LAUGHTER) Any plans for next year?

AMES: My granddaughter is running Boston in April, and I promised her I'd be at the finish line with a sign. That's about as far ahead as I plan these days.

MOSS: Harold Ames, eighty-eight years young. Thanks for being with us, and congratulations again.

AMES: My pleasure.`,
		[]hoGold{
			{"nineteen sixty-six", "DATE", "1966", ""},
			{"Sunday", "DATE", "2008-12-14", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Seven hours and twelve minutes", "DURATION", "PT7H12M", ""},
			{"the seventies", "DATE", "197", ""},
			{"under three hours", "DURATION", "PT3H", "LESS_THAN"},
			{"a year", "SET", "P1Y", ""},
			{"these days", "DATE", "PRESENT_REF", ""},
			{"every morning", "SET", "XXXX-XX-XXTMO", ""},
			{"three times a week", "SET", "P1W", ""},
			{"last spring", "DATE", "2008-SP", ""},
			{"next year", "DATE", "2009", ""},
			{"April", "DATE", "2009-04", ""},
			{"these days", "DATE", "PRESENT_REF", ""},
		}},
	{"numbers-basketball-no-timex", "2019-02-16", `CENTERVILLE — Jaylen Brooks scored 31 points and grabbed 14 rebounds, and Centerville held off Oak Ridge 78-71 in front of a crowd of 1,998 at Harmon Fieldhouse.

Brooks, a 6-foot-7 senior, made 11 of 17 shots from the field and 8 of 9 free throws. Guard Marcus Tate added 19 points and 7 assists for the Wildcats (12-3, 5-1 Central Valley Conference), who have won nine straight.

Oak Ridge (9-6, 3-3) led 40-35 at the break behind 22 points from sophomore Eli Navarro, who finished with 29. But Centerville answered with a 15-2 run, and Oak Ridge never got closer than four the rest of the way.

"We talked about defense in the locker room," said Centerville coach Dale Winters, 58, who earned his 400th career victory. "The kids responded. I'm proud of them."

Centerville shot 52.4 percent (32 of 61) and outrebounded Oak Ridge 41-29. The Wildcats committed just 8 turnovers, their fewest in 12 games, while forcing 17.

Navarro, 16, has scored 20 or more points in 11 of 15 games. Oak Ridge coach Pam Lutz said her young team would learn from it. "We had them on the ropes," she said. "We just didn't finish."

The Wildcats next host Lincoln (14-1) at the fieldhouse, 2400 Route 9. Tickets are $5 for adults and $3 for students; children under 12 are admitted free.`,
		[]hoGold{}},
	{"numbers-election-no-timex", "2019-11-06", `RIVERTON — Mayor Carla Ruiz won a third term by 102 votes, according to unofficial results released by the Riverton County Board of Elections.

Ruiz, 61, received 2,019 votes, or 51.2 percent, to 1,917 votes, or 48.6 percent, for challenger Tom Baxter, a 44-year-old hardware store owner. Eight write-in votes were also cast. Turnout was 3,944 of 11,210 registered voters, or 35.2 percent.

Baxter carried Wards 1 and 4 but lost Ward 3, the city's largest, by 211 votes. He said he would not seek a recount. "Two thousand nineteen is two thousand nineteen," he said outside his store at 1999 Commerce St. "I called the mayor and congratulated her."

Voters also approved Measure B, a $14.6 million bond for Riverton Elementary School, 1850 Maple Ave., by 2,201 to 1,709. The bond will pay for a new roof, a cafeteria and 12 classrooms. Property owners will pay about $38 per $100,000 of assessed value.

In the City Council race for Ward 2, Denise Hall, 39, defeated Marcus Webb, 52, by 1,204 to 987.

Ruiz thanked volunteers at a gathering at Rosa's Cantina, 2010 Main St. "We knocked on 6,500 doors," she said. "Every one of them mattered."`,
		[]hoGold{}},
}

func TestEnglishHeldOut25(t *testing.T) { guardHeldOut(t, "English 25", enHeldOut25, "en", 0.95) }
