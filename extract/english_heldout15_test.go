package extract

import "testing"

// enHeldOut15 is the fifteenth blind English held-out set: 16 invented but
// realistic whole newspaper articles (150-300 words each, each with its own
// DCT between 1997 and 2024) imitating regional and local English-language
// papers and wires: The Boston Globe, the Chicago Tribune, the Toronto Star,
// The Times of India, the Sydney Morning Herald, the Manchester Evening News,
// the Daily Nation (Kenya), Reuters and AP. Topics are city councils,
// transport strikes and disruption, weather, courts and police, local
// business and company results, an obituary, sport and health; several
// articles narrate earlier events with weekdays, clock times, "that evening",
// "the next day" and "two days later". Two articles (a prep basketball
// report and a Sydney auction round-up) are number-heavy -- scores, ages,
// prices, street numbers, year-like numbers such as "2,019" and "1880
// Pittwater Road" -- and contain no temporal expression at all.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 with TimeBank 1.2 practice:
// spans keep determiners and modifiers but drop leading prepositions; "N days
// later/earlier" is a DURATION whose span leaves the adverb out; "the next
// day" / "the next afternoon" are DATEs with the day's value and resolve
// against the last narrated date; bare weekdays and months resolve to the
// occurrence the tense implies; "a year earlier" in quarterly results is the
// compared quarter; rates ("a day", "a year") are SETs; adjectival durations
// ("four-hour", "seven-day") are DURATIONs; ages, scores and names containing
// a date word ("Blue Night buses") are not timexes. All relative values were
// computed from the DCT with Python's datetime. The set was written without
// reading the tagger's source, data, other tests or documentation.
//
// First run, on the committed tagger (24478a3) before any fix it prompted:
// relaxed F1 0.986, value accuracy 0.977, value F1 0.964.
var enHeldOut15 = []hoCase{
	{"globe-somerville-bike-lane", "2009-03-18", `SOMERVILLE — After more than three hours of sometimes heated testimony, the Board of Aldermen voted 9-2 Tuesday night to remove parking from one side of Highland Avenue and build the city's first protected bike lane, a plan that has divided neighbors since last fall.

The final tally was read at 11:48 p.m. Supporters, many of whom had ridden to City Hall through freezing rain, stood and applauded.

"We have been arguing about this street for a decade," said Alderman Rebekah Costa, who sponsored the measure. "You have to let people ride safely."

Opponents, led by a group of merchants near Davis Square, said the loss of 46 parking spaces would hurt businesses already squeezed by the recession. Paul DiNapoli, who has run a hardware store on the avenue since 1978, said his sales fell 12 percent last year and he expects a further drop this spring.

"Nobody bikes home with a 40-pound bag of rock salt," he said.

The board first took up the proposal in October but tabled it twice, the second time on Feb. 24, after the traffic commission asked for a new count. That study, released last week, found that an average of 1,100 cyclists a day use the corridor.

Construction is expected to begin in early May and take about six weeks, said the city's transportation director, Amir Haddad. The lane will cost roughly $310,000, most of it covered by a state grant.

The mayor is expected to sign the order by Friday. A public meeting on the design is scheduled for April 2 at the Argenziano School.`,
		[]hoGold{
			{"more than three hours", "DURATION", "PT3H", "MORE_THAN"},
			{"Tuesday night", "TIME", "2009-03-17TNI", ""},
			{"last fall", "DATE", "2008-FA", ""},
			{"11:48 p.m.", "TIME", "2009-03-17T23:48", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"1978", "DATE", "1978", ""},
			{"last year", "DATE", "2008", ""},
			{"this spring", "DATE", "2009-SP", ""},
			{"October", "DATE", "2008-10", ""},
			{"Feb. 24", "DATE", "2009-02-24", ""},
			{"last week", "DATE", "2009-W11", ""},
			{"a day", "SET", "P1D", ""},
			{"early May", "DATE", "2009-05", "START"},
			{"about six weeks", "DURATION", "P6W", "APPROX"},
			{"Friday", "DATE", "2009-03-20", ""},
			{"April 2", "DATE", "2009-04-02", ""},
		}},
	{"tribune-metra-engineers-strike", "1997-06-12", `Thousands of suburban commuters scrambled for rides Wednesday as a walkout by locomotive engineers kept two Metra lines idle, and neither side would say when talks might resume.

The strike began at 4:01 a.m. Tuesday, just before the first inbound train on the Milwaukee District North Line was due to leave Fox Lake. By 7 a.m., traffic on the Edens Expressway was backed up for 11 miles, according to the Illinois Department of Transportation.

Union negotiators met Metra officials downtown for about five hours that evening but walked out at 10:20 p.m., saying the agency had refused to budge on overtime and rest rules. The next day, Metra board chairman Howard Stiles called the agency's offer of a 3.5 percent raise over three years "fair and final."

"This is about engineers falling asleep at the throttle, not money," said Dale Kowalski, 52, a local chairman of the Brotherhood of Locomotive Engineers who has run trains for 27 years.

The 212 engineers on the two lines have worked without a contract since January 1995. The lines carry about 61,000 riders a day, many of them to jobs in the Loop.

Linda Cho, a paralegal from Glenview, said she left home at 5:30 and spent nearly three hours in traffic. "If this goes past Friday, I'm going to lose my job," she said.

Federal mediators said they would try to bring both sides back to the table by Monday. Metra said it would add buses from Fox Lake and Antioch starting Thursday.`,
		[]hoGold{
			{"Wednesday", "DATE", "1997-06-11", ""},
			{"4:01 a.m. Tuesday", "TIME", "1997-06-10T04:01", ""},
			{"7 a.m.", "TIME", "1997-06-10T07:00", ""},
			{"about five hours", "DURATION", "PT5H", "APPROX"},
			{"that evening", "TIME", "1997-06-10TEV", ""},
			{"10:20 p.m.", "TIME", "1997-06-10T22:20", ""},
			{"The next day", "DATE", "1997-06-11", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"27 years", "DURATION", "P27Y", ""},
			{"January 1995", "DATE", "1995-01", ""},
			{"a day", "SET", "P1D", ""},
			{"5:30", "TIME", "1997-06-11T05:30", ""},
			{"nearly three hours", "DURATION", "PT3H", "APPROX"},
			{"Friday", "DATE", "1997-06-13", ""},
			{"Monday", "DATE", "1997-06-16", ""},
			{"Thursday", "DATE", "1997-06-12", ""},
		}},
	{"star-toronto-extreme-cold", "2003-01-24", `Toronto is bracing for its most dangerous cold in nearly a decade this weekend, with Environment Canada forecasting a low of -28C on Saturday and wind chills that could make it feel like -40.

An extreme cold alert, the city's fourth this month, took effect at 6 a.m. yesterday and will stay in place until Monday, said Dr. Martin Oyelaran, the city's associate medical officer of health.

"Frostbite can set in on exposed skin in under 10 minutes in this kind of wind," Oyelaran said. "We are asking people to check on elderly neighbours and anyone who lives alone."

Street outreach teams handed out 600 sleeping bags last night, and hostels added 140 emergency beds. The TTC said it would keep four subway stations open to homeless people and run its Blue Night buses every 15 minutes on major routes.

The last time Pearson airport recorded a temperature that low was Jan. 16, 1994, when the thermometer dropped to -32.7C.

Hydro officials said demand for electricity hit a record 24,900 megawatts at 5 p.m. Wednesday as furnaces and space heaters ran flat out. They urged customers to turn down thermostats by two degrees and to avoid running dryers.

Councillor Joe Mihevc said the city is studying whether to open a permanent warming centre downtown in the future. "We cannot keep improvising every time the temperature drops," he said.

Forecasters expect a gradual thaw early next week, with a high near -5C by Wednesday.`,
		[]hoGold{
			{"nearly a decade", "DURATION", "P10Y", "APPROX"},
			{"this weekend", "DATE", "2003-W04-WE", ""},
			{"Saturday", "DATE", "2003-01-25", ""},
			{"this month", "DATE", "2003-01", ""},
			{"6 a.m. yesterday", "TIME", "2003-01-23T06:00", ""},
			{"Monday", "DATE", "2003-01-27", ""},
			{"under 10 minutes", "DURATION", "PT10M", "LESS_THAN"},
			{"last night", "TIME", "2003-01-23TNI", ""},
			{"every 15 minutes", "SET", "PT15M", ""},
			{"Jan. 16, 1994", "DATE", "1994-01-16", ""},
			{"5 p.m. Wednesday", "TIME", "2003-01-22T17:00", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
			{"early next week", "DATE", "2003-W05", "START"},
			{"Wednesday", "DATE", "2003-01-29", ""},
		}},
	{"toi-mumbai-locals-flooded", "2016-07-14", `MUMBAI: Lakhs of commuters were stranded on Wednesday after heavy rain flooded the tracks between Sion and Kurla, bringing Central Railway's suburban services on the main line to a halt for nearly four hours.

The first local was stopped near Sion at 7.40am, and by 9am trains were bunched up all the way back to Thane, officials said. Services resumed at 11.35am, but trains continued to run behind schedule well into the afternoon.

The Santacruz observatory recorded 148mm of rain in 24 hours, the India Meteorological Department (IMD) said. It has forecast heavy to very heavy rain in the city for the next 48 hours.

"I waited on the platform for two hours and then walked to the highway to find a share taxi," said Rupali Shinde, 34, a bank clerk from Ghatkopar. "It happens every year and nobody is ever held responsible."

Railway officials said desilting of the culverts under the tracks had been completed in May, but a blocked drain near Sion station pushed water above rail level. A similar flooding on June 28 had stopped trains for three hours.

Central Railway's chief public relations officer, Narendra Pawar, said two high-capacity pumps would be installed at Sion by next week. "We are also asking the BMC to clean the nullah on the east side of the tracks before the next heavy spell," he said.

Western Railway services ran largely on time, though several fast trains were cancelled because of crowding at Dadar.`,
		[]hoGold{
			{"Wednesday", "DATE", "2016-07-13", ""},
			{"nearly four hours", "DURATION", "PT4H", "APPROX"},
			{"7.40am", "TIME", "2016-07-13T07:40", ""},
			{"9am", "TIME", "2016-07-13T09:00", ""},
			{"11.35am", "TIME", "2016-07-13T11:35", ""},
			{"the afternoon", "TIME", "2016-07-13TAF", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"the next 48 hours", "DURATION", "PT48H", ""},
			{"two hours", "DURATION", "PT2H", ""},
			{"every year", "SET", "P1Y", ""},
			{"May", "DATE", "2016-05", ""},
			{"June 28", "DATE", "2016-06-28", ""},
			{"three hours", "DURATION", "PT3H", ""},
			{"next week", "DATE", "2016-W29", ""},
		}},
	{"smh-hit-and-run-cyclist-sentenced", "2019-08-09", `A driver who hit a cyclist on Parramatta Road and left her bleeding on the roadway has been jailed for six years, with a judge describing his conduct as "callous in the extreme".

Minh Hoang, 29, of Auburn, was sentenced in the NSW District Court on Thursday to a non-parole period of three years and nine months after pleading guilty to dangerous driving occasioning grievous bodily harm and failing to stop and assist.

The court heard that about 6.20am on March 11 last year, Hoang was driving home from his job at a Silverwater warehouse when his Holden Commodore struck the rear of a bicycle ridden by Catherine Ellery, a 51-year-old nurse, near the Concord Road intersection.

He stopped about 200 metres down the road, looked back, then drove off. Police identified the car from CCTV footage that evening, and Hoang was arrested at his home two days later.

Ms Ellery spent 17 days in an induced coma and has not returned to work.

In sentencing, Judge Anne Whitford said Hoang had shown little genuine remorse until recently and had initially told police the car had been stolen.

"The offender made a deliberate choice to save himself at the expense of a badly injured woman lying on a dark road," she said.

Hoang, who has been in custody since his arrest, will be eligible for parole in December 2021.

Outside court, Ms Ellery's husband, Tom, said the family had waited more than a year for the case to be finalised. "Nothing that happened in there gives her back what she lost," he said.`,
		[]hoGold{
			{"six years", "DURATION", "P6Y", ""},
			{"Thursday", "DATE", "2019-08-08", ""},
			{"three years and nine months", "DURATION", "P3Y9M", ""},
			{"about 6.20am", "TIME", "2018-03-11T06:20", "APPROX"},
			{"March 11 last year", "DATE", "2018-03-11", ""},
			{"that evening", "TIME", "2018-03-11TEV", ""},
			{"two days", "DURATION", "P2D", ""},
			{"17 days", "DURATION", "P17D", ""},
			{"recently", "DATE", "PAST_REF", ""},
			{"December 2021", "DATE", "2021-12", ""},
			{"more than a year", "DURATION", "P1Y", "MORE_THAN"},
		}},
	{"nation-nairobi-matatu-strike", "2022-02-16", `Thousands of commuters in Nairobi were forced to walk to work yesterday after matatu operators withdrew their vehicles from major routes in protest against a new county parking levy.

By 7am, long queues had formed at bus stops along Jogoo Road, Thika Road and Ngong Road, with the few vehicles still operating charging double the usual fare. Many city workers arrived at their offices more than two hours late.

Police arrested 14 people in the afternoon after a group of touts lit bonfires and blocked traffic at the Globe Cinema roundabout.

The Matatu Owners Association had issued a seven-day notice on February 8, demanding that the county withdraw the levy of Sh300 a day on each vehicle that picks up passengers in the Central Business District. The county introduced the charge in January, saying it would raise Sh1.2 billion a year for road repairs.

Talks between the operators and county officials at City Hall that evening ended without agreement.

"We are not against paying, but Sh300 a day is more than what most of our members make after fuel," association chairman Simon Kimani said.

County Transport executive Mercy Wanjiru said the levy would not be withdrawn but promised to review it within the next three months.

The two sides are scheduled to meet again tomorrow. Meanwhile, the National Police Service said officers would be deployed along all major routes from 5am today to protect vehicles whose owners choose to operate.`,
		[]hoGold{
			{"yesterday", "DATE", "2022-02-15", ""},
			{"7am", "TIME", "2022-02-15T07:00", ""},
			{"more than two hours", "DURATION", "PT2H", "MORE_THAN"},
			{"the afternoon", "TIME", "2022-02-15TAF", ""},
			{"seven-day", "DURATION", "P7D", ""},
			{"February 8", "DATE", "2022-02-08", ""},
			{"a day", "SET", "P1D", ""},
			{"January", "DATE", "2022-01", ""},
			{"a year", "SET", "P1Y", ""},
			{"that evening", "TIME", "2022-02-15TEV", ""},
			{"a day", "SET", "P1D", ""},
			{"the next three months", "DURATION", "P3M", ""},
			{"tomorrow", "DATE", "2022-02-17", ""},
			{"5am today", "TIME", "2022-02-16T05:00", ""},
		}},
	{"reuters-canadian-grocer-q3", "2013-10-24", `TORONTO, Oct 24 (Reuters) - Canadian grocer Northfield Stores Inc reported a 14 percent rise in third-quarter profit on Thursday, helped by lower fuel costs and strong sales at its discount banner, and raised its earnings forecast for 2013.

Net income rose to C$88.4 million ($84.8 million), or 71 Canadian cents a share, in the third quarter, from C$77.5 million, or 63 Canadian cents, a year earlier.

Excluding one-time items, the Mississauga, Ontario-based company earned 74 Canadian cents a share. Analysts on average had expected 68 cents, according to Thomson Reuters I/B/E/S.

Revenue rose 5 percent to C$2.31 billion. Same-store sales, which strip out the impact of new locations, rose 2.1 percent in the quarter.

Northfield now expects 2013 earnings of C$2.85 to C$2.95 a share, up from its previous forecast of C$2.70 to C$2.80.

"Our discount stores continue to take share in every region, and we see no sign of that slowing," Chief Executive Karen Mulholland said on a conference call with analysts. She said the company plans to open 12 more discount stores in Ontario and Quebec over the next 18 months.

The company also said it would spend about C$40 million to upgrade distribution centres in Winnipeg and Calgary, with the work to be completed in the second half of 2014.

Shares of Northfield were up 3.2 percent at C$41.60 in Toronto. The stock has gained 19 percent this year.

(Reporting by Daniel Okafor in Toronto; Editing by Peter Galloway)`,
		[]hoGold{
			{"Oct 24", "DATE", "2013-10-24", ""},
			{"third-quarter", "DATE", "2013-Q3", ""},
			{"Thursday", "DATE", "2013-10-24", ""},
			{"2013", "DATE", "2013", ""},
			{"the third quarter", "DATE", "2013-Q3", ""},
			{"a year earlier", "DATE", "2012-Q3", ""},
			{"the quarter", "DATE", "2013-Q3", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2013", "DATE", "2013", ""},
			{"the next 18 months", "DURATION", "P18M", ""},
			{"the second half of 2014", "DATE", "2014-H2", ""},
			{"this year", "DATE", "2013", ""},
		}},
	{"ap-obit-schoolteacher-senator", "2005-11-02", `ST. PAUL, Minn. (AP) — Margaret Lindqvist, who taught in a one-room country schoolhouse for 31 years before becoming one of the first women elected to the Minnesota Senate, has died. She was 94.

Lindqvist died Monday at a nursing home in Stillwater, her son, Erik Lindqvist, said Tuesday. She had been in declining health since suffering a stroke in the spring.

Born in 1911 on a dairy farm near Cambridge, Minn., she began teaching at 19 in a school with 23 pupils, eight grades and a woodstove. During the winter of 1936, one of the coldest on record, she kept the school open for 40 straight days, sleeping on a cot beside the stove so the fire never went out.

"She thought a warm room and a hot lunch were the least a child was owed," her son said.

In the late 1960s, after consolidation closed most of the county's rural schools, she ran for the Senate as a Republican and won in 1972. She served 12 years, pushing for school lunch money and rural bus routes, and retired in 1985.

State Sen. Harold Brekke, who served with her on the education committee, called her "the conscience of the chamber" and said she read every bill "twice, with a pencil."

Her husband, Arne, died in 1998. In addition to her son, she is survived by two daughters, nine grandchildren and 14 great-grandchildren.

A funeral is scheduled for Saturday at First Lutheran Church in Cambridge.`,
		[]hoGold{
			{"31 years", "DURATION", "P31Y", ""},
			{"Monday", "DATE", "2005-10-31", ""},
			{"Tuesday", "DATE", "2005-11-01", ""},
			{"the spring", "DATE", "2005-SP", ""},
			{"1911", "DATE", "1911", ""},
			{"the winter of 1936", "DATE", "1936-WI", ""},
			{"40 straight days", "DURATION", "P40D", ""},
			{"the late 1960s", "DATE", "196", "END"},
			{"1972", "DATE", "1972", ""},
			{"12 years", "DURATION", "P12Y", ""},
			{"1985", "DATE", "1985", ""},
			{"1998", "DATE", "1998", ""},
			{"Saturday", "DATE", "2005-11-05", ""},
		}},
	{"tribune-prep-basketball-numbers", "2006-03-11", `Marcus Bell scored 31 points and pulled down 14 rebounds, and No. 3 Simeon held off No. 7 Morgan Park 71-68 in a Class AA sectional final before a crowd of 2,019 at Chicago State's Jones Convocation Center.

Bell, a 6-foot-8 senior headed to DePaul, made 11 of 17 shots and 9 of 10 free throws. His total of 1,998 career points is second in school history, 41 behind the record.

Guard Andre Whitfield, 17, added 18 points and six assists, and 6-5 forward Terrell Oduya had 11 points and nine rebounds.

Morgan Park (24-5) led by as many as 11, at 45-34, before Simeon answered with a 16-2 run. Whitfield's 3-pointer from the left wing put the Wolverines ahead 62-59, and Bell sealed it with two free throws.

Morgan Park's DeShawn Avery, a 5-11 junior, led all scorers with 33 points, including seven 3-pointers, and was 8 of 8 at the line.

"We gave up 23 offensive rebounds. You can't beat a team like that giving up 23 offensive rebounds," said Morgan Park coach Ray Tillman, 58. "Give them credit."

Simeon (27-3) shot 48 percent (29 of 60) and outrebounded Morgan Park 44-30. Coach Leon Haskins, 61, is 412-118 at the school.

The Wolverines advance to the supersectional against Whitney Young (25-4). Tickets are $7 for adults and $4 for students and are sold at the Simeon athletic office, 8147 S. Vincennes Ave., Room 1985.`,
		[]hoGold{}},
	{"smh-auction-results-numbers", "2023-09-17", `A waterfront home at 1880 Pittwater Road, Bayview, sold under the hammer for $4.25 million, $310,000 above its reserve, as 11 registered bidders fought over one of the last large blocks on the peninsula.

The four-bedroom house, on 1120 square metres with a 22-metre jetty, drew 64 bids. Bidding opened at $3.2 million and rose in $50,000 and then $10,000 increments before a couple in their 40s from Mosman secured it.

The vendors, a retired surgeon and his wife, paid $640,000 for the property, according to CoreLogic records.

Selling agent Chris Kalogeropoulos of Pittwater Coastal Realty said the result was "a strong number for a house that needs work". "We had 2041 online inquiries, which is extraordinary for a home at this price," he said.

Across the harbour, a three-bedroom terrace at 17 Darling Street, Balmain, passed in at $2.015 million after attracting a single vendor bid.

In Wahroonga, a two-bedroom apartment at 14/1995 Pacific Highway sold for $1.08 million to a 26-year-old first-home buyer bidding against three investors.

Sydney's preliminary clearance rate was 71.3 per cent from 1024 scheduled auctions, according to CoreLogic, with 118 properties withdrawn and 2.5 per cent of results unreported.

"Buyers are still paying up for the best 10 per cent of stock, but anything with a flaw is sitting," said buyers' agent Nina Ashworth. "A house on a busy road with a 1.2 per cent yield is a hard sell at any price."`,
		[]hoGold{}},
	{"men-oldham-ae-black-alert", "2018-01-11", `More than 1,400 patients waited longer than four hours in A&E at Moorside General Hospital in Oldham last week, new figures show, as pressure on Greater Manchester's hospitals continued to mount.

The hospital saw just 71.2 per cent of patients within the four-hour target, well short of the national standard of 95 per cent.

On Tuesday afternoon the trust that runs the hospital declared a "black alert", its highest level of escalation, after every acute bed was filled. By 8pm, 23 patients were waiting on trolleys in corridors. The next day, the trust cancelled 46 planned operations, including several cancer procedures.

NHS England has told hospitals across the country to postpone non-urgent surgery until the end of January.

"Staff have been working 12-hour shifts back to back for weeks," said one senior nurse, who asked not to be named. "People are exhausted, and we haven't seen the worst of it."

In December, 1,150 patients at the hospital waited more than four hours, and 37 waited longer than 12 hours for a bed after doctors decided to admit them.

A spokesman for the trust said flu admissions had tripled since Christmas and that norovirus had closed three wards. "We apologise to every patient who has waited longer than they should have," he said.

Figures for the whole of England will be published by NHS England tomorrow.`,
		[]hoGold{
			{"longer than four hours", "DURATION", "PT4H", "MORE_THAN"},
			{"last week", "DATE", "2018-W01", ""},
			{"four-hour", "DURATION", "PT4H", ""},
			{"Tuesday afternoon", "TIME", "2018-01-09TAF", ""},
			{"8pm", "TIME", "2018-01-09T20:00", ""},
			{"The next day", "DATE", "2018-01-10", ""},
			{"the end of January", "DATE", "2018-01", "END"},
			{"12-hour", "DURATION", "PT12H", ""},
			{"weeks", "DURATION", "PXW", ""},
			{"December", "DATE", "2017-12", ""},
			{"more than four hours", "DURATION", "PT4H", "MORE_THAN"},
			{"longer than 12 hours", "DURATION", "PT12H", "MORE_THAN"},
			{"Christmas", "DATE", "2017-12-25", ""},
			{"tomorrow", "DATE", "2018-01-12", ""},
		}},
	{"smh-nrl-judiciary-tackle", "2015-03-30", `Penrith prop Josh Tavita will fight a grade-two careless high tackle charge at the NRL judiciary on Tuesday night, risking a three-match ban.

Tavita was placed on report in the 22-14 win over Canterbury at Pepper Stadium on Friday night after his forearm connected with the jaw of Bulldogs hooker Sam Reece, who failed a head injury assessment and did not return.

The match review committee issued the charge on Saturday morning, and the Panthers confirmed two days later that they would contest it, arguing that Reece had dropped into the tackle.

"Josh has never been a dirty player. He was trying to make a legitimate tackle on a bloke who slipped," Penrith coach Mark Devlin said on Monday. "We've looked at every angle and we think we've got a case."

An early guilty plea would have cost Tavita two matches. If he is found guilty as charged, the 26-year-old will miss the clash with Parramatta at Pirtek Stadium on Saturday night, as well as home games against Newcastle and the Warriors.

Tavita returned in round one from a knee reconstruction that had sidelined him for 11 months. He was suspended for four weeks in 2013 for a similar offence, which counts against his record and adds to any penalty.

Penrith have not won at Parramatta's home ground since 2011. The judiciary hearing is expected to take about two hours.`,
		[]hoGold{
			{"Tuesday night", "TIME", "2015-03-31TNI", ""},
			{"Friday night", "TIME", "2015-03-27TNI", ""},
			{"Saturday morning", "TIME", "2015-03-28TMO", ""},
			{"two days", "DURATION", "P2D", ""},
			{"Monday", "DATE", "2015-03-30", ""},
			{"Saturday night", "TIME", "2015-04-04TNI", ""},
			{"11 months", "DURATION", "P11M", ""},
			{"four weeks", "DURATION", "P4W", ""},
			{"2013", "DATE", "2013", ""},
			{"2011", "DATE", "2011", ""},
			{"about two hours", "DURATION", "PT2H", "APPROX"},
		}},
	{"tribune-west-side-shooting-charge", "1999-09-20", `A 23-year-old man was charged Sunday with first-degree murder in the shooting death of a teenager outside a West Side convenience store late Friday, police said.

Darnell Hughes, of the 4300 block of West Adams Street, was being held at the Harrison District station and is scheduled to appear in bond court Monday.

According to police, Kevin Price, 17, was standing with friends in front of a store in the 4200 block of West Madison Street at about 11:40 p.m. Friday when a man walked up and fired at least five shots from a handgun. Price was struck in the chest and neck and was pronounced dead at Mount Sinai Hospital less than an hour later.

Witnesses described a man in a red jacket running west on Madison. Officers picked up Hughes the next afternoon at a relative's apartment in Maywood after an anonymous tip and recovered a .38-caliber revolver, police said.

Police said the shooting stemmed from an argument over a girl.

Price, a senior at Marshall High School, had worked at a car wash on Pulaski Road for the past two years to help his mother pay the rent, relatives said.

"He was saving for college. He had $1,800 in a coffee can," said his aunt, Gloria Price, 44.

It was the 41st homicide this year in the Harrison District, one of the busiest in the city. Neighbors said a block party planned for Saturday afternoon on the 4200 block was called off after the shooting.`,
		[]hoGold{
			{"Sunday", "DATE", "1999-09-19", ""},
			{"late Friday", "DATE", "1999-09-17", "END"},
			{"Monday", "DATE", "1999-09-20", ""},
			{"about 11:40 p.m. Friday", "TIME", "1999-09-17T23:40", "APPROX"},
			{"less than an hour", "DURATION", "PT1H", "LESS_THAN"},
			{"the next afternoon", "DATE", "1999-09-18", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"this year", "DATE", "1999", ""},
			{"Saturday afternoon", "TIME", "1999-09-18TAF", ""},
		}},
	{"star-danforth-bakery-closing", "2021-05-27", `After 43 years of baking bread on the Danforth, the owners of Kalamata Bakery will close its doors for good on June 30.

George and Eleni Pappas, both 71, said Tuesday that they are retiring and that the building has been sold to a developer who plans a six-storey condo on the site.

"We came here with nothing. This bakery gave us a house and put three kids through university," George Pappas said, standing behind a counter of koulouri and spanakopita. "But my knees are finished."

The couple opened the shop in 1978 with a $9,000 loan from Eleni's brother. Every Saturday morning for four decades, the line ran out the door and down the block, with customers driving in from as far as Oshawa and Hamilton for their sesame bread.

The past 14 months have been the hardest, Eleni Pappas said. Sales fell by nearly half last year as office workers stayed home and the patio sat empty through two lockdowns.

The two-storey brick building, which dates to the early 20th century, was sold in March for $3.4 million, according to property records.

"In the 1980s, we baked 2,000 loaves a day," George Pappas said. "Now it's maybe 300."

Regulars have until the end of June to redeem gift cards, the couple said. Several have already asked for the recipe for the bakery's honey cookies, which George Pappas says he will share "with anybody who asks nicely."`,
		[]hoGold{
			{"43 years", "DURATION", "P43Y", ""},
			{"June 30", "DATE", "2021-06-30", ""},
			{"Tuesday", "DATE", "2021-05-25", ""},
			{"1978", "DATE", "1978", ""},
			{"Every Saturday morning", "SET", "XXXX-WXX-6TMO", ""},
			{"four decades", "DURATION", "P40Y", ""},
			{"The past 14 months", "DURATION", "P14M", ""},
			{"last year", "DATE", "2020", ""},
			{"the early 20th century", "DATE", "19", "START"},
			{"March", "DATE", "2021-03", ""},
			{"the 1980s", "DATE", "198", ""},
			{"a day", "SET", "P1D", ""},
			{"Now", "DATE", "PRESENT_REF", ""},
			{"the end of June", "DATE", "2021-06", "END"},
		}},
	{"toi-kolkata-dengue-cases", "2011-10-05", `KOLKATA: The city has recorded 1,184 dengue cases since January, nearly three times the number reported in 2010, according to figures released by the Kolkata Municipal Corporation (KMC) on Tuesday.

Four deaths have been confirmed in the past fortnight, the latest a 14-year-old girl from Behala who died at SSKM Hospital on Monday night. Her father said she had run a high fever for five days before the family brought her to hospital.

Mayor Sovan Ghoshal chaired an emergency meeting at the KMC headquarters on Tuesday and ordered larvicide spraying twice a week in the 42 worst-affected wards. Borough-level health officers have been told to submit reports every day.

Health officials said mosquito larvae were found in 2,310 of the 9,000 homes and offices inspected last month, many of them in water stored in buckets, flower vases and discarded tyres at construction sites.

"We have been telling people for years not to store water in open containers," said the KMC's chief municipal health officer, Dr Tapan Mitra. "Enforcement alone cannot solve this. Citizens have to clean their rooftops."

The corporation has set up 15 fever clinics in the worst-hit boroughs, which will remain open until the end of November. Blood tests for dengue will be free at all KMC clinics, the mayor said.

The state health department will release a detailed ward-wise report within a week, officials said.`,
		[]hoGold{
			{"January", "DATE", "2011-01", ""},
			{"2010", "DATE", "2010", ""},
			{"Tuesday", "DATE", "2011-10-04", ""},
			{"the past fortnight", "DURATION", "P2W", ""},
			{"Monday night", "TIME", "2011-10-03TNI", ""},
			{"five days", "DURATION", "P5D", ""},
			{"Tuesday", "DATE", "2011-10-04", ""},
			{"twice a week", "SET", "P1W", ""},
			{"every day", "SET", "P1D", ""},
			{"last month", "DATE", "2011-09", ""},
			{"years", "DURATION", "PXY", ""},
			{"the end of November", "DATE", "2011-11", "END"},
			{"a week", "DURATION", "P1W", ""},
		}},
	{"nation-county-tender-fraud-charge", "2024-11-19", `A former Nairobi County procurement officer was yesterday charged with irregularly paying Sh186 million to a company that supplied no goods, in what detectives described as one of the biggest tender frauds at City Hall.

Peter Mwangi Kariuki, 47, appeared before Senior Principal Magistrate Lucy Njeri at the Milimani Law Courts, where he denied 11 counts of abuse of office, fraudulent acquisition of public property and money laundering.

The prosecution told the court that between January 2019 and March 2021, Mr Kariuki approved payments to Westgate Logistics Ltd for road-marking paint and street-light fittings that were never delivered.

Detectives from the Ethics and Anti-Corruption Commission (EACC) arrested him at his home in Kileleshwa on Friday evening. They had searched his office at City Hall two days earlier and carted away files and two laptops. He spent the weekend in custody at Capitol Hill Police Station.

His lawyer, Mr Otieno Okoth, urged the court to release him on lenient terms, saying his client had cooperated with investigators for the past 18 months and was not a flight risk.

The magistrate released him on a cash bail of Sh2 million and directed him to surrender his passport. The case will be mentioned on December 3, and the hearing will begin in February next year.

The EACC said it is seeking to recover land and apartments worth Sh340 million that Mr Kariuki allegedly bought with the money in Nairobi and Nakuru.`,
		[]hoGold{
			{"yesterday", "DATE", "2024-11-18", ""},
			{"January 2019", "DATE", "2019-01", ""},
			{"March 2021", "DATE", "2021-03", ""},
			{"Friday evening", "TIME", "2024-11-15TEV", ""},
			{"two days", "DURATION", "P2D", ""},
			{"the weekend", "DATE", "2024-W46-WE", ""},
			{"the past 18 months", "DURATION", "P18M", ""},
			{"December 3", "DATE", "2024-12-03", ""},
			{"February next year", "DATE", "2025-02", ""},
		}},
}

func TestEnglishHeldOut15(t *testing.T) { guardHeldOut(t, "English 15", enHeldOut15, "en", 0.96) }
