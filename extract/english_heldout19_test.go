package extract

import "testing"

// enHeldOut19 is a blind held-out evaluation set of 16 English broadcast news
// transcripts (1998-2024) for the TIMEX3 tagger. The items imitate radio and
// television news of the period: ABC World News Tonight, CNN Headline News,
// NPR Morning Edition / All Things Considered / Weekend Edition, PRI The
// World, VOA News and the BBC World Service, with anchors' lead-ins and
// hand-offs to correspondents, spoken numbers and clock times ("about five
// o'clock this morning", "around eleven p.m. Eastern", "nineteen
// ninety-eight"), broadcast deixis ("tonight", "this hour", "earlier today",
// "later this evening", "over the weekend", "in the past twenty-four hours",
// "for the first time in a decade"), past and future weekdays, interviews in
// which guests say "these days", "right now", "at the moment", "back then" and
// "some time next month", and one story (the Peruvian miners) that recounts a
// sequence of days. Two items (a by-election tally and a sports/markets
// round-up) are number-heavy - scores, ages, tallies, year-like numbers such
// as "2,019 votes" and "a century" in cricket - and contain no timex at all.
// Programme names containing date words ("World News Tonight", "Morning
// Edition", "Weekend Edition") and a discourse-marker "Now," are not tagged.
//
// Each passage is an invented but realistic whole transcript; transcripts
// carry no dateline, so the DCT is the broadcast date. Gold timexes are listed
// in document order, each span occurring verbatim after the previous one.
//
// Conventions: TimeML 1.2.1 / TempEval-3 TIMEX3, following TimeBank 1.2 where
// TimeML leaves a choice. Spans include determiners and modifiers but not
// leading prepositions ("at the moment" -> "the moment"); time zones spoken
// after a clock time are part of the span ("seven p.m. Eastern"). Relative
// values were computed from the DCT with Python's datetime: bare weekdays
// resolve to the nearest past or future occurrence the tense calls for;
// "that night", "the next day", "the following morning", "the following
// week" resolve against the last narrated date ("the following morning" is
// a DATE with the day's value); "N days later" is a DURATION whose span leaves
// out "later"; "N years ago" is a DATE; "a year earlier" in quarterly results
// is the compared quarter; rates ("$2 million a year", "120 miles a day") make
// the unit a SET; "a two-day visit" / "a 10-year agreement" tag "two-day" /
// "10-year" as DURATIONs; "this hour" is a TIME with the hour value when the
// bulletin states the clock time; "now", "currently", "these days", "right
// now" are PRESENT_REF and "back then" PAST_REF. Ages, scores and "the night
// of" in "the night of Oct. 13" are not tagged.
//
// The set was written without reading the tagger's source, tests or data.
//
// First run, on the committed tagger (c820e30) before any fix it prompted:
// relaxed F1 0.982, value accuracy 0.975, value F1 0.958.
var enHeldOut19 = []hoCase{
	{"abc-ohio-flood", "1998-03-10", `From ABC News in New York, I'm Carl Benning.

We begin tonight in southern Ohio, where the Scioto River crested at about five o'clock this morning and, to the surprise of forecasters, kept on rising. Emergency officials say more than 3,000 people have been forced from their homes in the past twenty-four hours, and the governor declared a state of emergency in six counties earlier today. Linda Marsh is in Chillicothe.

MARSH: Carl, the water is still climbing here. The river passed flood stage Sunday night, and Monday brought another two inches of rain on ground that was already soaked. People on the low-lying east side of town say they have not seen anything like it since nineteen fifty-nine.

ED FARRIS: I've lived on this street forty-one years. My dad told me about the big one, but I never thought I'd see water in my own kitchen.

MARSH: Farris is 67, a retired machinist. He spent the afternoon hauling furniture up to a neighbor's attic. The levees that protect most of Chillicothe were built by the Army Corps of Engineers in the 1960s, and engineers say they are holding. But the National Weather Service says more rain is on the way Thursday, and the river is not expected to fall below flood stage until the weekend. The Red Cross has opened four shelters in schools and churches and says it is feeding about 1,200 people. Linda Marsh, ABC News, Chillicothe, Ohio.

BENNING: That's World News Tonight. I'm Carl Benning.`,
		[]hoGold{
			{"tonight", "TIME", "1998-03-10TNI", ""},
			{"about five o'clock this morning", "TIME", "1998-03-10T05:00", "APPROX"},
			{"the past twenty-four hours", "DURATION", "PT24H", ""},
			{"earlier today", "DATE", "1998-03-10", ""},
			{"Sunday night", "TIME", "1998-03-08TNI", ""},
			{"Monday", "DATE", "1998-03-09", ""},
			{"nineteen fifty-nine", "DATE", "1959", ""},
			{"forty-one years", "DURATION", "P41Y", ""},
			{"the afternoon", "TIME", "1998-03-10TAF", ""},
			{"the 1960s", "DATE", "196", ""},
			{"Thursday", "DATE", "1998-03-12", ""},
			{"the weekend", "DATE", "1998-W11-WE", ""},
		}},
	{"cnn-headline-roundup", "1999-06-16", `It's seven p.m. Eastern. I'm Donna Keyes, and here are the stories CNN Headline News is following this hour.

A jury in Houston has convicted a former county treasurer of stealing $1.4 million in public money. The verdict came late this afternoon after nearly three days of deliberations. Sentencing is set for July 21.

In Washington, the Senate is expected to vote later this evening on a bill that would raise the federal cap on student loans. Leaders of both parties say a final tally may not come until around eleven p.m. Eastern.

Parts of Oklahoma and Kansas are under a tornado watch until ten p.m. Central. Forecasters say the storms that flattened barns near Enid earlier today could produce hail the size of baseballs.

Federal climate researchers said Tuesday that nineteen ninety-eight remains the warmest year in their records, which go back to eighteen eighty.

On Wall Street, the Dow Jones industrial average gained 81 points today to close at 10,578. The Nasdaq composite rose 19.

And NASA says it will try again Friday morning to launch a weather satellite from Vandenberg Air Force Base in California. Today's attempt was scrubbed with less than a minute left in the countdown because of a faulty valve on the rocket's second stage.

I'm Donna Keyes. Stay with us; sports is next.`,
		[]hoGold{
			{"seven p.m. Eastern", "TIME", "1999-06-16T19:00", ""},
			{"this hour", "TIME", "1999-06-16T19", ""},
			{"late this afternoon", "TIME", "1999-06-16TAF", "END"},
			{"nearly three days", "DURATION", "P3D", "APPROX"},
			{"July 21", "DATE", "1999-07-21", ""},
			{"later this evening", "TIME", "1999-06-16TEV", ""},
			{"around eleven p.m. Eastern", "TIME", "1999-06-16T23:00", "APPROX"},
			{"ten p.m. Central", "TIME", "1999-06-16T22:00", ""},
			{"earlier today", "DATE", "1999-06-16", ""},
			{"Tuesday", "DATE", "1999-06-15", ""},
			{"nineteen ninety-eight", "DATE", "1998", ""},
			{"eighteen eighty", "DATE", "1880", ""},
			{"today", "DATE", "1999-06-16", ""},
			{"Friday morning", "TIME", "1999-06-18TMO", ""},
			{"Today", "DATE", "1999-06-16", ""},
			{"less than a minute", "DURATION", "PT1M", "LESS_THAN"},
		}},
	{"npr-montana-drought", "2003-08-12", `This is Morning Edition from NPR News. I'm Lynn Porter.

Across the northern Plains, ranchers are selling cattle they would normally keep, as a drought that began in 2000 drags on. This summer has been the driest in eastern Montana since the 1930s. Carla Voss and her husband run cattle on 9,000 acres near Miles City. I reached her yesterday at the ranch.

PORTER: How are things out there these days?

VOSS: Well, it's dry. Right now we're hauling water to about half our pastures. The creek that runs through our place has been dry since the Fourth of July.

PORTER: Have you had to sell off part of the herd?

VOSS: We sold about a third of them last month. Twenty years ago we ran 600 head out here; we're down to about 250. Hay is running $110 a ton, when you can find it. At the moment I'm just trying to hang on to the bred cows.

PORTER: Your family has been through dry spells before.

VOSS: Oh, sure. My grandfather homesteaded here in 1911, and he came through the thirties. When I was a girl we had grass up to the horses' bellies. Back then nobody even talked about drought.

PORTER: What happens if the rain doesn't come?

VOSS: We sell more. The bank wants a plan from us, and we'll find out some time next month whether they'll carry us.

PORTER: Carla Voss ranches near Miles City, Montana. Thank you.

VOSS: Thank you for calling.`,
		[]hoGold{
			{"2000", "DATE", "2000", ""},
			{"This summer", "DATE", "2003-SU", ""},
			{"the 1930s", "DATE", "193", ""},
			{"yesterday", "DATE", "2003-08-11", ""},
			{"these days", "DATE", "PRESENT_REF", ""},
			{"Right now", "DATE", "PRESENT_REF", ""},
			{"the Fourth of July", "DATE", "2003-07-04", ""},
			{"last month", "DATE", "2003-07", ""},
			{"Twenty years ago", "DATE", "1983", ""},
			{"the moment", "DATE", "PRESENT_REF", ""},
			{"1911", "DATE", "1911", ""},
			{"the thirties", "DATE", "193", ""},
			{"Back then", "DATE", "PAST_REF", ""},
			{"some time next month", "DATE", "2003-09", ""},
		}},
	{"pri-peru-miners", "2006-03-17", `I'm Ellen Haas, and this is The World.

Six gold miners trapped underground in southern Peru are back with their families tonight. Their ordeal began last Saturday, when a tunnel collapsed at a small, informal mine high in the Andes. The World's Diego Ramos has the story.

RAMOS: The cave-in happened at about two in the afternoon, nearly 300 feet below the surface. Volunteers from the nearby town of Santa Filomena arrived that night, but loose rock kept them from digging. On Sunday, they pushed a microphone down a drill hole and heard tapping. The next day, a camera showed all six men alive, sitting together on a ledge.

Engineers decided to widen the drill hole rather than dig through the collapse. Two days later, the shaft was wide enough to send down water, soup and letters from the miners' families. Rosa Quispe's husband was among the trapped men.

QUISPE (through interpreter): I prayed every hour. My children kept asking when their father would come home.

RAMOS: On Thursday evening, the first man was lifted out in a steel cage. The last one reached the surface the following morning. He was Julio Mamani, who is 38.

MAMANI (through interpreter): We were down there almost six days. We shared everything, even the last cigarette.

RAMOS: Small, informal mines like this one employ tens of thousands of people in Peru's southern highlands, and safety inspectors rarely visit them. The government says 31 miners died in accidents last year. For The World, I'm Diego Ramos in Arequipa.`,
		[]hoGold{
			{"tonight", "TIME", "2006-03-17TNI", ""},
			{"last Saturday", "DATE", "2006-03-11", ""},
			{"about two in the afternoon", "TIME", "2006-03-11T14:00", "APPROX"},
			{"that night", "TIME", "2006-03-11TNI", ""},
			{"Sunday", "DATE", "2006-03-12", ""},
			{"The next day", "DATE", "2006-03-13", ""},
			{"Two days", "DURATION", "P2D", ""},
			{"every hour", "SET", "PT1H", ""},
			{"Thursday evening", "TIME", "2006-03-16TEV", ""},
			{"the following morning", "DATE", "2006-03-17", ""},
			{"almost six days", "DURATION", "P6D", "APPROX"},
			{"last year", "DATE", "2005", ""},
		}},
	{"voa-zambia-tally", "2001-11-05", `This is VOA News. I'm Margaret Olu.

Election officials in Zambia say the governing party's candidate has narrowly won a by-election in the Kafubu constituency on the Copperbelt. The electoral commission said the candidate, 58-year-old former schoolteacher Joseph Mwale, received 14,316 votes, or 47.3 percent of valid ballots. His main challenger, 44-year-old lawyer Grace Tembo, won 13,902 votes, or 46 percent. An independent candidate took 2,019 votes, or 6.7 percent. Another 1,998 ballots were rejected as spoiled.

The commission said 32,235 of the constituency's 51,406 registered voters took part, a turnout of 62.7 percent. Results from 212 of the 214 polling stations were delivered by hand; the other two, in a flooded area along the Kafubu River, reported by radio.

Ms. Tembo's campaign says it has evidence of irregularities at 17 polling stations and will challenge the result in the High Court. A spokesman, Peter Banda, said observers counted 311 more ballots than registered voters at one station in Chifubu ward, and that the 414-vote margin was smaller than the number of disputed ballots.

Observers from the 14-nation Southern African Development Community said voting was largely peaceful, with long lines at many stations. The seat fell vacant when the previous member of parliament died at the age of 71. The governing party holds 69 of the 150 elected seats in the National Assembly, and the opposition holds 68.`,
		[]hoGold{}},
	{"bbc-sport-results", "2010-10-18", `This is the BBC World Service. I'm Alan Pryce with the sport.

In the Premier League, Chelsea remain top of the table after a three-one win over Aston Villa at Stamford Bridge, watched by a crowd of 41,823. Arsenal beat Birmingham two-one, while Manchester United were held to a two-all draw at West Bromwich Albion. Chelsea have 22 points from nine games, two clear of United on 20, with Arsenal third on 17.

In Spain, Barcelona thrashed Zaragoza five-nil, and Real Madrid won four-one away to Malaga to stay level on points at the top.

Cricket, and in Colombo, Sri Lanka made 387 for 6 against the West Indies. Their captain was out for 96, four runs short of a century, and the tourists dropped three catches in the field.

In rugby union's Heineken Cup, Leinster beat Racing Metro 38 points to 22 in Dublin, scoring five tries to two. Munster lost 19-15 to Toulon.

In tennis, Russia's Mikhail Orlov beat the top seed 7-6, 3-6, 6-4 to win his first title, and climbs 23 places to number 41 in the rankings.

Kenyan men took the first four places at the Amsterdam marathon, and Ethiopia's women finished first and second.

And a quick look at the markets: the FTSE 100 closed 31 points higher at 5,703, and in New York the Dow Jones industrial average was up 80 points at 11,143. That's the sport and business from the BBC World Service.`,
		[]hoGold{}},
	{"bbc-harwell-results", "2015-07-29", `This is BBC World Service business news. I'm Nadia Shah.

The British food and household goods group Harwell has reported a rise in profits for the second quarter, helped by strong sales of its own-brand cereals in Asia. Pre-tax profit for the period was 412 million pounds, up from 381 million a year earlier. Sales rose 5 percent to 3.1 billion pounds. Harwell's chief executive, Martin Crowe, told the BBC this morning that shoppers in Europe remain cautious.

CROWE: Consumers are still watching every penny. What we're seeing now is people trading down in Europe and trading up in Asia, and we're well placed for both.

SHAH: For the first half, profit was up 3 percent. Harwell said it would close two factories in the Netherlands and cut 1,200 jobs over the next two years. The company's shares, which had fallen 12 percent since January, rose 4 percent in London. The results came a week after its biggest rival, the Dutch group Verhoeven, warned that profits would fall. Joanne Firth is an analyst at Castle Securities.

FIRTH: These are solid numbers in a tough market. The question is whether the savings from the factory closures arrive fast enough to protect the margin.

SHAH: Harwell last cut its dividend in 2009, and Ms. Firth says it is unlikely to do so this year. Nadia Shah, BBC News.`,
		[]hoGold{
			{"the second quarter", "DATE", "2015-Q2", ""},
			{"a year earlier", "DATE", "2014-Q2", ""},
			{"this morning", "TIME", "2015-07-29TMO", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the first half", "DATE", "2015-H1", ""},
			{"the next two years", "DURATION", "P2Y", ""},
			{"January", "DATE", "2015-01", ""},
			{"a week", "DURATION", "P1W", ""},
			{"2009", "DATE", "2009", ""},
			{"this year", "DATE", "2015", ""},
		}},
	{"abc-gas-prices", "2008-07-15", `From ABC News, this is World News. I'm Karen Doyle.

The price of gasoline set another record today. AAA says the national average for a gallon of regular is now $4.11. That's up 17 cents since Memorial Day, and it has more than doubled over the past three years. Ten years ago, the same gallon cost about a dollar. Tom Reyes is at a gas station in Fresno.

REYES: Karen, here in California drivers are currently paying $4.59 for regular and more than $5 for diesel. Maria Ochoa is a home health aide who drives 120 miles a day to see her patients.

OCHOA: I used to fill up every Friday. Now it's every other day, and I'm cutting back on groceries to pay for it.

REYES: Truckers say their fuel bills are twice what they were last summer. And the airlines are feeling it too. Two major carriers said today they will cut more flights this fall and start charging passengers for a first checked bag. Congressional leaders have called oil company executives to testify on Capitol Hill early next week, but few people here expect relief at the pump. Tom Reyes, ABC News, Fresno.`,
		[]hoGold{
			{"today", "DATE", "2008-07-15", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Memorial Day", "DATE", "2008-05-26", ""},
			{"the past three years", "DURATION", "P3Y", ""},
			{"Ten years ago", "DATE", "1998", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"a day", "SET", "P1D", ""},
			{"every Friday", "SET", "XXXX-WXX-5", ""},
			{"Now", "DATE", "PRESENT_REF", ""},
			{"every other day", "SET", "P2D", ""},
			{"last summer", "DATE", "2007-SU", ""},
			{"today", "DATE", "2008-07-15", ""},
			{"this fall", "DATE", "2008-FA", ""},
			{"early next week", "DATE", "2008-W30", "START"},
		}},
	{"npr-colorado-fire", "2013-06-24", `From NPR News, this is All Things Considered. I'm Robert Kalish.

A wildfire in the foothills west of Fort Collins, Colorado, nearly tripled in size over the weekend, and firefighters say they made little progress against it today. The fire has burned more than 18,000 acres, and in the past twenty-four hours alone another 40 homes were lost. Amy Lindgren of member station KUNC is in Loveland.

LINDGREN: The fire started last Thursday afternoon, when lightning struck a ridge above the Cache la Poudre River. By Saturday morning it had jumped the river and the highway that follows it. Evacuation orders have been in place since Sunday for about 3,500 people. Fire spokesman Dale Weber says crews are at the mercy of the weather.

WEBER: Right now we've got strong, gusty winds and humidity in the single digits. If that holds through Wednesday, we're going to lose more homes.

LINDGREN: More than 1,100 firefighters from nine states are on the lines, rotating off every twelve hours. Colorado's largest recorded wildfire, the Hayman fire, burned more than 130,000 acres in 2002. Officials say this one is nowhere near that size, but it is moving through far more populated country. The National Weather Service says relief could come late this week, when cooler air and a chance of thunderstorms are forecast. For NPR News, I'm Amy Lindgren in Loveland.`,
		[]hoGold{
			{"the weekend", "DATE", "2013-W25-WE", ""},
			{"today", "DATE", "2013-06-24", ""},
			{"the past twenty-four hours", "DURATION", "PT24H", ""},
			{"last Thursday afternoon", "TIME", "2013-06-20TAF", ""},
			{"Saturday morning", "TIME", "2013-06-22TMO", ""},
			{"Sunday", "DATE", "2013-06-23", ""},
			{"Right now", "DATE", "PRESENT_REF", ""},
			{"Wednesday", "DATE", "2013-06-26", ""},
			{"every twelve hours", "SET", "PT12H", ""},
			{"2002", "DATE", "2002", ""},
			{"late this week", "DATE", "2013-W26", "END"},
		}},
	{"cnn-warren-steel", "2004-05-20", `I'm Dana Whitfield, and this is CNN.

There was good news today for a Rust Belt town that hasn't had much of it. The Mahoning Valley Steel works in Warren, Ohio, fired up its blast furnace this afternoon for the first time in a decade. The plant closed in 1994. A Canadian company bought it last fall and says it will hire 600 workers by the end of the year. Rick Salas reports.

SALAS: When the furnace was lit at three o'clock, several hundred people cheered from the parking lot. Many of them used to work here.

FRANK KOWALSKI: I worked in this mill nineteen years before they shut it down. My son starts on the line Monday. I can't tell you what that means to me.

SALAS: In the 1970s, the mill employed nearly 5,000 people. Cheap imports and falling prices in the 1990s forced two rounds of layoffs before the shutdown. Kowalski, who is 58, has been driving a school bus. The new owners say the first shipments of steel slab should leave next month, and they hope to add a second shift in the fall. The mayor says the plant will pay more than $4 million a year in local taxes. Rick Salas, CNN, Warren, Ohio.`,
		[]hoGold{
			{"today", "DATE", "2004-05-20", ""},
			{"this afternoon", "TIME", "2004-05-20TAF", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"1994", "DATE", "1994", ""},
			{"last fall", "DATE", "2003-FA", ""},
			{"the end of the year", "DATE", "2004", "END"},
			{"three o'clock", "TIME", "2004-05-20T15:00", ""},
			{"nineteen years", "DURATION", "P19Y", ""},
			{"Monday", "DATE", "2004-05-24", ""},
			{"the 1970s", "DATE", "197", ""},
			{"the 1990s", "DATE", "199", ""},
			{"next month", "DATE", "2004-06", ""},
			{"the fall", "DATE", "2004-FA", ""},
			{"a year", "SET", "P1Y", ""},
		}},
	{"voa-malawi-water", "2019-04-09", `This is VOA News. I'm Tom Ekwueme.

Malawi's foreign minister arrives in Washington Wednesday for a two-day visit. It is the first visit by a Malawian foreign minister in six years.

Officials say she will sign a 10-year agreement under which the United States will provide $2 million a year for wells and water treatment in rural districts. The two countries signed a smaller agreement in 2014; that program ended last year. A State Department spokeswoman, Karen Liu, said the first program brought clean water to about 400,000 people.

LIU: We have seen what five years of steady funding can do. Villages where women used to walk two hours for water now have a pump in the center of town.

EKWUEME: The minister is also expected to meet World Bank officials Thursday to discuss Malawi's recovery from Cyclone Idai, which killed dozens of people in the country's south last month. The agreement must also be approved by Malawi's parliament, which is not expected to take it up until after the elections in May. Aid groups in the capital, Lilongwe, welcomed the plan but said the money should go through local councils rather than national ministries.`,
		[]hoGold{
			{"Wednesday", "DATE", "2019-04-10", ""},
			{"two-day", "DURATION", "P2D", ""},
			{"six years", "DURATION", "P6Y", ""},
			{"10-year", "DURATION", "P10Y", ""},
			{"a year", "SET", "P1Y", ""},
			{"2014", "DATE", "2014", ""},
			{"last year", "DATE", "2018", ""},
			{"five years", "DURATION", "P5Y", ""},
			{"two hours", "DURATION", "PT2H", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Thursday", "DATE", "2019-04-11", ""},
			{"last month", "DATE", "2019-03", ""},
			{"May", "DATE", "2019-05", ""},
		}},
	{"pri-morna-singer", "2017-02-24", `I'm Carol Hines, and this is The World. Now, some music from the islands of Cape Verde, off the coast of West Africa. Singer Lucia Tavares has released her first album in more than a decade. It came out last Friday, and it is already climbing the world music charts in Portugal and France. The World's Sam Okafor has more.

OKAFOR: Tavares sings morna, the slow, aching music of Cape Verde. Its roots go back to the 19th century, and it became the islands' national music in the 20th century. Tavares grew up in the port city of Mindelo, listening to her grandmother sing to the fishermen.

TAVARES: My grandmother learned these songs in the 1920s, from sailors, and I learned them from her. She sang while she cooked.

OKAFOR: Morna found an audience in Europe in the late 1980s, and by the 1990s Cape Verdean singers were filling concert halls in Paris and Lisbon. Tavares, who is 54, has been singing professionally for three decades. She performs every Friday at a small club in Lisbon, where she has lived since 2003.

TAVARES: People ask me why I did not record again. I was busy living. I raised two sons, I sang in the club, and the songs kept coming.

OKAFOR: Tavares begins a tour of France and Belgium next week. For The World, I'm Sam Okafor.`,
		[]hoGold{
			{"more than a decade", "DURATION", "P10Y", "MORE_THAN"},
			{"last Friday", "DATE", "2017-02-17", ""},
			{"the 19th century", "DATE", "18", ""},
			{"the 20th century", "DATE", "19", ""},
			{"the 1920s", "DATE", "192", ""},
			{"the late 1980s", "DATE", "198", "END"},
			{"the 1990s", "DATE", "199", ""},
			{"three decades", "DURATION", "P30Y", ""},
			{"every Friday", "SET", "XXXX-WXX-5", ""},
			{"2003", "DATE", "2003", ""},
			{"next week", "DATE", "2017-W09", ""},
		}},
	{"npr-milwaukee-garden", "2022-04-23", `This is Weekend Edition from NPR News. I'm Ruth Alvarez.

In much of the country, gardeners are getting their hands dirty, and at one community garden in Milwaukee, many of them are beginners. Dan Yoder of member station WUWM stopped by this morning.

YODER: The Eastside Community Garden has 84 plots, and this spring every one of them is taken. Coordinator Pam Whitley says the waiting list started growing during the pandemic and hasn't stopped.

WHITLEY: Last fall we had 30 families on the list. Now it's 112.

YODER: Whitley has run the garden for the past two decades. She says the most common mistake new gardeners make is planting too early, and she tells them to wait until mid-May to put tomatoes in the ground.

WHITLEY: We had snow two weeks ago. People forget that.

YODER: Marcus Bell is a 31-year-old bus driver with a plot near the fence. He's starting with lettuce, peas and a row of onions.

BELL: My grandmother grew everything. I want to have my own tomatoes by August, and I want my kids to know where food comes from.

YODER: The garden will hold a potluck every Sunday starting in June. For NPR News, I'm Dan Yoder in Milwaukee.`,
		[]hoGold{
			{"this morning", "TIME", "2022-04-23TMO", ""},
			{"this spring", "DATE", "2022-SP", ""},
			{"Last fall", "DATE", "2021-FA", ""},
			{"Now", "DATE", "PRESENT_REF", ""},
			{"the past two decades", "DURATION", "P20Y", ""},
			{"mid-May", "DATE", "2022-05", "MID"},
			{"two weeks ago", "DATE", "2022-W14", ""},
			{"August", "DATE", "2022-08", ""},
			{"every Sunday", "SET", "XXXX-WXX-7", ""},
			{"June", "DATE", "2022-06", ""},
		}},
	{"abc-school-phones", "2024-09-12", `From ABC News in New York, I'm Maya Collins.

We turn tonight to the fight over cell phones in the classroom. Lawmakers in Kansas voted today to ban phones in public school classrooms. The bill cleared the state Senate late last week, and the governor says she will sign it next week. Districts will have until Jan. 1 to adopt their own rules. Jason Meyers reports from Topeka.

MEYERS: At Lincoln Middle School, phones already go into locked pouches at the front door. Principal Angela Ruiz says the school tried it for nearly a year before making it permanent.

RUIZ: Fights are down. Kids are talking to each other at lunch. That wasn't happening two years ago.

MEYERS: Not every parent agrees. Some worry about reaching their children in an emergency, and a group of them has been speaking at school board meetings every Tuesday. A federal survey found that over the past five years the share of teachers who call phones a major distraction nearly doubled. The state education department expects to publish guidance for districts in the first half of next year. Jason Meyers, ABC News, Topeka.

COLLINS: You're watching World News Tonight.`,
		[]hoGold{
			{"tonight", "TIME", "2024-09-12TNI", ""},
			{"today", "DATE", "2024-09-12", ""},
			{"late last week", "DATE", "2024-W36", "END"},
			{"next week", "DATE", "2024-W38", ""},
			{"Jan. 1", "DATE", "2025-01-01", ""},
			{"nearly a year", "DURATION", "P1Y", "APPROX"},
			{"two years ago", "DATE", "2022", ""},
			{"every Tuesday", "SET", "XXXX-WXX-2", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"the first half of next year", "DATE", "2025-H1", ""},
		}},
	{"cnn-akron-hitandrun", "2016-11-04", `I'm Lisa Tran, and this is CNN Newsroom.

Police in Akron, Ohio, have arrested a man in the hit-and-run death of a 19-year-old college student. The arrest came late Thursday. Brian Ortiz reports.

ORTIZ: Kayla Brooks was walking home from her job at a campus coffee shop on the night of Oct. 13 when a pickup truck struck her at the corner of Exchange and Fourth streets and drove off. She died at Akron General three days later. Investigators released surveillance video the following week, and more than 200 tips came in. Police Chief Walter Dunn says a call that came in Tuesday led detectives to a body shop in nearby Barberton, where the truck had been taken for repairs.

DUNN: This was three weeks of very hard work by a lot of people, and by a community that would not let this go.

ORTIZ: The suspect, a 42-year-old Barberton man, is being held on $250,000 bond. He is due in court Monday, and prosecutors say a trial could begin in mid-December. Brooks's mother, Denise, spoke to reporters outside police headquarters.

DENISE BROOKS: Every day I asked God for this. I just want to know why he didn't stop.

ORTIZ: Brian Ortiz, CNN, Akron.`,
		[]hoGold{
			{"late Thursday", "DATE", "2016-11-03", "END"},
			{"Oct. 13", "DATE", "2016-10-13", ""},
			{"three days", "DURATION", "P3D", ""},
			{"the following week", "DATE", "2016-W42", ""},
			{"Tuesday", "DATE", "2016-11-01", ""},
			{"three weeks", "DURATION", "P3W", ""},
			{"Monday", "DATE", "2016-11-07", ""},
			{"mid-December", "DATE", "2016-12", "MID"},
			{"Every day", "SET", "P1D", ""},
		}},
	{"bbc-sicily-heat", "2023-07-20", `This is the BBC World Service. I'm Fiona Carr.

Temperatures in Sicily reached 46 degrees Celsius yesterday, the highest reading on the island in more than 40 years. The heatwave has gripped Italy and Greece for nearly three weeks, and fires are burning on several Greek islands. Our correspondent Paul Dempsey is in Palermo.

DEMPSEY: The fire above the village of San Martino broke out on Sunday afternoon. Residents were evacuated that night, many of them in fishing boats. The next morning, the hillside was black. Giuseppe Lo Bianco is a 73-year-old baker who has lived in the village all his life.

LO BIANCO (through interpreter): I have seen fires before, in 1983 and in 2007. But never like this, never so close to the houses.

DEMPSEY: Firefighting planes from France and Spain arrived Tuesday. Hospitals in Palermo say admissions for heat stroke have risen by a third over the past 48 hours. Italy's weather service says temperatures should ease a little this weekend, but it warns that another surge of hot air from North Africa is likely by the end of the month. Paul Dempsey, BBC News, Palermo.`,
		[]hoGold{
			{"yesterday", "DATE", "2023-07-19", ""},
			{"more than 40 years", "DURATION", "P40Y", "MORE_THAN"},
			{"nearly three weeks", "DURATION", "P3W", "APPROX"},
			{"Sunday afternoon", "TIME", "2023-07-16TAF", ""},
			{"that night", "TIME", "2023-07-16TNI", ""},
			{"The next morning", "DATE", "2023-07-17", ""},
			{"1983", "DATE", "1983", ""},
			{"2007", "DATE", "2007", ""},
			{"Tuesday", "DATE", "2023-07-18", ""},
			{"the past 48 hours", "DURATION", "PT48H", ""},
			{"this weekend", "DATE", "2023-W29-WE", ""},
			{"the end of the month", "DATE", "2023-07", "END"},
		}},
}

func TestEnglishHeldOut19(t *testing.T) { guardHeldOut(t, "English 19", enHeldOut19, "en", 0.96) }
