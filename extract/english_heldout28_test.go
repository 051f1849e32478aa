package extract

import "testing"

// enHeldOut28 is a blind held-out evaluation set of 16 whole English news
// articles for the TIMEX3 tagger, each with its own DCT (publication date).
// The articles are invented but imitate US and Canadian local and regional
// news copy from 2012 to 2026: The Oregonian, The Plain Dealer (cleveland.com
// datelines), The Denver Post, the Star Tribune, the Tampa Bay Times, The
// Seattle Times, the Toronto Star, CBC regional sites and local TV station
// websites. Topics: a city council vote, a school levy, a snowstorm forecast,
// an obituary, a police chase, a freeway closure, a restaurant closing, a house
// fire, high-school football, college basketball, a Fourth of July parade,
// quarterly company results, a farmers market opening and a river flood
// outlook. Two articles (an election recount and a Little League final) are
// number-heavy (tallies, scores, prices, ages, street numbers, year-like
// numbers) and contain no temporal expression at all.
//
// The gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 conventions, with TimeBank
// 1.2 practice where TimeML leaves a choice: spans include determiners and
// modifiers but not leading prepositions; relative values (bare weekdays,
// "last week", "next month", "a year earlier" in quarterly results, ...) were
// computed from the DCT with Python's datetime; "a year after" and "a half
// hour before" are DURATIONs; money and traffic rates ("$206 a year",
// "vehicles a day") are SETs; ages, scores, innings, names containing a date
// word ("Fourth of July Commission", "Spring St.") and discourse "Now," are
// not tagged. want lists every timex in document order.
//
// The set was written without reading the tagger's source, tests, data or
// docs, and without running it.
//
// First run, on the committed tagger (897a79a) before any fix it prompted:
// relaxed F1 0.982, value accuracy 0.937, value F1 0.920.
var enHeldOut28 = []hoCase{
	{"pdx-council-lents-shelter", "2017-03-15", `The Portland City Council on Wednesday approved a plan to turn a vacant city-owned lot in the Lents neighborhood into a permanent homeless shelter, ending nearly two years of debate over the site.

The 4-1 vote came after more than three hours of testimony, much of it from residents who packed council chambers Wednesday afternoon. Supporters wore green stickers; opponents held handmade signs reading "Not Here, Not Like This."

"We have talked about this site since the spring of 2015," said Commissioner Linda Ferraro, who cast the lone no vote. "The neighbors deserve a better answer than a fence and a promise."

The shelter, which will hold up to 120 beds, is scheduled to open in early June. The city will spend about $1.4 million a year to run it, according to a budget memo released last week by the Joint Office of Homeless Services.

The mayor's office said construction crews would begin clearing the lot next month and that the contractor had agreed to work six days a week to meet the June deadline. Neighbors will be able to review fencing and lighting plans at an open house before work starts.

The city bought the property in 2009 for a fire station that was never built. It has sat empty for the past eight years, collecting trash and abandoned cars, and it drew dozens of complaints to the city's nuisance hotline.

The council will take up a second shelter proposal, for a site in North Portland, on March 29. A public hearing on that plan begins at 6 p.m. at City Hall.`,
		[]hoGold{
			{"Wednesday", "DATE", "2017-03-15", ""},
			{"nearly two years", "DURATION", "P2Y", "APPROX"},
			{"more than three hours", "DURATION", "PT3H", "MORE_THAN"},
			{"Wednesday afternoon", "TIME", "2017-03-15TAF", ""},
			{"the spring of 2015", "DATE", "2015-SP", ""},
			{"early June", "DATE", "2017-06", "START"},
			{"a year", "SET", "P1Y", ""},
			{"last week", "DATE", "2017-W10", ""},
			{"next month", "DATE", "2017-04", ""},
			{"six days a week", "SET", "P1W", ""},
			{"June", "DATE", "2017-06", ""},
			{"2009", "DATE", "2009", ""},
			{"the past eight years", "DURATION", "P8Y", ""},
			{"March 29", "DATE", "2017-03-29", ""},
			{"6 p.m.", "TIME", "2017-03-29T18:00", ""},
		}},
	{"strongsville-levy-vote", "2019-08-06", `STRONGSVILLE, Ohio -- The Strongsville Board of Education voted 3-2 Monday night to put a 5.9-mill operating levy on the November ballot, the district's first request for new operating money in more than a decade.

Treasurer Karen Mileti told board members the district will run a deficit of about $4 million by the end of 2021 if voters reject the levy.

"We have cut for six straight years," Mileti said. "There is nothing left to cut without touching classrooms."

The levy would cost the owner of a $100,000 home about $206 a year, according to the Cuyahoga County Fiscal Office.

Board President Donna Kessler, who voted against the measure, said the timing was wrong. "Asking in November, three months after we open a new middle school, sends the wrong message," she said. "I would rather wait and come back with a smaller request in the future."

The district last passed a new levy in 2008. Since then, enrollment has dropped by nearly 900 students, and the state has frozen its funding twice.

Superintendent Cameron Ryba said he plans a series of community meetings this fall, starting Sept. 24 at Strongsville High School. The meetings will be held every Tuesday through the end of October, with child care provided.

The board must file the ballot language with the county Board of Elections by Wednesday.`,
		[]hoGold{
			{"Monday night", "TIME", "2019-08-05TNI", ""},
			{"November", "DATE", "2019-11", ""},
			{"more than a decade", "DURATION", "P10Y", "MORE_THAN"},
			{"the end of 2021", "DATE", "2021", "END"},
			{"six straight years", "DURATION", "P6Y", ""},
			{"a year", "SET", "P1Y", ""},
			{"November", "DATE", "2019-11", ""},
			{"three months", "DURATION", "P3M", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
			{"2008", "DATE", "2008", ""},
			{"this fall", "DATE", "2019-FA", ""},
			{"Sept. 24", "DATE", "2019-09-24", ""},
			{"every Tuesday", "SET", "XXXX-WXX-2", ""},
			{"the end of October", "DATE", "2019-10", "END"},
			{"Wednesday", "DATE", "2019-08-07", ""},
		}},
	{"denver-snowstorm-forecast", "2023-02-21", `Denver could see 8 to 14 inches of snow by Thursday morning as a powerful storm moves into the Front Range, forecasters said Tuesday.

The National Weather Service office in Boulder issued a winter storm warning for the metro area beginning at 5 p.m. Wednesday and lasting until noon Thursday. Snow should start as light flurries Wednesday afternoon before picking up in intensity.

"The heaviest bands will set up Thursday morning, right in the middle of the commute," meteorologist Ana Delgado said. "If you don't have to be on the roads, stay home."

Temperatures will plunge from a high near 60 degrees Tuesday to a low around 5 degrees Thursday night, before rebounding into the 50s by early next week.

The storm follows a largely dry stretch. Denver has recorded only 16.4 inches of snow since Oct. 1, about 10 inches below normal. Last month was the driest at Denver International Airport in nearly 20 years.

The Colorado Department of Transportation said it would have 150 plows on metro-area highways and urged drivers heading to the mountains to check chain-law restrictions on Interstate 70.

Denver Public Schools will announce by 5 a.m. Thursday whether classes are canceled, a district spokesperson said. Several suburban districts said they would make their decisions Wednesday night.

Skiers, meanwhile, are cheering. Some mountain resorts could pick up 2 feet of new snow by the weekend.`,
		[]hoGold{
			{"Thursday morning", "TIME", "2023-02-23TMO", ""},
			{"Tuesday", "DATE", "2023-02-21", ""},
			{"5 p.m. Wednesday", "TIME", "2023-02-22T17:00", ""},
			{"noon Thursday", "TIME", "2023-02-23T12:00", ""},
			{"Wednesday afternoon", "TIME", "2023-02-22TAF", ""},
			{"Thursday morning", "TIME", "2023-02-23TMO", ""},
			{"Tuesday", "DATE", "2023-02-21", ""},
			{"Thursday night", "TIME", "2023-02-23TNI", ""},
			{"early next week", "DATE", "2023-W09", "START"},
			{"Oct. 1", "DATE", "2022-10-01", ""},
			{"Last month", "DATE", "2023-01", ""},
			{"nearly 20 years", "DURATION", "P20Y", "APPROX"},
			{"5 a.m. Thursday", "TIME", "2023-02-23T05:00", ""},
			{"Wednesday night", "TIME", "2023-02-22TNI", ""},
			{"the weekend", "DATE", "2023-W08-WE", ""},
		}},
	{"obit-hardware-store-owner", "2014-06-20", `Margaret "Peg" Lindqvist, who ran a hardware store in St. Louis Park for more than four decades and handed a free packet of seeds to every child who walked through the door, died June 14 at her home in Edina. She was 91.

Lindqvist and her husband, Arne, opened Lindqvist Hardware on Excelsior Boulevard in 1952, a year after they married. After Arne died in 1979, she ran the shop alone until she sold it in the mid-1990s.

"She worked six days a week and did the books on her day off," said her daughter, Karen Holm of Minnetonka. "She took one real vacation in 40 years, and she came home after three days because she was worried about the store. Now, don't get me wrong, she could be tough. But nobody left that store without what they needed."

Born in 1923 on a farm near Moorhead, Lindqvist moved to Minneapolis at 19 to work as a teller at a downtown bank. She met Arne, a Navy veteran, at a church dance.

Customers remembered her as blunt and generous. Every spring she sold tomato seedlings she had started in her basement, charging a quarter apiece, and she kept a jar of dog biscuits on the counter.

In her 80s, she volunteered at a food shelf in Hopkins and taught knitting at the senior center.

She is survived by her daughter, two sons, seven grandchildren and 11 great-grandchildren. Services will be at 11 a.m. Saturday at Mount Olivet Lutheran Church in Minneapolis, with visitation one hour before.`,
		[]hoGold{
			{"more than four decades", "DURATION", "P40Y", "MORE_THAN"},
			{"June 14", "DATE", "2014-06-14", ""},
			{"1952", "DATE", "1952", ""},
			{"a year", "DURATION", "P1Y", ""},
			{"1979", "DATE", "1979", ""},
			{"the mid-1990s", "DATE", "199", "MID"},
			{"six days a week", "SET", "P1W", ""},
			{"40 years", "DURATION", "P40Y", ""},
			{"three days", "DURATION", "P3D", ""},
			{"1923", "DATE", "1923", ""},
			{"Every spring", "SET", "XXXX-SP", ""},
			{"11 a.m. Saturday", "TIME", "2014-06-21T11:00", ""},
			{"one hour", "DURATION", "PT1H", ""},
		}},
	{"stpete-stolen-truck-chase", "2022-08-08", `ST. PETERSBURG — A 34-year-old man was arrested Sunday after police say he led officers on a chase through two cities in a stolen pickup, ending when the truck slammed into a utility pole on 34th Street N.

Officers spotted the silver Ford F-150, which had been reported stolen from a Largo dealership on Thursday, near Tyrone Square Mall about 2:15 a.m., according to an arrest affidavit.

The driver, identified as Derek Moss of Pinellas Park, sped west on 22nd Avenue N at up to 90 mph and ran at least six red lights, police said. The chase lasted about 20 minutes and ended near the intersection of 34th Street N and 38th Avenue N.

Moss suffered minor injuries and was treated at Bayfront Health St. Petersburg before being booked into the Pinellas County jail. He faces charges of grand theft, fleeing to elude and driving with a license that records show was suspended in 2019.

"He put a lot of people at risk for a truck," police spokeswoman Yolanda Fernández said Monday. "We're grateful nobody else got hurt."

It was the third chase involving a stolen vehicle in St. Petersburg in the past month. The department loosened its pursuit policy in March of last year, allowing officers to chase drivers suspected of certain felonies, including vehicle theft. Critics, including two City Council members, have asked for a review.

Moss was being held Monday in lieu of $15,000 bail. He is due in court Aug. 30.`,
		[]hoGold{
			{"Sunday", "DATE", "2022-08-07", ""},
			{"Thursday", "DATE", "2022-08-04", ""},
			{"about 2:15 a.m.", "TIME", "2022-08-07T02:15", "APPROX"},
			{"about 20 minutes", "DURATION", "PT20M", "APPROX"},
			{"2019", "DATE", "2019", ""},
			{"Monday", "DATE", "2022-08-08", ""},
			{"the past month", "DURATION", "P1M", ""},
			{"March of last year", "DATE", "2021-03", ""},
			{"Monday", "DATE", "2022-08-08", ""},
			{"Aug. 30", "DATE", "2022-08-30", ""},
		}},
	{"seattle-i5-express-closure", "2016-01-05", `Drivers who rely on the Interstate 5 express lanes through Seattle should plan for a full closure this weekend, as crews replace worn expansion joints on the Ship Canal Bridge, the state Department of Transportation said Tuesday.

The express lanes will close at 11 p.m. Friday and reopen by 5 a.m. Monday. Two of the four southbound mainline lanes across the bridge will also be shut for about 55 hours.

It is the first of four such closures planned for the project, which is expected to wrap up in late spring.

"We know this is painful," WSDOT spokeswoman Karen Ostrander said. "But these joints date to the 1960s, and they are wearing out faster than we can patch them."

The bridge carries about 180,000 vehicles a day. Last year, a similar closure on the Interstate 90 floating bridge caused backups that stretched past Issaquah and left some drivers stuck for more than two hours.

King County Metro will add trips on several routes Saturday and Sunday, and Sound Transit's Link light rail will run every 10 minutes throughout the weekend. WSDOT urged drivers to combine errands, use transit or avoid the area entirely.

The agency will announce dates for the remaining closures next month.`,
		[]hoGold{
			{"this weekend", "DATE", "2016-W01-WE", ""},
			{"Tuesday", "DATE", "2016-01-05", ""},
			{"11 p.m. Friday", "TIME", "2016-01-08T23:00", ""},
			{"5 a.m. Monday", "TIME", "2016-01-11T05:00", ""},
			{"about 55 hours", "DURATION", "PT55H", "APPROX"},
			{"late spring", "DATE", "2016-SP", "END"},
			{"the 1960s", "DATE", "196", ""},
			{"a day", "SET", "P1D", ""},
			{"Last year", "DATE", "2015", ""},
			{"more than two hours", "DURATION", "PT2H", "MORE_THAN"},
			{"Saturday", "DATE", "2016-01-09", ""},
			{"Sunday", "DATE", "2016-01-10", ""},
			{"every 10 minutes", "SET", "PT10M", ""},
			{"the weekend", "DATE", "2016-W01-WE", ""},
			{"next month", "DATE", "2016-02", ""},
		}},
	{"roncesvalles-restaurant-closing", "2023-11-02", `After 38 years of serving pierogies and cabbage rolls on Roncesvalles Avenue, Baba Halya's Kitchen is closing its doors.

The family-run restaurant will serve its last meal on Nov. 26, owner Oksana Wirsta announced on Instagram Tuesday. The post had drawn more than 4,000 comments by Wednesday.

"My parents opened this place in 1985 with six tables and a borrowed stove," said Wirsta, 52, who took over from her mother in 2011. "Our rent has tripled in the last five years, and food costs are up 30 per cent. We just can't make the numbers work."

Wirsta said the building's owner, a numbered company, declined to renew the lease, which expires at the end of the year. The company did not respond to requests for comment Wednesday.

Regulars have been lining up since the announcement. On Wednesday night, the line stretched down the block for nearly two hours, and the kitchen ran out of potato pierogies before 8 p.m.

To meet demand, the restaurant will also open on Mondays until it closes.

The Roncesvalles Village BIA says at least a dozen independent businesses on the strip have shut down in the past two years, many of them citing rent increases.

Wirsta said the family hopes to sell its pierogies frozen at farmers' markets starting next spring. "People keep asking for the recipe," she said. "They'll have to keep asking."`,
		[]hoGold{
			{"38 years", "DURATION", "P38Y", ""},
			{"Nov. 26", "DATE", "2023-11-26", ""},
			{"Tuesday", "DATE", "2023-10-31", ""},
			{"Wednesday", "DATE", "2023-11-01", ""},
			{"1985", "DATE", "1985", ""},
			{"2011", "DATE", "2011", ""},
			{"the last five years", "DURATION", "P5Y", ""},
			{"the end of the year", "DATE", "2023", "END"},
			{"Wednesday", "DATE", "2023-11-01", ""},
			{"Wednesday night", "TIME", "2023-11-01TNI", ""},
			{"nearly two hours", "DURATION", "PT2H", "APPROX"},
			{"8 p.m.", "TIME", "2023-11-01T20:00", ""},
			{"Mondays", "SET", "XXXX-WXX-1", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"next spring", "DATE", "2024-SP", ""},
		}},
	{"sackville-house-fire", "2018-02-14", `A family of five is safe but without a home after fire destroyed their house in Lower Sackville early Tuesday, according to Halifax Regional Fire and Emergency.

Crews were called to the two-storey home on Beaver Bank Road around 3:40 a.m. and found flames coming through the roof, said district chief Mark Tobin.

"By the time we arrived, the whole back of the house was involved," Tobin said Wednesday. "The family did everything right. They had working smoke alarms and they got out quickly."

Firefighters spent about four hours at the scene. No one was hurt, though one firefighter was treated for exhaustion.

The family had recently moved to the house from Dartmouth, a neighbour said. The Canadian Red Cross is helping the parents and their three children, aged 4, 9 and 12, with emergency lodging, food and clothing.

The cause of the fire is under investigation, but Tobin said it does not appear suspicious. An investigator with the Office of the Fire Marshal is expected to return to the property Thursday.

It's the third house fire in the Sackville area since January. Halifax Regional Fire responded to 86 structure fires across the municipality in 2017.

Neighbours have set up an online fundraiser, which had raised more than $12,000 by Wednesday afternoon.`,
		[]hoGold{
			{"early Tuesday", "DATE", "2018-02-13", "START"},
			{"around 3:40 a.m.", "TIME", "2018-02-13T03:40", "APPROX"},
			{"Wednesday", "DATE", "2018-02-14", ""},
			{"about four hours", "DURATION", "PT4H", "APPROX"},
			{"recently", "DATE", "PAST_REF", ""},
			{"Thursday", "DATE", "2018-02-15", ""},
			{"January", "DATE", "2018-01", ""},
			{"2017", "DATE", "2017", ""},
			{"Wednesday afternoon", "TIME", "2018-02-14TAF", ""},
		}},
	{"lakeville-north-section-semi", "2015-10-31", `LAKEVILLE, Minn. — Junior quarterback Tyler Brandt threw for 312 yards and four touchdowns Friday night as Lakeville North beat Eagan 35-28 in the Class 6A Section 3 semifinals, sending the Panthers to the section final for the first time since 2009.

Eagan led 21-14 at halftime behind two long runs from senior Marcus Olatunji, who finished with 188 yards on 22 carries. But Brandt connected with Jake Svoboda on touchdown passes of 41 and 17 yards after the break, and the Panthers' defense forced two fumbles inside its own 20.

The game was delayed 45 minutes by lightning before kickoff.

"We've been waiting six years for this," head coach Rick Hanson said. "These seniors were in middle school the last time we got this far. Tonight they earned it."

Brandt, a 16-year-old who was the backup until the starter broke his wrist, has thrown for 2,104 yards and 23 touchdowns.

Lakeville North (7-3) will face top-seeded Eden Prairie at 7 p.m. Thursday at Eden Prairie High School. The Eagles beat the Panthers 42-10 in September.

Lakeville North's only state title came in 1997. Eden Prairie has won nine state championships since 1996.

Tickets for Thursday's game go on sale Monday at both schools.`,
		[]hoGold{
			{"Friday night", "TIME", "2015-10-30TNI", ""},
			{"2009", "DATE", "2009", ""},
			{"45 minutes", "DURATION", "PT45M", ""},
			{"six years", "DURATION", "P6Y", ""},
			{"Tonight", "TIME", "2015-10-30TNI", ""},
			{"7 p.m. Thursday", "TIME", "2015-11-05T19:00", ""},
			{"September", "DATE", "2015-09", ""},
			{"1997", "DATE", "1997", ""},
			{"1996", "DATE", "1996", ""},
			{"Thursday", "DATE", "2015-11-05", ""},
			{"Monday", "DATE", "2015-11-02", ""},
		}},
	{"psu-womens-bigsky-upset", "2024-03-08", `BOISE, Idaho — Portland State's season is still alive.

Senior guard Maya Kaufusi scored 24 points, including a go-ahead 3-pointer from the corner, and the seventh-seeded Vikings upset No. 2 seed Northern Arizona 71-66 in the Big Sky tournament quarterfinals Thursday night at Idaho Central Arena.

The Vikings, who lost 11 of their first 14 games, have won eight of their past 10 and are currently 15-16 overall.

"In December, nobody wanted to talk to us," Kaufusi said. "We kept showing up to practice, and look at us."

Coach Lisa Moreno said the team used a week off before the tournament to rest nagging injuries. "We were beat up in February," she said. "The rest changed everything."

Northern Arizona, which had won 12 straight, got 19 points and 11 rebounds from Sophie Lind but shot 4 of 22 from 3-point range. The Lumberjacks were hoping for an at-large bid to the NCAA tournament.

Portland State faces third-seeded Montana State in the semifinals at 2 p.m. Saturday. The title game is set for 1 p.m. Sunday, with the winner earning the conference's automatic bid.

The Vikings last reached the NCAA tournament in 2010 and last won a Big Sky tournament game three years ago.`,
		[]hoGold{
			{"Thursday night", "TIME", "2024-03-07TNI", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"December", "DATE", "2023-12", ""},
			{"a week", "DURATION", "P1W", ""},
			{"February", "DATE", "2024-02", ""},
			{"2 p.m. Saturday", "TIME", "2024-03-09T14:00", ""},
			{"1 p.m. Sunday", "TIME", "2024-03-10T13:00", ""},
			{"2010", "DATE", "2010", ""},
			{"three years ago", "DATE", "2021", ""},
		}},
	{"lakewood-fourth-parade-heat", "2012-07-02", `LAKEWOOD, Ohio -- Lakewood's Fourth of July parade will go on as planned Wednesday despite the heat wave that has baked Northeast Ohio for the past week, organizers said Monday.

The parade steps off at 10 a.m. from Webb Road and travels about 2 miles along Detroit Avenue to Lakewood Park. Organizers moved the start up by an hour this year to beat the worst of the heat, with temperatures forecast to reach the mid-90s by early afternoon.

"We've held this parade every year since 1947, through rain and cold and one tornado warning," said Jim O'Malley, who has chaired the Lakewood Fourth of July Commission for 12 years. "We're not going to let a little sunshine stop us."

The city will set up cooling stations with water and misting fans every half mile along the route, and paramedics will be stationed at four intersections. Spectators are urged to bring water, hats and sunscreen, and to leave pets at home.

Fireworks at Lakewood Park are scheduled to begin around 9:45 p.m. and last about 20 minutes. A fire ban issued by the state does not apply to professional displays, the fire chief said.

The Lakewood Senior Center will remain open as a cooling center through Friday.

Last year, the parade drew an estimated 20,000 spectators and 85 entries, including marching bands, antique cars and a float shaped like a giant hot dog.`,
		[]hoGold{
			{"Fourth of July", "DATE", "2012-07-04", ""},
			{"Wednesday", "DATE", "2012-07-04", ""},
			{"the past week", "DURATION", "P1W", ""},
			{"Monday", "DATE", "2012-07-02", ""},
			{"10 a.m.", "TIME", "2012-07-04T10:00", ""},
			{"an hour", "DURATION", "PT1H", ""},
			{"this year", "DATE", "2012", ""},
			{"early afternoon", "TIME", "2012-07-04TAF", "START"},
			{"every year", "SET", "P1Y", ""},
			{"1947", "DATE", "1947", ""},
			{"12 years", "DURATION", "P12Y", ""},
			{"around 9:45 p.m.", "TIME", "2012-07-04T21:45", "APPROX"},
			{"about 20 minutes", "DURATION", "PT20M", "APPROX"},
			{"Friday", "DATE", "2012-07-06", ""},
			{"Last year", "DATE", "2011", ""},
		}},
	{"summit-gear-q3-results", "2013-10-24", `Englewood-based outdoor retailer Summit Gear Co. said Wednesday that its third-quarter profit rose 18 percent, helped by strong sales of outerwear and camping gear and a solid debut for its three new Front Range stores.

The company earned $14.2 million, or 41 cents a share, in the quarter, up from $12 million, or 35 cents a share, a year earlier. Revenue climbed 11 percent to $188 million, and sales at stores open at least a year rose 6.3 percent.

"Our customers are spending again, and they're spending on quality," chief executive Dana Whitfield said on a conference call with analysts Thursday morning.

Shares of Summit Gear rose 6 percent to $31.40 in midday trading Thursday.

The company raised its forecast for the full year and now expects earnings of $1.85 to $1.90 a share. For the fourth quarter, it expects revenue of $240 million to $250 million.

Whitfield said the chain was also watching the weather. "Snow on the ground is worth more to us than any marketing campaign," she said.

Summit Gear, founded in 1978 as a single ski shop in Boulder, operates 46 stores in nine states. It plans to open four more in the first half of next year, including its first two in Texas, and is looking at sites in Salt Lake City.`,
		[]hoGold{
			{"Wednesday", "DATE", "2013-10-23", ""},
			{"third-quarter", "DATE", "2013-Q3", ""},
			{"the quarter", "DATE", "2013-Q3", ""},
			{"a year earlier", "DATE", "2012-Q3", ""},
			{"at least a year", "DURATION", "P1Y", "EQUAL_OR_MORE"},
			{"Thursday morning", "TIME", "2013-10-24TMO", ""},
			{"Thursday", "DATE", "2013-10-24", ""},
			{"the full year", "DATE", "2013", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the fourth quarter", "DATE", "2013-Q4", ""},
			{"1978", "DATE", "1978", ""},
			{"the first half of next year", "DATE", "2014-H1", ""},
		}},
	{"medford-ward3-recount", "2018-11-21", `MEDFORD, Ore. — A hand recount confirmed that Elena Ruiz won the Ward 3 seat on the Medford City Council by 19 votes, the Jackson County Clerk's office said.

Ruiz, 44, finished with 2,019 votes to 2,000 for incumbent Tom Becker, 61, who was seeking a third term. A third candidate, 29-year-old Marcus Hale, received 412 votes. The machine count had put Ruiz ahead by 23, but the recount of all 4,431 ballots found four that the scanners had misread.

Turnout in the ward was 58.6 percent, compared with 52.1 percent citywide.

"Every vote really does count," Ruiz said at her campaign office at 1120 Court St. "Nineteen people decided this race, and I intend to earn the trust of the other 2,000."

Becker, a retired firefighter, said he would not challenge the result. "The voters spoke, and the clerk's staff did careful work," he said.

State law requires an automatic recount only when the margin between the top two candidates is no more than one-fifth of 1 percent of the votes cast. The Ward 3 margin was 0.43 percent, so Becker's campaign requested the recount and put down a deposit of $1,500. The final cost was $3,850.

Ruiz will be the third woman on the seven-member council.

Voters also approved Measure 15-210, a $4.2 million bond for parks and trails, by a vote of 11,842 to 9,377. The bond will pay for a new playground at 2300 Spring St. and repairs to the pool at 1945 W. Main St.`,
		[]hoGold{}},
	{"northwest-little-league-district", "2019-07-15", `SPOKANE — The Northwest Little League 12-and-under all-stars scored eight runs in the bottom of the fourth inning and beat Central Valley 11-3 to win the District 5 championship at Merkel Field.

Twelve-year-old shortstop Diego Alvarez went 3-for-4 with a two-run double and four RBIs, and 11-year-old Owen Park struck out nine over 4 2/3 innings, allowing three runs on five hits.

Central Valley took a 3-0 lead in the top of the second when Brady Kline hit a three-run homer that cleared the 200-foot sign in left-center. Northwest answered with a run in the third and broke it open in the fourth, sending 13 batters to the plate.

The win improved Northwest to 6-0 in district play; the team has outscored its opponents 58-12.

"These kids have been playing together since they were 7," manager Luis Ortega said. "They pick each other up."

Northwest advances to the state tournament in Wenatchee, where it opens against the District 2 champion. The team needs to raise about $9,500 to cover travel, lodging and meals for 13 players and four coaches. Donations can be dropped off at Banner Bank, 1919 N. Division St., or made at the team's car wash at 2525 E. 29th Ave.

A crowd of about 1,200 watched the final, including 83-year-old Walt Henning, who played on the league's first all-star team and threw out the first pitch. The league sold 1,996 hot dogs, 840 bottles of water and 310 snow cones, a spokesperson said.`,
		[]hoGold{}},
	{"beaverton-farmers-market-opens", "2025-05-20", `BEAVERTON, Ore. — The Beaverton Farmers Market opens Saturday, and for the first time in its history it will run twice a week.

Market manager Rosa Jimenez said the market will be open every Saturday through Oct. 25, and on Wednesday afternoons starting June 18 in the City Park lot on Hall Boulevard.

"Our vendors have been asking for a weekday market for a decade," Jimenez said. "And shoppers told us the crowds had gotten to be too much."

Mayor Diane Kerr will cut a ribbon at 8 a.m. Saturday, a half hour before the first customers are let in.

About 140 vendors will rotate through the market this year, selling everything from asparagus and strawberries to tamales and goat cheese. Vendors pay $45 a day for a booth. New this year is a free shuttle from the Beaverton Transit Center that will run every 15 minutes.

The market will also match up to $20 in SNAP benefits per shopper twice a month, a program paid for by a state grant and local donors.

The market started in 1988 with 12 farmers in a bank parking lot and now draws up to 20,000 visitors a week at its peak.

Last year, its season was cut short by two weeks because of wildfire smoke in September. Jimenez said vendors have a plan to move under the covered plaza if the air turns bad.`,
		[]hoGold{
			{"Saturday", "DATE", "2025-05-24", ""},
			{"twice a week", "SET", "P1W", ""},
			{"every Saturday", "SET", "XXXX-WXX-6", ""},
			{"Oct. 25", "DATE", "2025-10-25", ""},
			{"Wednesday afternoons", "SET", "XXXX-WXX-3TAF", ""},
			{"June 18", "DATE", "2025-06-18", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"8 a.m. Saturday", "TIME", "2025-05-24T08:00", ""},
			{"a half hour", "DURATION", "PT30M", ""},
			{"this year", "DATE", "2025", ""},
			{"a day", "SET", "P1D", ""},
			{"this year", "DATE", "2025", ""},
			{"every 15 minutes", "SET", "PT15M", ""},
			{"twice a month", "SET", "P1M", ""},
			{"1988", "DATE", "1988", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"a week", "SET", "P1W", ""},
			{"Last year", "DATE", "2024", ""},
			{"two weeks", "DURATION", "P2W", ""},
			{"September", "DATE", "2024-09", ""},
		}},
	{"red-river-crest-outlook", "2026-04-15", `The Red River is expected to crest in Winnipeg between April 24 and April 28 at levels well below those of the 2009 and 2011 floods, Manitoba's Hydrologic Forecast Centre said Tuesday.

Ice on the river began breaking up south of the city last weekend, about a week earlier than usual, after a mild, dry March.

"We're in a much better spot than we were a month ago," said forecaster Tanya Desrosiers. "But April can still surprise us. One big rainstorm could change the picture quickly."

The province expects to begin operating the Red River Floodway as early as Friday to keep water levels inside the city down.

Highway 75 south of Morris could close for up to 10 days if water spills over the road, officials said. In 2011, the highway was closed for 31 days, cutting off the main trucking route between Winnipeg and the United States.

Forecast updates will be issued daily until the crest passes. Residents can also check river levels on the province's flood information website, which is refreshed every six hours.

Red River floods have been recorded since the 19th century. The floodway, built in the 1960s and expanded after the 1997 flood, has been used more than 35 times and is credited with preventing billions of dollars in damage.`,
		[]hoGold{
			{"April 24", "DATE", "2026-04-24", ""},
			{"April 28", "DATE", "2026-04-28", ""},
			{"2009", "DATE", "2009", ""},
			{"2011", "DATE", "2011", ""},
			{"Tuesday", "DATE", "2026-04-14", ""},
			{"last weekend", "DATE", "2026-W15-WE", ""},
			{"about a week", "DURATION", "P1W", "APPROX"},
			{"March", "DATE", "2026-03", ""},
			{"a month ago", "DATE", "2026-03", ""},
			{"April", "DATE", "2026-04", ""},
			{"Friday", "DATE", "2026-04-17", ""},
			{"up to 10 days", "DURATION", "P10D", "EQUAL_OR_LESS"},
			{"2011", "DATE", "2011", ""},
			{"31 days", "DURATION", "P31D", ""},
			{"daily", "SET", "P1D", ""},
			{"every six hours", "SET", "PT6H", ""},
			{"the 19th century", "DATE", "18", ""},
			{"the 1960s", "DATE", "196", ""},
			{"1997", "DATE", "1997", ""},
		}},
}

func TestEnglishHeldOut28(t *testing.T) { guardHeldOut(t, "English 28", enHeldOut28, "en", 0.92) }
