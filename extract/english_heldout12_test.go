package extract

import "testing"

// enHeldOut12 is a blind, held-out English evaluation set of 16 invented but
// realistic whole articles, each with its own document creation time between
// 1997 and 2025. It imitates broadcast transcripts (ABC World News, CNN, PRI's
// The World, Voice of America Special English and newsroom reports: spoken
// style, "tonight", "this morning", "later this week", numbers spelled out as
// in "twenty four hours" or "nineteen eighty-nine"), magazine features,
// economic analysis, an opinion column and two obituaries. Two articles
// (an election tally and an auction report) are number-heavy, with vote
// counts, prices, ages, street numbers and year-like numbers such as
// "2,019 votes" or "Lot 1962", and contain no temporal expression at all.
//
// The gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 conventions: spans keep
// determiners and modifiers but drop leading prepositions; relative
// expressions are resolved against the DCT (or the last narrated date) with
// Python's datetime; decades and centuries use 199 / 19 style values,
// counted decades are written in years (P20Y), "N hours later" is a
// DURATION, "N years ago" a DATE, and "now", "these days", "at the time",
// "recently" and "the coming years" are PRESENT_REF / PAST_REF / FUTURE_REF.
// Ages, rates ("fifty miles an hour"), programme names and greetings are not
// timexes. The set was written without reading the tagger's source, data,
// tests or documentation.
//
// First run, on the committed tagger (da351fa) before any fix it prompted:
// relaxed F1 0.943, value accuracy 0.917, value F1 0.865.
var enHeldOut12 = []hoCase{
	{"abc-plains-blizzard", "1998-01-14", `ABC WORLD NEWS

ANCHOR: Good evening. We begin tonight on the northern Plains, where a blizzard that moved in early this morning has buried parts of North Dakota and Minnesota under more than a foot of snow in less than twenty four hours. Interstate 94 was closed this afternoon between Fargo and Bismarck, and forecasters say the wind will not ease until late Friday. Ellen Marsh is in Fargo.

MARSH: Good evening. The snow started falling here at about five a.m., and by noon you could barely see across the street. Schools closed for the second time this week, and the airport has cancelled every flight through tomorrow morning. The National Weather Service says this is the worst storm to hit the city since nineteen eighty-nine.

DALE IVERSON, rancher: I've been feeding cattle out here for thirty years, and I've never seen drifts like this. We check on the herd twice a day. Today we couldn't even get to the barn.

MARSH: Emergency crews have pulled forty-one stranded drivers out of ditches since last night. State officials say it could take several days to reopen the rural roads, and they are asking people to stay home through the weekend. And the cold is only getting worse. Temperatures here are expected to fall to thirty below zero by Thursday night. Ellen Marsh, ABC News, Fargo.`,
		[]hoGold{
			{"tonight", "TIME", "1998-01-14TNI", ""},
			{"early this morning", "TIME", "1998-01-14TMO", "START"},
			{"less than twenty four hours", "DURATION", "PT24H", "LESS_THAN"},
			{"this afternoon", "TIME", "1998-01-14TAF", ""},
			{"late Friday", "DATE", "1998-01-16", "END"},
			{"about five a.m.", "TIME", "1998-01-14T05:00", "APPROX"},
			{"noon", "TIME", "1998-01-14T12:00", ""},
			{"this week", "DATE", "1998-W03", ""},
			{"tomorrow morning", "TIME", "1998-01-15TMO", ""},
			{"nineteen eighty-nine", "DATE", "1989", ""},
			{"thirty years", "DURATION", "P30Y", ""},
			{"twice a day", "SET", "P1D", ""},
			{"Today", "DATE", "1998-01-14", ""},
			{"last night", "TIME", "1998-01-13TNI", ""},
			{"several days", "DURATION", "PXD", ""},
			{"the weekend", "DATE", "1998-W03-WE", ""},
			{"Thursday night", "TIME", "1998-01-15TNI", ""},
		}},
	{"voa-y2k-readiness", "1999-11-30", `VOICE OF AMERICA - SPECIAL ENGLISH

Computer experts say the world is better prepared than many people feared for the computer problem linked to the year two thousand. But they warn that small businesses and local governments still have work to do before the end of nineteen ninety-nine.

The problem goes back to the nineteen sixties. Computer memory was very costly, so programmers at the time used only two numbers to represent a year. A computer that reads the numbers zero-zero may think the year is nineteen hundred, not two thousand.

Last week, American officials said almost all federal government computer systems are now ready. Martha Greeley leads the government effort. She told reporters Monday that power companies and banks have been testing their systems for more than two years.

"We are in good shape," she said. "But nobody can promise that everything will work perfectly on the first of January."

Many banks say they will keep extra cash on hand in late December. Some airlines have cancelled flights planned for New Year's Eve. Officials are urging people not to take large amounts of money out of banks in the coming weeks.

Experts say some problems may not appear at once. Some computer systems check dates only once a month, so errors could appear weeks later. The government will issue public reports every four hours on January first.

This program was written by Paul Thompson. I'm Robert Hale.`,
		[]hoGold{
			{"the year two thousand", "DATE", "2000", ""},
			{"the end of nineteen ninety-nine", "DATE", "1999", "END"},
			{"the nineteen sixties", "DATE", "196", ""},
			{"the time", "DATE", "PAST_REF", ""},
			{"nineteen hundred", "DATE", "1900", ""},
			{"two thousand", "DATE", "2000", ""},
			{"Last week", "DATE", "1999-W47", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Monday", "DATE", "1999-11-29", ""},
			{"more than two years", "DURATION", "P2Y", "MORE_THAN"},
			{"the first of January", "DATE", "2000-01-01", ""},
			{"late December", "DATE", "1999-12", "END"},
			{"New Year's Eve", "DATE", "1999-12-31", ""},
			{"the coming weeks", "DATE", "FUTURE_REF", ""},
			{"once a month", "SET", "P1M", ""},
			{"weeks later", "DURATION", "PXW", ""},
			{"every four hours", "SET", "PT4H", ""},
			{"January first", "DATE", "2000-01-01", ""},
		}},
	{"analysis-factory-slowdown", "2001-07-26", `ANALYSIS: Factories feel the chill as slowdown drags on

By Rachel Odom

WASHINGTON, July 26 - Throughout the 1990s, American manufacturers could do little wrong. Orders kept rising, and the longest expansion in the nation's history seemed to have no end. That era now looks distant.

Factory output has fallen for nine consecutive months, the Federal Reserve reported Wednesday, and economists surveyed this week expect the decline to continue through the third quarter. Many of them now say a recovery is unlikely before the first half of 2002.

"The second quarter was worse than almost anyone predicted," said Leonard Fisk, chief economist at Great Lakes Analytics in Chicago. "We thought the inventory correction would be over by spring. It wasn't."

The central bank has cut interest rates six times since January, the last time in late June, and policy makers meet again on Aug. 21. Most analysts expect another quarter-point cut.

Part of the problem is that businesses spent heavily on equipment in the late nineties, convinced the boom would last. In 1999 and 2000, corporate investment grew at double-digit rates. Companies are now sitting on machines they do not need.

Still, there are signs the worst may be passing. New orders for durable goods rose 1.1 percent in June, the Commerce Department said yesterday, the first gain in three months. Consumer spending, which accounts for about two-thirds of the economy, has held up surprisingly well over the past year.

"Nobody expects a quick turnaround," Fisk said. "But by the end of the year, I think we'll be talking about recovery rather than recession."`,
		[]hoGold{
			{"July 26", "DATE", "2001-07-26", ""},
			{"the 1990s", "DATE", "199", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"nine consecutive months", "DURATION", "P9M", ""},
			{"Wednesday", "DATE", "2001-07-25", ""},
			{"this week", "DATE", "2001-W30", ""},
			{"the third quarter", "DATE", "2001-Q3", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the first half of 2002", "DATE", "2002-H1", ""},
			{"The second quarter", "DATE", "2001-Q2", ""},
			{"spring", "DATE", "2001-SP", ""},
			{"January", "DATE", "2001-01", ""},
			{"late June", "DATE", "2001-06", "END"},
			{"Aug. 21", "DATE", "2001-08-21", ""},
			{"the late nineties", "DATE", "199", "END"},
			{"1999", "DATE", "1999", ""},
			{"2000", "DATE", "2000", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"June", "DATE", "2001-06", ""},
			{"yesterday", "DATE", "2001-07-25", ""},
			{"three months", "DURATION", "P3M", ""},
			{"the past year", "DURATION", "P1Y", ""},
			{"the end of the year", "DATE", "2001", "END"},
		}},
	{"cnn-texas-heat-wave", "2004-08-12", `CNN AMERICAN MORNING - TRANSCRIPT

ANCHOR: It is seven o'clock here on the East Coast, and if you live in Texas, you are waking up to another scorcher. Dallas hit a hundred and six degrees yesterday, and the city has been above one hundred for eleven straight days. Meteorologist Rob Kessler is tracking it. Rob?

KESSLER: Thanks. This dome of high pressure has been parked over the southern Plains for about two weeks, and it is not going anywhere fast. Highs this afternoon will reach a hundred and five in Dallas and a hundred and eight in Wichita Falls. We might see a little relief late this weekend, when a weak front slides down from Oklahoma, but I wouldn't count on it before Sunday night.

ANCHOR: And the power grid?

KESSLER: That's the big worry. The state grid operator set a new demand record Tuesday afternoon, and officials are asking people not to run dishwashers and clothes dryers every afternoon until further notice.

ANCHOR: Meanwhile, schools in several districts open on Monday, and parents we spoke with last night are worried about buses with no air-conditioning.

PARENT: My son rides that bus forty-five minutes each way. In this heat, that's dangerous.

ANCHOR: The Dallas school district says it will cancel outdoor football practice for the next two weeks. The last heat wave this long in North Texas came in the summer of nineteen eighty, when temperatures topped one hundred degrees for forty-two days in a row. We'll have more after the break.`,
		[]hoGold{
			{"seven o'clock", "TIME", "2004-08-12T07:00", ""},
			{"yesterday", "DATE", "2004-08-11", ""},
			{"eleven straight days", "DURATION", "P11D", ""},
			{"about two weeks", "DURATION", "P2W", "APPROX"},
			{"this afternoon", "TIME", "2004-08-12TAF", ""},
			{"late this weekend", "DATE", "2004-W33-WE", "END"},
			{"Sunday night", "TIME", "2004-08-15TNI", ""},
			{"Tuesday afternoon", "TIME", "2004-08-10TAF", ""},
			{"every afternoon", "SET", "XXXX-XX-XXTAF", ""},
			{"Monday", "DATE", "2004-08-16", ""},
			{"last night", "TIME", "2004-08-11TNI", ""},
			{"forty-five minutes", "DURATION", "PT45M", ""},
			{"the next two weeks", "DURATION", "P2W", ""},
			{"the summer of nineteen eighty", "DATE", "1980-SU", ""},
			{"forty-two days", "DURATION", "P42D", ""},
		}},
	{"magazine-vermont-orchard", "2007-10-15", `THE LONG HARVEST

On a hillside in northern Vermont, one family has grown apples since before the automobile. The fourth generation wonders whether there will be a fifth.

By Claire Baptiste

Every fall, the Whitcombs pick their apples by hand. They have done it that way since 1889, when Josiah Whitcomb planted his first Baldwin trees on a slope above the Connecticut River. Nearly 120 years later, his great-great-grandson Tom Whitcomb, 58, still walks the rows each morning before breakfast.

In the 19th century there were dozens of orchards along Hollow Road. By the 1960s only four were left, and the last of the neighbors sold out in the late eighties to a developer who never built anything. "For years the land just sat there," Whitcomb says. "It's all sumac and goldenrod."

The orchard survives on wholesale contracts and day-trippers. Each spring the family hosts a blossom walk, and when the leaves turn, cars line the road every Saturday. Whitcomb's wife, Ann, drives a truck of cider to the farmers' market in Burlington every other week.

It is not an easy living. A hailstorm in June 2005 wiped out two-thirds of the crop, and it took months for the insurance to pay. Pickers are hard to find. The couple's daughter, a nurse in Boston, comes home twice a year to help.

"These days everyone wants a Honeycrisp," Whitcomb says, looking down a row of gnarled Baldwins. "I keep telling people, give these a few decades. They'll come back into fashion."`,
		[]hoGold{
			{"Every fall", "SET", "XXXX-FA", ""},
			{"1889", "DATE", "1889", ""},
			{"Nearly 120 years later", "DURATION", "P120Y", "APPROX"},
			{"each morning", "SET", "XXXX-XX-XXTMO", ""},
			{"the 19th century", "DATE", "18", ""},
			{"the 1960s", "DATE", "196", ""},
			{"the late eighties", "DATE", "198", "END"},
			{"years", "DURATION", "PXY", ""},
			{"Each spring", "SET", "XXXX-SP", ""},
			{"every Saturday", "SET", "XXXX-WXX-6", ""},
			{"every other week", "SET", "P2W", ""},
			{"June 2005", "DATE", "2005-06", ""},
			{"months", "DURATION", "PXM", ""},
			{"twice a year", "SET", "P1Y", ""},
			{"These days", "DATE", "PRESENT_REF", ""},
			{"a few decades", "DURATION", "PXY", ""},
		}},
	{"obit-jazz-trumpeter", "2009-05-21", `Harold "Sonny" Pike, Trumpeter Who Bridged Bebop and Soul, Dies at 84

By Martin Greer

Harold "Sonny" Pike, a trumpeter whose bright, clipped sound helped define a string of small-group jazz recordings in the 1950s and 1960s, died Tuesday at his home in Newark. He was 84.

The cause was heart failure, said his daughter, Loretta Pike-Evans.

Born in Baltimore on March 3, 1925, Mr. Pike took up the cornet at 12, after an uncle left one behind at the family's rowhouse. By the end of World War II he was sitting in at Harlem clubs six nights a week, and in 1949 he joined the big band of the pianist Earl Haskins.

For nearly two decades he led his own quintet, recording more than 30 albums. In 1968, frustrated by shrinking audiences, he left music for a decade to teach junior high school band in Newark. He returned to the stage in the late 1970s and played every Monday at the Halsey Street Tavern until last year.

"People ask why I quit," he said in a 2003 interview. "I didn't quit. I just took a long breath."

His wife of 58 years, Dolores, died in 2006. In addition to his daughter, he is survived by two sons, Harold Jr. and Calvin; seven grandchildren; and a great-grandson.

A memorial service will be held June 6 at Bethany Baptist Church in Newark.`,
		[]hoGold{
			{"the 1950s", "DATE", "195", ""},
			{"1960s", "DATE", "196", ""},
			{"Tuesday", "DATE", "2009-05-19", ""},
			{"March 3, 1925", "DATE", "1925-03-03", ""},
			{"six nights a week", "SET", "P1W", ""},
			{"1949", "DATE", "1949", ""},
			{"nearly two decades", "DURATION", "P20Y", "APPROX"},
			{"1968", "DATE", "1968", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"the late 1970s", "DATE", "197", "END"},
			{"every Monday", "SET", "XXXX-WXX-1", ""},
			{"last year", "DATE", "2008", ""},
			{"2003", "DATE", "2003", ""},
			{"58 years", "DURATION", "P58Y", ""},
			{"2006", "DATE", "2006", ""},
			{"June 6", "DATE", "2009-06-06", ""},
		}},
	{"pri-venus-transit", "2012-06-05", `PRI'S THE WORLD - TRANSCRIPT

HOST: From PRI's The World, I'm Lisa Caldwell. Sky-watchers around the globe are getting ready for a rare show this evening. The planet Venus will pass directly between the Earth and the sun, appearing as a small black dot crawling across the face of the sun. The whole thing lasts about six hours and forty minutes. And if you miss it, you will have to be patient: the next transit of Venus won't happen until December 2117. The World's science correspondent Ana Ruiz is in Hawaii, one of the best places to watch.

RUIZ: Here on the summit of Mauna Kea, astronomers have been setting up telescopes since early this morning. Solar-viewing glasses sold out in Hilo within hours. Astronomer Keoni Akana explains why people are so excited.

AKANA: Transits of Venus come in pairs, eight years apart, and then there's a gap of more than a century. The last one was in 2004. Nobody in this crowd will see the next pair.

RUIZ: In the 18th century, astronomers used the transit to measure the distance from the Earth to the sun. Captain James Cook sailed all the way to Tahiti to observe the transit of 1769. For two centuries afterward, scientists argued over the numbers.

Here in Hawaii, the transit will still be under way when the sun goes down. In Europe, it will be visible only briefly, early tomorrow morning. For PRI's The World, I'm Ana Ruiz, on Mauna Kea.`,
		[]hoGold{
			{"this evening", "TIME", "2012-06-05TEV", ""},
			{"about six hours and forty minutes", "DURATION", "PT6H40M", "APPROX"},
			{"December 2117", "DATE", "2117-12", ""},
			{"early this morning", "TIME", "2012-06-05TMO", "START"},
			{"hours", "DURATION", "PXH", ""},
			{"eight years", "DURATION", "P8Y", ""},
			{"more than a century", "DURATION", "P100Y", "MORE_THAN"},
			{"2004", "DATE", "2004", ""},
			{"the 18th century", "DATE", "17", ""},
			{"1769", "DATE", "1769", ""},
			{"two centuries", "DURATION", "P200Y", ""},
			{"early tomorrow morning", "TIME", "2012-06-06TMO", "START"},
		}},
	{"cnn-daylight-saving", "2015-03-09", `CNN NEWSROOM - TRANSCRIPT

ANCHOR: If you're feeling a little groggy this morning, you are not alone. Millions of Americans lost an hour of sleep over the weekend when clocks jumped ahead at two a.m. Sunday. Researchers say the effects can linger for days. Our health correspondent Dana Cole has more.

COLE: The switch to and from daylight saving time happens twice a year in most of the country, and springing forward is the hard one. A study published last year found that hospital admissions for heart attacks jump by about 24 percent right after the clocks move ahead. Sleep specialist Dr. Alan Brewer says the body needs time to catch up.

BREWER: Your internal clock doesn't care what the clock on the wall says. It usually takes about five days to adjust, and teenagers have the hardest time of all.

COLE: Hawaii and most of Arizona don't bother with the switch. Arizona has stayed on standard time since 1968. Lawmakers in at least six states have introduced bills this year to end the clock changes altogether, though none has passed. Congress last changed the schedule in 2007, and clocks will fall back again on November first.

In the meantime, Brewer's advice: go to bed fifteen minutes earlier each night this week, cut back on caffeine, and get outside early. Dana Cole, CNN, Atlanta.`,
		[]hoGold{
			{"this morning", "TIME", "2015-03-09TMO", ""},
			{"an hour", "DURATION", "PT1H", ""},
			{"the weekend", "DATE", "2015-W10-WE", ""},
			{"two a.m. Sunday", "TIME", "2015-03-08T02:00", ""},
			{"days", "DURATION", "PXD", ""},
			{"twice a year", "SET", "P1Y", ""},
			{"last year", "DATE", "2014", ""},
			{"about five days", "DURATION", "P5D", "APPROX"},
			{"1968", "DATE", "1968", ""},
			{"this year", "DATE", "2015", ""},
			{"2007", "DATE", "2007", ""},
			{"November first", "DATE", "2015-11-01", ""},
			{"fifteen minutes", "DURATION", "PT15M", ""},
			{"each night", "SET", "XXXX-XX-XXTNI", ""},
			{"this week", "DATE", "2015-W11", ""},
		}},
	{"opinion-branch-libraries", "2017-04-24", `OPINION | Don't close the branch libraries

By Nadia Whitfield

When the city council votes next month on its budget, it will decide the fate of six neighborhood libraries. The proposal on the table would close them by the end of the year and move their collections to the central library downtown. That would be a mistake.

I grew up two blocks from the Eastside branch. In the summer of 1988, I read every biography on its shelves, one after another, while my mother worked double shifts. The branch opened in 1923. It survived the Depression and the budget crises of the 1970s, and for nearly a century it has kept its doors open six days a week.

Supporters of the plan say fewer people borrow books these days, and that is true: circulation has fallen 30 percent over the past decade. But visits have not. After school the tables are crowded with students doing homework on the branch computers. Recently the library began offering job-search workshops every Tuesday evening, and attendance has tripled since January.

The council says the closures would save $4.2 million annually. That is real money. But it is less than the city spent last fall repaving a single stretch of Commerce Avenue.

Public libraries were one of the great civic inventions of the 20th century. In the coming years, as more government services move online, residents without internet at home will need them more, not less. The council should vote no on May 9.

Nadia Whitfield is a former high school librarian.`,
		[]hoGold{
			{"next month", "DATE", "2017-05", ""},
			{"the end of the year", "DATE", "2017", "END"},
			{"the summer of 1988", "DATE", "1988-SU", ""},
			{"1923", "DATE", "1923", ""},
			{"the 1970s", "DATE", "197", ""},
			{"nearly a century", "DURATION", "P100Y", "APPROX"},
			{"six days a week", "SET", "P1W", ""},
			{"these days", "DATE", "PRESENT_REF", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"Recently", "DATE", "PAST_REF", ""},
			{"every Tuesday evening", "SET", "XXXX-WXX-2TEV", ""},
			{"January", "DATE", "2017-01", ""},
			{"annually", "SET", "P1Y", ""},
			{"last fall", "DATE", "2016-FA", ""},
			{"the 20th century", "DATE", "19", ""},
			{"the coming years", "DATE", "FUTURE_REF", ""},
			{"May 9", "DATE", "2017-05-09", ""},
		}},
	{"voa-kenya-short-rains", "2018-09-18", `NAIROBI, KENYA - Weather forecasters in Kenya say the country's second rainy season may be delayed this year, and farmers in the dry eastern counties are being told not to rush their planting.

The Kenya Meteorological Department said Monday that the short rains are now expected to begin in late October, about two weeks behind the normal schedule.

Grace Mutua grows maize and beans on two hectares near Kitui. She says she has learned to be careful. "Three years ago, I planted early, and the rain stopped after ten days," she told VOA. "I lost everything."

Kenya has two rainy seasons every year, and most small farmers depend on both. Since 2016, a government program has sent weather alerts by text message to more than 300,000 farmers. The messages go out twice a week during planting and daily when storms are close.

Climate scientist Joseph Otieno of the University of Nairobi says the alerts matter more than ever. "Over the past two decades, rainfall here has become much less predictable," he said. "In the 1980s, a farmer could plant by the calendar. That is no longer possible."

The region is still recovering from a severe drought in 2017 that left nearly three million Kenyans in need of food aid. Officials say they will release an updated forecast early next week.

Oliver Kamau, VOA News, Nairobi.`,
		[]hoGold{
			{"this year", "DATE", "2018", ""},
			{"Monday", "DATE", "2018-09-17", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"late October", "DATE", "2018-10", "END"},
			{"about two weeks", "DURATION", "P2W", "APPROX"},
			{"Three years ago", "DATE", "2015", ""},
			{"ten days", "DURATION", "P10D", ""},
			{"every year", "SET", "P1Y", ""},
			{"2016", "DATE", "2016", ""},
			{"twice a week", "SET", "P1W", ""},
			{"daily", "SET", "P1D", ""},
			{"the past two decades", "DURATION", "P20Y", ""},
			{"the 1980s", "DATE", "198", ""},
			{"2017", "DATE", "2017", ""},
			{"early next week", "DATE", "2018-W39", "START"},
		}},
	{"abc-ridge-fire", "2021-08-03", `ABC WORLD NEWS

ANCHOR: Good evening, and we begin tonight out West, where a fast-moving wildfire has forced more than eight thousand people from their homes in Northern California. The Ridge Fire more than doubled in size in twelve hours. It has now burned forty-one thousand acres and is just five percent contained. Our Matt Gutierrez is on the fire line.

GUTIERREZ: The flames raced down this canyon around three o'clock this morning, pushed by gusts of fifty miles an hour. Residents here say they had minutes to get out.

RESIDENT: We've lived here twenty-two years. We got the call at four a.m., and by four-fifteen the whole ridge was on fire.

GUTIERREZ: More than two thousand firefighters are on the lines tonight. Investigators say the fire started Saturday afternoon near a campground, and it is already the largest in this county since two thousand eighteen. A red flag warning for hot, dry wind remains in effect until eight p.m. Wednesday, and crews are hoping for higher humidity later this week. This is the third major fire in the county in the past five years, and fire officials say the season now starts earlier and ends later than it used to. Matt Gutierrez, ABC News, Shasta County.`,
		[]hoGold{
			{"tonight", "TIME", "2021-08-03TNI", ""},
			{"twelve hours", "DURATION", "PT12H", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"around three o'clock this morning", "TIME", "2021-08-03T03:00", "APPROX"},
			{"minutes", "DURATION", "PTXM", ""},
			{"twenty-two years", "DURATION", "P22Y", ""},
			{"four a.m.", "TIME", "2021-08-03T04:00", ""},
			{"four-fifteen", "TIME", "2021-08-03T04:15", ""},
			{"tonight", "TIME", "2021-08-03TNI", ""},
			{"Saturday afternoon", "TIME", "2021-07-31TAF", ""},
			{"two thousand eighteen", "DATE", "2018", ""},
			{"eight p.m. Wednesday", "TIME", "2021-08-04T20:00", ""},
			{"later this week", "DATE", "2021-W31", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
		}},
	{"obit-glaciologist", "2023-02-16", `Ingrid Solberg, Who Tracked Greenland's Shrinking Ice, Dies at 81

By Teresa Alvarez

Ingrid Solberg, a glaciologist whose decades of measurements on the Greenland ice sheet helped show that it was losing mass faster than scientists had predicted, died on Feb. 9 at a hospital in Boulder, Colo. She was 81.

Her son, Erik Solberg, said the cause was complications of pneumonia.

Dr. Solberg first traveled to Greenland in the summer of 1966 as a graduate student, hauling survey poles across the ice by sled. She returned every summer for the next 40 years, often camping for weeks at a time near the edge of the ice sheet.

Born on Oct. 2, 1941, in Bergen, Norway, she moved to the United States in 1963 to study physics at the University of Colorado. In a 1992 paper, she and two colleagues reported that glaciers on Greenland's western coast were thinning far faster than models suggested.

"At the time, few people believed us," she said in an interview in 2019. "They thought we had made a mistake with the instruments." By the late 1990s, satellite data had confirmed her findings.

She retired in 2008 but continued to publish until last year, when her final paper, on meltwater lakes, appeared in the Journal of Glaciology.

In addition to her son, she is survived by a daughter, Kari; a sister, Astrid; and four grandchildren. A memorial gathering is planned for the spring in Boulder.`,
		[]hoGold{
			{"decades", "DURATION", "PXY", ""},
			{"Feb. 9", "DATE", "2023-02-09", ""},
			{"the summer of 1966", "DATE", "1966-SU", ""},
			{"every summer", "SET", "XXXX-SU", ""},
			{"the next 40 years", "DURATION", "P40Y", ""},
			{"weeks", "DURATION", "PXW", ""},
			{"Oct. 2, 1941", "DATE", "1941-10-02", ""},
			{"1963", "DATE", "1963", ""},
			{"1992", "DATE", "1992", ""},
			{"the time", "DATE", "PAST_REF", ""},
			{"2019", "DATE", "2019", ""},
			{"the late 1990s", "DATE", "199", "END"},
			{"2008", "DATE", "2008", ""},
			{"last year", "DATE", "2022", ""},
			{"the spring", "DATE", "2023-SP", ""},
		}},
	{"magazine-night-trains", "2025-01-27", `ALL ABOARD THE SLEEPER

Night trains were supposed to be finished. Across Europe, they are back, and selling out.

By Jonah Reyes

Last Thursday, the night train from Brussels to Berlin pulled out of Brussels-Midi at 7:22 p.m. with every one of its 300 berths sold. Eleven hours later, its passengers stepped onto the platform in Berlin, showered in the station and walked to their meetings.

For decades, sleeper services were in decline. By the early 2000s, budget airlines had made a flight to Barcelona cheaper than a train ticket to the next city, and one operator after another cut its routes. Germany's national railway ran its last sleepers in December 2016.

Then the mood shifted. Since 2020, more than a dozen new night routes have opened, helped by government subsidies and travelers anxious about the climate cost of flying. Austria's railway now runs sleepers nightly between Vienna and Paris, and a new line linking Amsterdam and Milan is scheduled to launch this spring.

"Five years ago, people laughed at us," says Elke Brandt, who oversees night services for a Belgian operator. "Now we cannot build carriages fast enough." European transport ministers have promised at least three more cross-border routes by 2027.

The trains are not cheap, and delays are common. But the loyal riders seem not to mind. "I take this train every other month," says Pieter de Vries, a consultant from Utrecht. "I work, I sleep, I wake up in the middle of a city. No airport can beat that."`,
		[]hoGold{
			{"Last Thursday", "DATE", "2025-01-23", ""},
			{"7:22 p.m.", "TIME", "2025-01-23T19:22", ""},
			{"Eleven hours later", "DURATION", "PT11H", ""},
			{"decades", "DURATION", "PXY", ""},
			{"the early 2000s", "DATE", "200", "START"},
			{"December 2016", "DATE", "2016-12", ""},
			{"2020", "DATE", "2020", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"nightly", "SET", "XXXX-XX-XXTNI", ""},
			{"this spring", "DATE", "2025-SP", ""},
			{"Five years ago", "DATE", "2020", ""},
			{"Now", "DATE", "PRESENT_REF", ""},
			{"2027", "DATE", "2027", ""},
			{"every other month", "SET", "P2M", ""},
		}},
	{"analysis-home-prices", "2024-10-31", `ANALYSIS | Why home prices keep climbing even as sales slump

By Priya Natarajan

Mortgage rates have roughly doubled since early 2022, and sales of previously owned homes have fallen this year to their lowest level since 1995. Yet prices keep rising. The national median sale price hit a record $426,900 in June, and it has barely budged since.

The explanation, economists say, is a lock-in effect. Roughly four in five homeowners with a mortgage are paying a rate below 6 percent, many of them having refinanced when rates briefly dipped under 3 percent. Those owners have little reason to sell and take on a far more expensive loan.

"People are staying put much longer," said Dana Whitaker, chief economist at Keystone Housing Research. "In the mid-2000s, the typical seller had owned the home for about six years. It's now closer to twelve."

Builders have tried to fill the gap. Housing starts rose in the second quarter, and the largest public builders reported strong results for the third quarter. But construction takes time, and building permits fell again in September, the Commerce Department said last week.

The Federal Reserve cut its benchmark rate by half a point last month, and markets expect another cut at its meeting next week. Even so, most forecasters think mortgage rates will stay above 6 percent through the first half of 2025.

"The market will unfreeze," Whitaker said. "It just won't happen this winter."`,
		[]hoGold{
			{"early 2022", "DATE", "2022", "START"},
			{"this year", "DATE", "2024", ""},
			{"1995", "DATE", "1995", ""},
			{"June", "DATE", "2024-06", ""},
			{"the mid-2000s", "DATE", "200", "MID"},
			{"about six years", "DURATION", "P6Y", "APPROX"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the second quarter", "DATE", "2024-Q2", ""},
			{"the third quarter", "DATE", "2024-Q3", ""},
			{"September", "DATE", "2024-09", ""},
			{"last week", "DATE", "2024-W43", ""},
			{"last month", "DATE", "2024-09", ""},
			{"next week", "DATE", "2024-W45", ""},
			{"the first half of 2025", "DATE", "2025-H1", ""},
			{"this winter", "DATE", "2024-WI", ""},
		}},
	{"tally-harrisburg-mayor", "2019-11-06", `HARRISBURG, Pa. - Mayor Dolores Kemp won a third term by 2,019 votes, according to unofficial results posted by the Dauphin County elections office.

Kemp, a Democrat, received 9,482 votes, or 55.5 percent, to 7,463 for Republican Frank Ruddy, 44, a real estate agent who lives at 1848 Market Street. Write-in candidates drew 142 votes. Turnout was 32.4 percent of the city's 52,694 registered voters.

In the City Council race, four at-large seats were at stake. Ellen Ashby led the field with 8,311 votes, followed by Marcus Hale with 7,986, Tom Nguyen with 7,402 and Rita Okafor with 7,398. Dale Pruitt finished fifth with 7,391, just 7 votes out of a seat, and his campaign has asked for a recount.

"We knocked on 14,000 doors," Kemp told about 300 supporters at the Broad Street Market. "This city showed up."

Ruddy, who spent $184,500 on the race, more than twice what Kemp spent, conceded in a brief statement. "A margin of 2,019 votes out of 17,087 ballots is clear," he said. "The voters have spoken, and I wish the mayor well."

A ballot question to borrow $25 million for street and sewer repairs passed 10,305 to 6,244. In Ward 11, Precinct 1912, school board candidate Lena Ortiz, 29, won by 3 votes, 1,207 to 1,204.

Kemp, 61, a former emergency room nurse, has promised to hire 40 more police officers and repave 120 miles of city streets.`,
		nil},
	{"tally-blues-guitar-auction", "2010-06-14", `DALLAS - A hand-built acoustic guitar played by the late Texas bluesman Clarence "Cotton" Bell sold for $312,500 at Lone Star Auction Galleries, more than four times its presale estimate of $60,000 to $80,000.

The instrument, listed as Lot 1962 in the catalog, drew 27 bids from 11 bidders. The winning bidder, a 63-year-old collector from Tulsa, Okla., asked not to be named.

"We expected strong interest, but $312,500 is extraordinary," said the gallery's president, Mark Tolliver, 52. "Bidding opened at $40,000 and climbed in $5,000 steps. The room went quiet at $250,000, and then two phone bidders took over."

In all, the sale of 1,984 lots brought in $4.87 million, including a buyer's premium of 19.5 percent. A pair of Bell's stage boots went for $18,750, and a handwritten set list sold for $2,125. A 1,200-page scrapbook kept by his sister fetched $9,800, and a pink Cadillac with 212,000 miles on it sold for $41,000.

The gallery, at 2001 Commerce Street, said 1,850 registered bidders took part, 640 of them in the room and the rest by phone or online.

Bell recorded 14 albums and played more than 3,000 shows. Ten percent of the money from the guitar, $31,250, will go to a music education fund that serves 3,400 students in 26 schools.`,
		nil},
}

func TestEnglishHeldOut12(t *testing.T) { guardHeldOut(t, "English 12", enHeldOut12, "en", 0.94) }
