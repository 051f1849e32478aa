package extract

import "testing"

// enHeldOut13 is the thirteenth blind English held-out set: 16 invented but
// realistic whole news articles in the style of general news as published in
// 2012-2016 by AP, Reuters (including Reuters Health), AFP English, BBC News,
// CNN, The Guardian and USA Today. Topics: Senate budget politics, quarterly
// earnings, UK floods, an arson sentencing, a health study, an NFL recap, a
// Championship fixture preview, a smartwatch launch, a UK bus strike, a
// Philippine earthquake, the flu season, a robbery arrest, U.S. inflation data
// and UK store closures, plus two number-heavy articles (a record house sale
// with year-like street numbers, an election recount tally such as "2,019
// votes" and "Precinct 2012") that contain no temporal expression at all.
// Each article has its own DCT (its publication date; datelines agree with it).
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 conventions with TimeBank 1.2
// practice where TimeML leaves a choice: spans include determiners and
// modifiers but not leading prepositions; bare weekdays and months resolve to
// the occurrence meant (past tense: most recent before the DCT; future: next
// after it); "the next day" resolves against the last narrated date; "N days
// later" is a DURATION whose span leaves out "later"; "a year earlier" in
// results is the compared period (quarter, month or half); "$21 a month" makes
// "a month" a SET; "a 10-year note", "a three-week trial" are DURATIONs; in
// "the night of Oct. 23, 2014" only the date is tagged; ages ("a 44-year-old",
// "6 months and older", "their 70s") and sports scores are not timexes.
// Relative values were computed from each DCT with Python's datetime.
// The set was written blind, without reading the tagger's source, tests or data.
//
// First run, on the committed tagger (50928cb) before any fix it prompted:
// relaxed F1 0.992, value accuracy 0.962, value F1 0.954.
var enHeldOut13 = []hoCase{
	{"ap-senate-stopgap-vote", "2013-03-20", `WASHINGTON (AP) — The Senate moved closer to averting a government shutdown on Tuesday, voting 73-26 to advance a stopgap spending bill that would keep federal agencies running through the end of September.

A final vote is expected Thursday, and the House could take up the measure as early as Friday morning. Existing funding expires March 27.

"Nobody wants to go through another shutdown scare," said Sen. Margaret Hollis, D-Ore., who chairs the Appropriations Committee. "People back home are tired of watching us run up against deadlines, and frankly, so am I."

Debate began Monday afternoon and stretched until about 9 p.m. EDT Tuesday, as senators from both parties lined up to offer amendments. Most were rejected on party-line votes.

Republicans had threatened last month to block the bill unless it included new limits on health care spending. They dropped that demand after party leaders met privately with White House officials over the weekend.

The measure leaves in place $85 billion in automatic spending cuts that took effect March 1, though it gives the Pentagon more flexibility over the next six months in deciding where the cuts fall. Defense contractors had warned that the cuts could force thousands of layoffs.

The fight is the latest in a string of budget battles that began after Republicans won control of the House in 2010. Two years ago, lawmakers reached a last-minute deal to keep the government open.

House leaders said they hoped to send the bill to President Barack Obama next week, before lawmakers leave for a two-week recess. Work on the 2014 budget is set to begin in April.`,
		[]hoGold{
			{"Tuesday", "DATE", "2013-03-19", ""},
			{"the end of September", "DATE", "2013-09", "END"},
			{"Thursday", "DATE", "2013-03-21", ""},
			{"Friday morning", "TIME", "2013-03-22TMO", ""},
			{"March 27", "DATE", "2013-03-27", ""},
			{"Monday afternoon", "TIME", "2013-03-18TAF", ""},
			{"about 9 p.m. EDT Tuesday", "TIME", "2013-03-19T21:00", "APPROX"},
			{"last month", "DATE", "2013-02", ""},
			{"the weekend", "DATE", "2013-W11-WE", ""},
			{"March 1", "DATE", "2013-03-01", ""},
			{"the next six months", "DURATION", "P6M", ""},
			{"2010", "DATE", "2010", ""},
			{"Two years ago", "DATE", "2011", ""},
			{"next week", "DATE", "2013-W13", ""},
			{"two-week", "DURATION", "P2W", ""},
			{"2014", "DATE", "2014", ""},
			{"April", "DATE", "2013-04", ""},
		}},
	{"reuters-halvorsen-q2-profit", "2014-07-24", `(Reuters) - Networking equipment maker Halvorsen Systems Inc reported a higher-than-expected second-quarter profit on Wednesday, helped by strong demand from telecom carriers in Asia, and raised its revenue forecast for the year, sending its shares up 6 percent in extended trading.

Net income rose to $212 million, or 41 cents per share, in the second quarter, from $174 million, or 33 cents per share, a year earlier. Revenue rose 9 percent to $1.86 billion.

Analysts on average had expected earnings of 36 cents per share on revenue of $1.79 billion, according to Thomson Reuters I/B/E/S.

"We saw orders pick up sharply in June, and that momentum has carried into the current quarter," Chief Executive Laura Brennan said on a conference call with analysts.

The company now expects revenue of $7.3 billion to $7.5 billion for 2014, up from its previous forecast of $7.1 billion to $7.3 billion. It forecast third-quarter earnings of 40 cents to 43 cents per share, above the average analyst estimate of 38 cents.

Halvorsen has struggled over the past two years as cable operators delayed network upgrades and Chinese rivals undercut it on price. The company cut about 1,200 jobs last year and recently sold its consumer router business to a private equity firm for $310 million.

Brennan said the company would give more detail on its plans for software-defined networking at an investor day on Sept. 16 in New York.

Shares of the San Jose, California-based company closed at $38.12 on the Nasdaq on Wednesday. They had risen about 14 percent this year, compared with a 7 percent gain in the Nasdaq Composite index.`,
		[]hoGold{
			{"second-quarter", "DATE", "2014-Q2", ""},
			{"Wednesday", "DATE", "2014-07-23", ""},
			{"the year", "DATE", "2014", ""},
			{"the second quarter", "DATE", "2014-Q2", ""},
			{"a year earlier", "DATE", "2013-Q2", ""},
			{"June", "DATE", "2014-06", ""},
			{"the current quarter", "DATE", "2014-Q3", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2014", "DATE", "2014", ""},
			{"third-quarter", "DATE", "2014-Q3", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"last year", "DATE", "2013", ""},
			{"recently", "DATE", "PAST_REF", ""},
			{"Sept. 16", "DATE", "2014-09-16", ""},
			{"Wednesday", "DATE", "2014-07-23", ""},
			{"this year", "DATE", "2014", ""},
		}},
	{"bbc-boxing-day-floods", "2015-12-27", `Thousands of homes in northern England have been flooded after torrential rain caused rivers to burst their banks on Boxing Day.

The Environment Agency issued 22 severe flood warnings - meaning a danger to life - across Lancashire and Yorkshire on Saturday evening, and soldiers were drafted in to help evacuate residents from the worst-hit streets.

Some areas received 130mm of rain in 24 hours, the Met Office said.

In the city of York, more than 300 people spent Saturday night in a leisure centre after the River Foss rose above its defences.

"This is an unprecedented situation," said Jane Holt, from the Environment Agency. "River levels we are seeing today have never been recorded before, and we are asking people to stay away from the water."

Prime Minister David Cameron said he would chair a meeting of the government's emergency committee, Cobra, on Monday.

It is the third major flood to hit the north of England this month, after Storm Desmond brought record rainfall to Cumbria in early December. Some families in Carlisle who were forced from their homes by that flood have still not been able to return.

Forecasters warned the next 48 hours would be critical, with more rain expected on Tuesday and Wednesday and up to 50mm possible on high ground.

The Met Office said December was on course to be the wettest calendar month in the UK since records began in 1910.

Network Rail said several lines across the Pennines would remain closed while engineers inspected bridges and embankments, and motorists were urged not to drive through floodwater.`,
		[]hoGold{
			{"Boxing Day", "DATE", "2015-12-26", ""},
			{"Saturday evening", "TIME", "2015-12-26TEV", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"Saturday night", "TIME", "2015-12-26TNI", ""},
			{"today", "DATE", "2015-12-27", ""},
			{"Monday", "DATE", "2015-12-28", ""},
			{"this month", "DATE", "2015-12", ""},
			{"early December", "DATE", "2015-12", "START"},
			{"the next 48 hours", "DURATION", "PT48H", ""},
			{"Tuesday", "DATE", "2015-12-29", ""},
			{"Wednesday", "DATE", "2015-12-30", ""},
			{"December", "DATE", "2015-12", ""},
			{"1910", "DATE", "1910", ""},
		}},
	{"ap-phoenix-arson-sentence", "2016-02-11", `PHOENIX (AP) — A former nursing assistant who set fire to a Phoenix apartment building, killing a grandmother and her grandson, was sentenced Wednesday to 35 years in prison.

Marcus Lee Dunn, 31, showed no emotion as Maricopa County Superior Court Judge Ellen Tran read the sentence. Under Arizona law, he will not be eligible for release until 2049.

Prosecutors said Dunn poured gasoline in the stairwell of the four-story building on the night of Oct. 23, 2014, after an argument with his former girlfriend, who lived on the third floor.

The fire spread within minutes. Firefighters arrived at about 11:40 p.m. to find residents climbing down from balconies on knotted bedsheets. Elena Vasquez, 68, and her 9-year-old grandson, Adrian, died of smoke inhalation in their apartment.

Dunn was arrested two days later at a motel in Flagstaff. Jurors convicted him in December of two counts of second-degree murder and one count of arson after a three-week trial.

"I think about my son every single day," Adrian's mother, Carmen Vasquez, told the court. "He was a happy little boy who loved dinosaurs and baseball."

Tran said Dunn had shown "no remorse whatsoever" and had put the lives of 40 other residents at risk.

The building had failed a city fire inspection in 2013 because of broken smoke detectors, records show. Its owner later paid a $75,000 fine.

Defense attorney Paul Reyes said Wednesday afternoon that his client would appeal. Under court rules, the notice of appeal must be filed within 20 days.`,
		[]hoGold{
			{"Wednesday", "DATE", "2016-02-10", ""},
			{"35 years", "DURATION", "P35Y", ""},
			{"2049", "DATE", "2049", ""},
			{"Oct. 23, 2014", "DATE", "2014-10-23", ""},
			{"about 11:40 p.m.", "TIME", "2014-10-23T23:40", "APPROX"},
			{"two days", "DURATION", "P2D", ""},
			{"December", "DATE", "2015-12", ""},
			{"three-week", "DURATION", "P3W", ""},
			{"every single day", "SET", "P1D", ""},
			{"2013", "DATE", "2013", ""},
			{"Wednesday afternoon", "TIME", "2016-02-10TAF", ""},
			{"20 days", "DURATION", "P20D", ""},
		}},
	{"reuters-health-walking-dementia", "2012-09-05", `NEW YORK (Reuters Health) - Older adults who walk for at least 30 minutes each day are less likely to develop dementia than those who lead a sedentary life, according to a large U.S. study published on Tuesday.

Researchers followed 6,400 men and women aged 65 and older for about eight years. Participants were interviewed and given memory tests twice a year. Those who walked regularly were 38 percent less likely to be diagnosed with dementia during the study, even after the researchers accounted for age, education, smoking and heart disease.

The benefit appeared even among people who did not start exercising until their 70s.

"It's never too late to start," said Dr. Rachel Okafor of the University of Pittsburgh, who led the study. "Even people who had been inactive for many years showed a measurable benefit within two years."

The findings, published in the Archives of Geriatric Medicine, add to a growing body of evidence linking physical activity to brain health. The study began in the 1990s, before brain scans were widely used to diagnose the disease, so some cases may have been missed, the authors noted.

Dementia affects about 36 million people worldwide, and the number of cases is expected to double every 20 years, reaching 66 million by 2030, according to the World Health Organization.

Dr. James Whitford, a neurologist at Johns Hopkins University who was not involved in the research, said the study could not prove that walking itself protected the brain. People who walk more may simply be healthier to begin with, he said.

Okafor's team will present results from a related study of swimming and cycling at a conference in Vancouver next month.`,
		[]hoGold{
			{"at least 30 minutes", "DURATION", "PT30M", "EQUAL_OR_MORE"},
			{"each day", "SET", "P1D", ""},
			{"Tuesday", "DATE", "2012-09-04", ""},
			{"about eight years", "DURATION", "P8Y", "APPROX"},
			{"twice a year", "SET", "P1Y", ""},
			{"many years", "DURATION", "PXY", ""},
			{"two years", "DURATION", "P2Y", ""},
			{"the 1990s", "DATE", "199", ""},
			{"every 20 years", "SET", "P20Y", ""},
			{"2030", "DATE", "2030", ""},
			{"next month", "DATE", "2012-10", ""},
		}},
	{"ap-broncos-raiders-recap", "2014-11-03", `DENVER (AP) — Tyler Brandt threw for 312 yards and three touchdowns, and the Denver Broncos held off the Oakland Raiders 27-24 on Sunday for their fourth straight victory.

Brandt found Kevin Ashford for a 41-yard score on the game's final drive, and Denver's defense stopped Oakland on fourth-and-2 at the Broncos' 38 to seal it.

The Raiders (0-8) rallied from a 20-3 halftime deficit behind rookie quarterback Jalen Moss, who completed 22 of 35 passes for 271 yards and two scores. Oakland remains the only winless team in the NFL.

"We keep getting close, and close doesn't count," Raiders coach Dan Pritchard said. "I told the guys in there, we've got to learn how to finish."

Kickoff was delayed about 40 minutes because of heavy snow, and the crowd of 76,512 saw a game played on a field that had to be cleared twice by grounds crews.

Brandt, who missed three weeks in September with a sprained ankle, has thrown 11 touchdown passes in his last four games.

"He's seeing the field as well as anybody right now," Denver coach Mike Rhodes said.

Ashford finished with nine catches for 144 yards. Running back Terrell Gaines added 87 yards on 19 carries, including a 12-yard touchdown run that put Denver up 27-17.

Sebastian Kohl kicked a 52-yard field goal for the Raiders, and linebacker Darnell Rice had two of Oakland's four sacks.

The Broncos have won 14 straight home games against AFC West opponents dating to 2011.

NOTES: Denver S Chris Waller left with a concussion and did not return. ... Raiders WR Marcus Hill (hamstring) was inactive.

UP NEXT

Raiders: Host San Diego on Thursday night.

Broncos: At New England next Sunday.`,
		[]hoGold{
			{"Sunday", "DATE", "2014-11-02", ""},
			{"about 40 minutes", "DURATION", "PT40M", "APPROX"},
			{"three weeks", "DURATION", "P3W", ""},
			{"September", "DATE", "2014-09", ""},
			{"right now", "DATE", "PRESENT_REF", ""},
			{"2011", "DATE", "2011", ""},
			{"Thursday night", "TIME", "2014-11-06TNI", ""},
			{"next Sunday", "DATE", "2014-11-09", ""},
		}},
	{"guardian-brighton-derby-preview", "2016-04-08", `Brighton's head coach has told his players they cannot afford to look beyond Saturday evening's game against Derby, insisting the race for automatic promotion will not be decided by one result.

Brighton are second in the Championship, two points behind Burnley with six games remaining. Kick-off at the Amex is at 5.30pm, and a crowd of almost 30,000 is expected.

"We have been in this position before and we know how it feels when it goes wrong," said Tomas Eriksen, whose side lost in the play-off semi-finals two years ago. "But the players have been magnificent since January. Nobody is getting carried away."

Derby, who beat Brighton 2-1 at Pride Park in November, are fifth and still need points to secure a play-off place. Their captain, Jamie Whitlock, returned to training this week after a six-week absence with a hamstring injury and could start.

Burnley travel to Fulham on Monday night and will go four points clear with a win.

"It's going to be a tense four weeks," Eriksen said. "I'd rather be in our position than anybody else's. We just have to keep winning."

Brighton have not played in the top flight since 1983, and the club has invested heavily in a new training ground, which opened last year, and an academy that is producing first-team players.

The final round of fixtures is on 7 May, with the play-off final at Wembley on 28 May.

Eriksen confirmed that the Spanish winger Dani Ferrer would miss the rest of the campaign after knee surgery, but said the defender Liam Cotter had recovered from illness.`,
		[]hoGold{
			{"Saturday evening", "TIME", "2016-04-09TEV", ""},
			{"5.30pm", "TIME", "2016-04-09T17:30", ""},
			{"two years ago", "DATE", "2014", ""},
			{"January", "DATE", "2016-01", ""},
			{"November", "DATE", "2015-11", ""},
			{"this week", "DATE", "2016-W14", ""},
			{"six-week", "DURATION", "P6W", ""},
			{"Monday night", "TIME", "2016-04-11TNI", ""},
			{"four weeks", "DURATION", "P4W", ""},
			{"1983", "DATE", "1983", ""},
			{"last year", "DATE", "2015", ""},
			{"7 May", "DATE", "2016-05-07", ""},
			{"28 May", "DATE", "2016-05-28", ""},
		}},
	{"usatoday-smartwatch-launch", "2015-09-10", `SAN FRANCISCO — Veridian unveiled its long-awaited Halo smartwatch on Wednesday, betting that longer battery life and a lower price will win over shoppers who have shrugged at wearable devices.

The watch goes on sale Sept. 25 in the U.S. and 12 other countries for $249, or $21 a month over 12 months through the company's financing plan. Pre-orders open at 12:01 a.m. PT Saturday.

Speaking to a packed auditorium at the Moscone Center, CEO Priya Raman said the Halo can run for up to seven days on a single charge, compared with about 18 hours for most rival watches.

"People told us they were tired of charging their watch every day," Raman said. "So we went back to the drawing board."

The company, which makes fitness bands, sold 3.1 million devices in the second quarter, according to research firm IDC, up from 1.9 million a year earlier. A cheaper model without a heart-rate sensor will arrive this fall.

Analysts were cautiously optimistic.

"Smartwatches have been a tough sell for the past two years," said Carolina Mendes, an analyst at Forrester Research. "Right now, most people don't see why they need one. Battery life is the biggest complaint we hear, so Veridian is going after the right problem."

Veridian shares rose 4% to $31.40 on Wednesday. The stock has fallen by nearly a third since the company went public in June 2014.

Raman also announced a partnership with three major health insurers, which will offer discounts to customers who share their activity data. Privacy advocates have criticized similar programs.`,
		[]hoGold{
			{"Wednesday", "DATE", "2015-09-09", ""},
			{"Sept. 25", "DATE", "2015-09-25", ""},
			{"a month", "SET", "P1M", ""},
			{"12 months", "DURATION", "P12M", ""},
			{"12:01 a.m. PT Saturday", "TIME", "2015-09-12T00:01", ""},
			{"up to seven days", "DURATION", "P7D", "EQUAL_OR_LESS"},
			{"about 18 hours", "DURATION", "PT18H", "APPROX"},
			{"every day", "SET", "P1D", ""},
			{"the second quarter", "DATE", "2015-Q2", ""},
			{"a year earlier", "DATE", "2014-Q2", ""},
			{"this fall", "DATE", "2015-FA", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"Right now", "DATE", "PRESENT_REF", ""},
			{"Wednesday", "DATE", "2015-09-09", ""},
			{"June 2014", "DATE", "2014-06", ""},
		}},
	{"ap-portland-record-home-sale", "2015-06-18", `PORTLAND, Maine (AP) — A four-bedroom Victorian house at 2014 Congress Street has sold for $1,995,000, the highest price ever paid for a single-family home in the city's West End, according to county property records.

The 3,850-square-foot house, which sits on a 0.4-acre lot, drew 11 offers. The winning bid came in $245,000 above the asking price of $1,750,000, said listing agent Rebecca Thorne of Casco Bay Realty.

"Eleven offers at this price point is something I have never seen in this market," said Thorne, who has handled more than 1,500 sales in Greater Portland. "We had 37 couples walk through at the first open house."

The buyers, a 44-year-old software engineer and his 41-year-old wife, are moving from Boston with their three children, ages 6, 9 and 12. They asked not to be named.

The house has five fireplaces, 2.5 bathrooms, a two-car garage and a 600-square-foot carriage house. It stands 1,200 feet from the Western Promenade.

The previous record in the neighborhood was set by a house at 1999 Vaughan Street, which sold for $1,610,000. A condominium in Unit 1987 of the Danforth Lofts, two blocks away, is listed for $689,000.

The median sale price in the 04102 ZIP code is $412,500, and the median home in Portland sells for $259,900, according to the Maine Association of Realtors.

Housing advocates say prices like these are pushing working families out of the peninsula. About 2,300 people are on the waiting list for subsidized apartments run by the Portland Housing Authority, which manages 1,015 units.`,
		[]hoGold{}},
	{"ap-nevada-assembly-recount", "2014-11-26", `CARSON CITY, Nev. (AP) — A recount has confirmed that Assemblywoman Dana Whitcomb won re-election by 27 votes, the closest legislative contest in the state, election officials said.

Whitcomb, a Republican, finished with 2,019 votes to 1,992 for Democratic challenger Ray Moreno, according to figures released by the Carson City clerk's office. The original count had shown her ahead by 31.

Officials recounted 4,011 paper ballots by hand, including 1,204 mail ballots and 315 provisional ballots. The largest change came in Precinct 2012, where Moreno gained four votes after election workers found ballots that had been misread by a scanning machine. Precinct 2008 showed no change.

"Every vote counted, and 27 of them made the difference," Whitcomb, 58, a retired schoolteacher, said in a statement. "I'm grateful to the clerks who worked so hard to get this right."

Moreno, 36, a firefighter making his first run for office, requested the recount and paid its $18,600 cost. He said he would not challenge the result in court.

"I asked for a recount because people deserved certainty," Moreno said. "They have it. I congratulate Assemblywoman Whitcomb."

Turnout in the district was 41.7 percent, compared with 38.2 percent statewide. Libertarian candidate Gus Pappas received 187 votes.

Whitcomb's victory gives Republicans a 27-15 majority in the 42-seat Assembly, their largest in the chamber since the party took control. Republicans also hold 11 of the 21 seats in the state Senate.

The district covers most of Carson City and parts of Douglas County, including 2,440 registered voters at Lake Tahoe.`,
		[]hoGold{}},
	{"guardian-manchester-bus-strike", "2016-04-25", `Bus services across Greater Manchester face severe disruption this week after drivers voted to stage a 48-hour walkout in a dispute over pay and rest breaks.

Members of the Unite union will walk out on Wednesday and Thursday, the union confirmed on Sunday, affecting about 400,000 passengers a day on more than 150 routes. The operator, Northway Buses, warned that some services would stop running from Tuesday night so that vehicles could be returned to depots.

Talks at the conciliation service Acas are scheduled for Tuesday afternoon, but both sides said they held out little hope of a breakthrough.

"Drivers are working 10-hour shifts with barely time for a toilet break," said Unite regional officer Karen Doyle. "This has been building for months. Nobody takes strike action lightly, but our members have been left with no choice."

Drivers rejected a 2% pay offer in March, and a ballot held over three weeks returned a 91% vote in favour of strike action on a turnout of 68%.

Northway said the union had turned down "a fair and affordable offer" and urged passengers to check its website before travelling. It expected services to return to normal by Friday morning.

Metrolink trams will run extra services during the strike, and Transport for Greater Manchester said it had arranged replacement buses for some school routes.

It is the first strike by bus drivers in the city since 2009. Unite has warned that further walkouts could follow next month if the dispute is not resolved.

The Greater Manchester Chamber of Commerce said the strike would cost local businesses millions of pounds and called on both sides to return to talks.`,
		[]hoGold{
			{"this week", "DATE", "2016-W17", ""},
			{"48-hour", "DURATION", "PT48H", ""},
			{"Wednesday", "DATE", "2016-04-27", ""},
			{"Thursday", "DATE", "2016-04-28", ""},
			{"Sunday", "DATE", "2016-04-24", ""},
			{"a day", "SET", "P1D", ""},
			{"Tuesday night", "TIME", "2016-04-26TNI", ""},
			{"Tuesday afternoon", "TIME", "2016-04-26TAF", ""},
			{"10-hour", "DURATION", "PT10H", ""},
			{"months", "DURATION", "PXM", ""},
			{"March", "DATE", "2016-03", ""},
			{"three weeks", "DURATION", "P3W", ""},
			{"Friday morning", "TIME", "2016-04-29TMO", ""},
			{"2009", "DATE", "2009", ""},
			{"next month", "DATE", "2016-05", ""},
		}},
	{"afp-mindanao-earthquake", "2016-03-03", `General Santos (Philippines) (AFP) - A powerful 6.8-magnitude earthquake struck the southern Philippines on Wednesday evening, killing at least 14 people and trapping dozens more under collapsed buildings, officials said.

The quake hit at 7:42 pm local time at a depth of 10 kilometres (six miles), about 35 kilometres southwest of General Santos, the US Geological Survey said.

Rescuers using heavy equipment and their bare hands pulled 23 survivors from the rubble of a three-storey shopping mall in the city, regional disaster official Rodel Cruz told AFP.

"We felt the ground shaking for almost a minute. People were screaming and running into the street," said Maricel Dizon, 29, a vendor whose stall was destroyed.

More than 40 aftershocks were recorded within 12 hours, the strongest measuring 5.4, according to the state seismology institute. Power was restored to most of the city within hours, but several bridges were declared unsafe.

Authorities warned residents to stay out of damaged buildings for at least a week while engineers carried out inspections. Schools across the province will remain closed until Monday.

The Philippines sits on the Pacific "Ring of Fire", an arc of volcanoes and fault lines where earthquakes are frequent. In February 2012, a 6.7-magnitude quake off the central island of Negros killed dozens of people and cut off several towns.

President Benigno Aquino ordered the military to send aircraft and troops to help with the rescue, his spokesman said. The Red Cross said it had sent 30 tonnes of food and water to evacuation centres, where about 5,000 people were sheltering.

No tsunami warning was issued.`,
		[]hoGold{
			{"Wednesday evening", "TIME", "2016-03-02TEV", ""},
			{"7:42 pm local time", "TIME", "2016-03-02T19:42", ""},
			{"almost a minute", "DURATION", "PT1M", "APPROX"},
			{"12 hours", "DURATION", "PT12H", ""},
			{"hours", "DURATION", "PTXH", ""},
			{"at least a week", "DURATION", "P1W", "EQUAL_OR_MORE"},
			{"Monday", "DATE", "2016-03-07", ""},
			{"February 2012", "DATE", "2012-02", ""},
		}},
	{"usatoday-flu-season-early", "2013-01-11", `Flu has arrived earlier and hit harder than usual, with 41 states now reporting widespread activity, the Centers for Disease Control and Prevention said Thursday.

Visits to doctors for flu-like illness rose again last week, and at least 18 children have died of flu since October, the CDC said.

"We're seeing flu activity start about a month earlier than normal," said Dr. Lyn Finelli, who heads the agency's flu surveillance team. "Whether that means it will also peak earlier, we don't know yet."

Over the past three weeks, emergency rooms in Boston have treated more than 700 confirmed cases, roughly ten times the usual number. The city declared a public health emergency on Wednesday.

Pharmacies in several states reported shortages of the antiviral drug Tamiflu this week, though the manufacturer said supplies remained adequate nationally.

The CDC recommends a flu shot every year for everyone 6 months and older. The vaccine being offered appears to be a good match for the strains that are circulating, Finelli said, but it takes about two weeks after a shot for the body to build full protection.

"It's not too late," she said. "If you haven't been vaccinated, there is still time to get protected."

Each winter, flu kills between 3,000 and 49,000 Americans, depending on how severe the outbreak is. Most of the deaths are among people 65 and older.

The last major outbreak came in 2009, when the H1N1 pandemic sent hundreds of thousands of Americans to hospitals.

Health officials expect cases to keep climbing through mid-January. Scientists are working on a universal vaccine that could offer broader protection in the future, though none has been approved.`,
		[]hoGold{
			{"now", "DATE", "PRESENT_REF", ""},
			{"Thursday", "DATE", "2013-01-10", ""},
			{"last week", "DATE", "2013-W01", ""},
			{"October", "DATE", "2012-10", ""},
			{"about a month", "DURATION", "P1M", "APPROX"},
			{"the past three weeks", "DURATION", "P3W", ""},
			{"Wednesday", "DATE", "2013-01-09", ""},
			{"this week", "DATE", "2013-W02", ""},
			{"every year", "SET", "P1Y", ""},
			{"about two weeks", "DURATION", "P2W", "APPROX"},
			{"Each winter", "SET", "XXXX-WI", ""},
			{"2009", "DATE", "2009", ""},
			{"mid-January", "DATE", "2013-01", "MID"},
			{"the future", "DATE", "FUTURE_REF", ""},
		}},
	{"cnn-dayton-robbery-arrest", "2012-07-17", `(CNN) -- Police in Dayton, Ohio, have arrested a man suspected of shooting two convenience store clerks in a pair of armed robberies, authorities said Monday.

The first robbery happened Saturday night at a gas station on the city's east side. At about 10:45 p.m., a man wearing a gray hooded sweatshirt walked in, pulled a handgun and demanded cash, police said. When the clerk hesitated, the man shot him in the shoulder and fled with about $300.

About 40 minutes later, a man matching the same description robbed a convenience store three miles away, shooting a 52-year-old clerk in the leg.

Police released surveillance images the next day and received more than 60 tips within 24 hours. Officers arrested Jerome Patrick Hale, 27, at his apartment Monday morning. A handgun recovered there is being tested, Police Chief Richard Biehl said.

Hale had been released from prison in March after serving five years for armed robbery, according to state corrections records.

"This community has been on edge for the past 72 hours," Biehl told reporters. "I want to thank everyone who picked up the phone."

Investigators are also looking at whether Hale was involved in a similar robbery at a pharmacy in the same neighborhood two weeks ago, in which no one was hurt.

Both clerks are expected to recover. One was released from the hospital Sunday; the other remains in fair condition.

Hale is being held at the Montgomery County Jail on two counts of aggravated robbery and two counts of felonious assault. He is scheduled to appear in court Thursday. It was not immediately clear whether he had an attorney.`,
		[]hoGold{
			{"Monday", "DATE", "2012-07-16", ""},
			{"Saturday night", "TIME", "2012-07-14TNI", ""},
			{"about 10:45 p.m.", "TIME", "2012-07-14T22:45", "APPROX"},
			{"About 40 minutes", "DURATION", "PT40M", "APPROX"},
			{"the next day", "DATE", "2012-07-15", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"Monday morning", "TIME", "2012-07-16TMO", ""},
			{"March", "DATE", "2012-03", ""},
			{"five years", "DURATION", "P5Y", ""},
			{"the past 72 hours", "DURATION", "PT72H", ""},
			{"two weeks ago", "DATE", "2012-W27", ""},
			{"Sunday", "DATE", "2012-07-15", ""},
			{"Thursday", "DATE", "2012-07-19", ""},
		}},
	{"reuters-us-cpi-april", "2014-05-16", `WASHINGTON (Reuters) - U.S. consumer prices rose in April by the most in nine months as food and gasoline costs climbed, a sign that inflation may be starting to firm, Labor Department data showed on Thursday.

The Consumer Price Index increased 0.3 percent last month after gaining 0.2 percent in March. Economists polled by Reuters had expected a 0.2 percent rise.

Compared with a year earlier, consumer prices were up 2.0 percent, the largest increase since October 2012.

Food prices rose 0.4 percent, the biggest gain since August 2011, as a drought in California and a virus that has killed millions of piglets pushed up the cost of fruit, vegetables and pork. Gasoline prices jumped 2.9 percent.

Inflation has run below the Federal Reserve's 2 percent target for nearly two years, and some Fed officials have worried that prices could rise too slowly for a healthy economy. Fed policymakers meet again next month.

"Inflation is finally moving in the direction the Fed wants," said Julia Coronado, chief economist at Graham Capital Management in Rowayton, Connecticut. "We expect prices to keep firming in the second half of the year as the labor market tightens."

In a separate report, the Labor Department said initial claims for state unemployment benefits fell 24,000 to a seasonally adjusted 297,000 last week, the lowest level in seven years.

Prices for U.S. government debt fell after the data, with the yield on the benchmark 10-year note rising to 2.51 percent. U.S. stocks opened lower.

Excluding the volatile food and energy components, the so-called core CPI rose 0.2 percent, matching economists' expectations.`,
		[]hoGold{
			{"April", "DATE", "2014-04", ""},
			{"nine months", "DURATION", "P9M", ""},
			{"Thursday", "DATE", "2014-05-15", ""},
			{"last month", "DATE", "2014-04", ""},
			{"March", "DATE", "2014-03", ""},
			{"a year earlier", "DATE", "2013-04", ""},
			{"October 2012", "DATE", "2012-10", ""},
			{"August 2011", "DATE", "2011-08", ""},
			{"nearly two years", "DURATION", "P2Y", "APPROX"},
			{"next month", "DATE", "2014-06", ""},
			{"the second half of the year", "DATE", "2014-H2", ""},
			{"last week", "DATE", "2014-W19", ""},
			{"seven years", "DURATION", "P7Y", ""},
			{"10-year", "DURATION", "P10Y", ""},
		}},
	{"bbc-harwood-lyle-closures", "2016-10-20", `Clothing retailer Harwood & Lyle is to close 30 of its 240 UK stores by the end of next year, putting about 900 jobs at risk.

The company said pre-tax profits for the first half fell 41% to £18.2m, compared with £30.9m a year earlier, as shoppers continued to move online and unusually warm weather in September hit sales of coats and knitwear.

Chief executive Sarah Pell said the past 12 months had been "extremely challenging" for the whole of the High Street.

"We have to accept that shopping habits have changed for good," she said. "Today, almost a third of our sales are online, compared with just 8% five years ago."

The closures will take place over the next 14 months, mostly in smaller market towns where leases are due to expire. The company said it hoped to move as many staff as possible to nearby branches.

Harwood & Lyle was founded in Leeds at the end of the 19th century as a draper's shop and grew into one of Britain's best-known fashion chains in the 1960s. It issued a profit warning in January after weak sales of party wear.

Richard Hyman, an independent retail analyst, said the chain had been slow to invest in its website during the 2000s, allowing younger rivals to overtake it.

"They're not in crisis, but they are playing catch-up," he said.

The retailer said it expected trading ahead of Christmas to remain tough, and would give an update on sales in January.

Shares in the company fell 12% in early trading, valuing it at about £410m.`,
		[]hoGold{
			{"the end of next year", "DATE", "2017", "END"},
			{"the first half", "DATE", "2016-H1", ""},
			{"a year earlier", "DATE", "2015-H1", ""},
			{"September", "DATE", "2016-09", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"Today", "DATE", "PRESENT_REF", ""},
			{"five years ago", "DATE", "2011", ""},
			{"the next 14 months", "DURATION", "P14M", ""},
			{"the end of the 19th century", "DATE", "18", "END"},
			{"the 1960s", "DATE", "196", ""},
			{"January", "DATE", "2016-01", ""},
			{"the 2000s", "DATE", "200", ""},
			{"Christmas", "DATE", "2016-12-25", ""},
			{"January", "DATE", "2017-01", ""},
		}},
}

func TestEnglishHeldOut13(t *testing.T) { guardHeldOut(t, "English 13", enHeldOut13, "en", 0.96) }
