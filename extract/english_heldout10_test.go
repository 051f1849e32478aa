package extract

import "testing"

// enHeldOut10 is a tenth blind English held-out set: sixteen invented news
// passages (150-250 words each, DCTs from 2015 to 2026) written in the
// styles of AP, Reuters, AFP English, The Guardian, The Independent, Al
// Jazeera English, The Hindu, the South China Morning Post, ABC (Australia),
// CBC, NPR and a local US TV station website. Topics mix elections and
// parliaments, courts, wars and ceasefires, central banks and earnings,
// weather disasters, health, sport fixtures and results, culture and science,
// and most stories carry a narrative paragraph recounting the previous days
// (weekday names in the past, present and future, part-of-day TIMEs, clock
// times that take the day last spoken of). Two passages are number-heavy
// (an election tally and a cricket scorecard, with ages, over counts and
// year-like numbers such as "2,019 votes") and hold no temporal expression.
// Gold follows TimeML 1.2.1 / TempEval-3: spans keep determiners and
// modifiers but not prepositions; "N days later"/"a day earlier" are
// DURATIONs; "now"/"currently"/"the present" are PRESENT_REF; ages are not
// timexes. Every relative value (weekdays, ISO weeks, weekends, next/last)
// was computed from the DCT with Python's datetime. The set was written
// without reading the tagger, its tests or its documentation.
var enHeldOut10 = []hoCase{
	{
		"ap-arizona-senate-race", "2016-11-09",
		`PHOENIX (AP) — Democrat Elena Ruiz claimed victory early Wednesday in a tight race for an open state Senate seat in suburban Phoenix, ending a campaign that had dominated local airwaves for months.

Ruiz led Republican Dale Harmon by about 4,300 votes with nearly all ballots counted, according to unofficial results the county posted at 6 a.m. Harmon had not conceded by midmorning and said in a statement that he would wait "until every vote is counted."

The seat opened up in March, when longtime Sen. Walter Brandt announced he would retire after two decades in the Legislature. Ruiz, a 44-year-old school board member from Tempe, entered the race three weeks later and outraised Harmon by nearly 2 to 1.

Turnout appeared to be the highest in a legislative race in more than 20 years. County officials said early ballots dropped off Tuesday would take several days to process, and they expect to release an updated count at 5 p.m. Thursday.

"We have been knocking on doors since April, and the voters answered," Ruiz told supporters at a Tempe hotel on Tuesday night.

Ruiz is to be sworn in on Jan. 9, when the Legislature convenes for a session expected to run until late April.`,
		[]hoGold{
			{"early Wednesday", "DATE", "2016-11-09", "START"},
			{"months", "DURATION", "PXM", ""},
			{"6 a.m.", "TIME", "2016-11-09T06:00", ""},
			{"midmorning", "TIME", "2016-11-09TMO", ""},
			{"March", "DATE", "2016-03", ""},
			{"two decades", "DURATION", "P20Y", ""},
			{"three weeks later", "DURATION", "P3W", ""},
			{"more than 20 years", "DURATION", "P20Y", "MORE_THAN"},
			{"Tuesday", "DATE", "2016-11-08", ""},
			{"several days", "DURATION", "PXD", ""},
			{"5 p.m. Thursday", "TIME", "2016-11-10T17:00", ""},
			{"April", "DATE", "2016-04", ""},
			{"Tuesday night", "TIME", "2016-11-08TNI", ""},
			{"Jan. 9", "DATE", "2017-01-09", ""},
			{"late April", "DATE", "2017-04", "END"},
		},
	},
	{
		"reuters-ecb-ninth-hike", "2023-07-27",
		`FRANKFURT, July 27 (Reuters) - The European Central Bank raised its deposit rate by a quarter point to 3.75% on Thursday, its ninth consecutive increase, and kept the door open to another move in September as inflation in the euro zone remains well above its 2% target.

The ECB has now lifted rates by a combined 425 basis points since July 2022, the fastest tightening in its 25-year history. Euro zone inflation eased to 5.5% in June from 6.1% a month earlier, but underlying price growth has proved stubborn.

"We are not pre-committing to any path," President Christine Lagarde told a news conference, adding that policymakers would review two rounds of inflation and wage data before their next meeting on Sept. 14.

The U.S. Federal Reserve raised its own benchmark rate on Wednesday to a range of 5.25%-5.50%, the highest in 22 years.

Money markets now price roughly a 40% chance of another ECB hike this year. Economists polled by Reuters last week expect the deposit rate to stay at its peak until at least the second quarter of 2024.

Separately, lender Nordhafen Bank said second-quarter net profit rose 31% to 1.2 billion euros, helped by higher interest income, and raised its outlook for fiscal 2023. Its shares, which have gained 18% over the past six months, rose 4% in Frankfurt.`,
		[]hoGold{
			{"July 27", "DATE", "2023-07-27", ""},
			{"Thursday", "DATE", "2023-07-27", ""},
			{"September", "DATE", "2023-09", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"July 2022", "DATE", "2022-07", ""},
			{"25-year", "DURATION", "P25Y", ""},
			{"June", "DATE", "2023-06", ""},
			{"a month earlier", "DURATION", "P1M", ""},
			{"Sept. 14", "DATE", "2023-09-14", ""},
			{"Wednesday", "DATE", "2023-07-26", ""},
			{"22 years", "DURATION", "P22Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"this year", "DATE", "2023", ""},
			{"last week", "DATE", "2023-W29", ""},
			{"the second quarter of 2024", "DATE", "2024-Q2", ""},
			{"second-quarter", "DATE", "2023-Q2", ""},
			{"fiscal 2023", "DATE", "2023", ""},
			{"the past six months", "DURATION", "P6M", ""},
		},
	},
	{
		"afp-lebanon-ceasefire", "2024-11-27",
		`Beirut (AFP) – Thousands of displaced families streamed back towards southern Lebanon on Wednesday, hours after a ceasefire between Israel and Hezbollah took effect at 4:00 am, ending more than a year of cross-border hostilities.

The truce, brokered by the United States and France and announced by US President Joe Biden on Tuesday evening, provides for a 60-day period during which Israeli troops are to withdraw and the Lebanese army is to deploy in the south.

Israeli strikes pounded Beirut's southern suburbs until minutes before the truce began. On Tuesday alone, the health ministry said, at least 42 people were killed across the country.

Residents said the coastal highway south of Sidon was jammed by mid-morning, with cars piled high with mattresses. "We will go back and rebuild, as we did in 2006," said one man from Nabatieh.

The latest escalation began in late September, when Israel intensified its air campaign, and ground troops crossed the border on October 1. Hezbollah had begun firing at Israel on October 8 last year, a day after Hamas's attack on southern Israel.

Prime Minister Najib Mikati called the truce "a fundamental step" towards regional calm. The Israeli military said it would keep troops in their positions for now and warned residents not to approach some 60 villages.

Western diplomats said a US-led committee would monitor compliance over the coming weeks.`,
		[]hoGold{
			{"Wednesday", "DATE", "2024-11-27", ""},
			{"hours", "DURATION", "PTXH", ""},
			{"4:00 am", "TIME", "2024-11-27T04:00", ""},
			{"more than a year", "DURATION", "P1Y", "MORE_THAN"},
			{"Tuesday evening", "TIME", "2024-11-26TEV", ""},
			{"60-day", "DURATION", "P60D", ""},
			{"minutes", "DURATION", "PTXM", ""},
			{"Tuesday", "DATE", "2024-11-26", ""},
			{"mid-morning", "TIME", "2024-11-27TMO", ""},
			{"2006", "DATE", "2006", ""},
			{"late September", "DATE", "2024-09", "END"},
			{"October 1", "DATE", "2024-10-01", ""},
			{"October 8 last year", "DATE", "2023-10-08", ""},
			{"a day", "DURATION", "P1D", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the coming weeks", "DURATION", "PXW", ""},
		},
	},
	{
		"guardian-commons-brexit-defeat", "2019-09-04",
		`Boris Johnson will try to call a general election for 15 October after MPs voted on Tuesday night to take control of the Commons timetable, inflicting a heavy defeat on the government in his first Commons vote as prime minister.

The rebel bill, which would force the prime minister to seek a three-month extension to the Brexit deadline of 31 October unless a deal is approved by 19 October, will be debated on Wednesday afternoon. Parliament is due to be suspended from next week until 14 October.

The defeat capped a chaotic 24 hours at Westminster. On Monday evening, Downing Street briefed that Conservative rebels would lose the whip; by Tuesday afternoon, the former minister Phillip Lee had crossed the floor to join the Liberal Democrats, wiping out the government's working majority. Twenty-one Tory MPs then voted against the government.

Johnson, who has been in office for just six weeks, told the Commons he did not want an election but that the bill left him no choice. Under the Fixed-term Parliaments Act of 2011, an early poll needs the support of two-thirds of MPs.

Labour said it would back an election only once the bill had become law, possibly by the end of the week. "Let the bill pass first," Jeremy Corbyn said.`,
		[]hoGold{
			{"15 October", "DATE", "2019-10-15", ""},
			{"Tuesday night", "TIME", "2019-09-03TNI", ""},
			{"three-month", "DURATION", "P3M", ""},
			{"31 October", "DATE", "2019-10-31", ""},
			{"19 October", "DATE", "2019-10-19", ""},
			{"Wednesday afternoon", "TIME", "2019-09-04TAF", ""},
			{"next week", "DATE", "2019-W37", ""},
			{"14 October", "DATE", "2019-10-14", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"Monday evening", "TIME", "2019-09-02TEV", ""},
			{"Tuesday afternoon", "TIME", "2019-09-03TAF", ""},
			{"six weeks", "DURATION", "P6W", ""},
			{"2011", "DATE", "2011", ""},
			{"the end of the week", "DATE", "2019-W36", "END"},
		},
	},
	{
		"independent-care-home-fraud", "2021-03-12",
		`A former care home manager who stole more than £400,000 from elderly residents over about a decade has been jailed for six years.

Margaret Quinn, 58, of Felixstowe, was sentenced at Ipswich Crown Court on Friday after a jury convicted her last month of fraud by abuse of position and false accounting.

The court heard that Quinn began siphoning money from residents' bank accounts in 2009, two years after she took charge of the 40-bed home. She used the money to pay for holidays, a new kitchen and her daughter's wedding.

The thefts came to light in August 2019, when the son of a 91-year-old resident noticed cash withdrawals his mother could not have made. Suffolk Police arrested Quinn three days later.

Her trial, which lasted three weeks, had been postponed twice since last spring because of the pandemic.

Sentencing her, Judge Rebecca Mills said: "For years you treated the savings of vulnerable people as your own."

The Care Quality Commission, which inspects the home every six months, said it was reviewing its procedures. A proceeds of crime hearing will take place on 14 May. Quinn's barrister said she currently has assets of less than £30,000.`,
		[]hoGold{
			{"about a decade", "DURATION", "P10Y", "APPROX"},
			{"six years", "DURATION", "P6Y", ""},
			{"Friday", "DATE", "2021-03-12", ""},
			{"last month", "DATE", "2021-02", ""},
			{"2009", "DATE", "2009", ""},
			{"two years", "DURATION", "P2Y", ""},
			{"August 2019", "DATE", "2019-08", ""},
			{"three days later", "DURATION", "P3D", ""},
			{"three weeks", "DURATION", "P3W", ""},
			{"last spring", "DATE", "2020-SP", ""},
			{"years", "DURATION", "PXY", ""},
			{"every six months", "SET", "P6M", ""},
			{"14 May", "DATE", "2021-05-14", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
		},
	},
	{
		"aje-sudan-jeddah-truce", "2023-05-21",
		`Sudan's warring parties have agreed to a seven-day ceasefire that will take effect on Monday evening, the United States and Saudi Arabia said, after more than five weeks of fighting that has killed hundreds of people and displaced more than a million.

The agreement, signed on Saturday night in the Saudi city of Jeddah by representatives of the Sudanese army and the paramilitary Rapid Support Forces (RSF), can be extended if both sides agree. Several previous truces collapsed within hours.

Residents of Khartoum reported air strikes and heavy artillery fire in the north of the capital on Sunday morning. "We have not slept properly since the war started," said Amna Hassan, a 34-year-old teacher in Bahri.

The fighting erupted on April 15 after a power struggle between army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo. Talks in Jeddah began on May 6, and a first declaration, signed five days later, committed both sides to protecting civilians but was repeatedly violated.

The UN humanitarian chief, Martin Griffiths, who visited Port Sudan last week, said 25 million people, more than half the population, now needed aid, up from 15.8 million at the start of the year.

Al Jazeera's Hiba Morgan, reporting from Khartoum, said the city's remaining residents were currently going without electricity and running water.`,
		[]hoGold{
			{"seven-day", "DURATION", "P7D", ""},
			{"Monday evening", "TIME", "2023-05-22TEV", ""},
			{"more than five weeks", "DURATION", "P5W", "MORE_THAN"},
			{"Saturday night", "TIME", "2023-05-20TNI", ""},
			{"hours", "DURATION", "PTXH", ""},
			{"Sunday morning", "TIME", "2023-05-21TMO", ""},
			{"April 15", "DATE", "2023-04-15", ""},
			{"May 6", "DATE", "2023-05-06", ""},
			{"five days later", "DURATION", "P5D", ""},
			{"last week", "DATE", "2023-W19", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the start of the year", "DATE", "2023", "START"},
			{"currently", "DATE", "PRESENT_REF", ""},
		},
	},
	{
		"hindu-kerala-red-alert", "2025-07-15",
		`The India Meteorological Department (IMD) on Tuesday issued a red alert for Idukki, Kottayam, Ernakulam and Thrissur districts for the next 48 hours, warning of extremely heavy rainfall of more than 204.4 mm in 24 hours.

Educational institutions in the four districts will remain closed on Wednesday, the District Collectors said. Fishermen have been told not to venture into the sea till Friday.

The heavy spell follows two days of intense rain in the high ranges. On Sunday night, a landslip at Kokkayar in Idukki buried two houses; all seven occupants were rescued. On Monday, the Periyar rose sharply, and by 6 p.m., the shutters of the Idamalayar dam had been raised by 50 cm.

Revenue Minister K. Rajan said 42 relief camps were currently functioning in the State, housing 2,318 people from 614 families.

The southwest monsoon set in over Kerala on May 24, eight days ahead of schedule and the earliest onset since 2009. The State has received 1,408 mm of rain since June 1, 11% above normal, according to the IMD.

The department said rainfall was likely to ease over the weekend, though a fresh low-pressure area could form over the Bay of Bengal next week.`,
		[]hoGold{
			{"Tuesday", "DATE", "2025-07-15", ""},
			{"the next 48 hours", "DURATION", "PT48H", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"Wednesday", "DATE", "2025-07-16", ""},
			{"Friday", "DATE", "2025-07-18", ""},
			{"two days", "DURATION", "P2D", ""},
			{"Sunday night", "TIME", "2025-07-13TNI", ""},
			{"Monday", "DATE", "2025-07-14", ""},
			{"6 p.m.", "TIME", "2025-07-14T18:00", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"May 24", "DATE", "2025-05-24", ""},
			{"eight days", "DURATION", "P8D", ""},
			{"2009", "DATE", "2009", ""},
			{"June 1", "DATE", "2025-06-01", ""},
			{"the weekend", "DATE", "2025-W29-WE", ""},
			{"next week", "DATE", "2025-W30", ""},
		},
	},
	{
		"scmp-mangkhut-cleanup", "2018-09-17",
		`Hong Kong began a massive clean-up on Monday after Typhoon Mangkhut, the most intense storm to hit the city since records began in 1946, uprooted thousands of trees, shattered windows and flooded low-lying areas.

On Sunday, the Observatory raised the No 10 hurricane signal at 9.40am and kept it in force for 10 hours, before lowering it at 7.40pm. More than 200 people sought treatment at public hospitals.

Many commuters waited more than two hours for trains on Monday morning as fallen trees blocked roads across the New Territories, and several MTR lines ran a reduced service. Chief Executive Carrie Lam said the government would consider allowing employees to stay home on Tuesday if transport remained paralysed, adding that all schools would be closed today and tomorrow.

The last time the No 10 signal was hoisted was for Typhoon Hato in August last year. Mangkhut had earlier battered the northern Philippines on Saturday, killing at least 64 people, and made landfall in Guangdong province on Sunday afternoon.

Insurers estimated that claims could exceed HK$6 billion, the highest in a decade. The Observatory said it would review its forecasting models over the next three months.`,
		[]hoGold{
			{"Monday", "DATE", "2018-09-17", ""},
			{"1946", "DATE", "1946", ""},
			{"Sunday", "DATE", "2018-09-16", ""},
			{"9.40am", "TIME", "2018-09-16T09:40", ""},
			{"10 hours", "DURATION", "PT10H", ""},
			{"7.40pm", "TIME", "2018-09-16T19:40", ""},
			{"more than two hours", "DURATION", "PT2H", "MORE_THAN"},
			{"Monday morning", "TIME", "2018-09-17TMO", ""},
			{"Tuesday", "DATE", "2018-09-18", ""},
			{"today", "DATE", "2018-09-17", ""},
			{"tomorrow", "DATE", "2018-09-18", ""},
			{"August last year", "DATE", "2017-08", ""},
			{"Saturday", "DATE", "2018-09-15", ""},
			{"Sunday afternoon", "TIME", "2018-09-16TAF", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"the next three months", "DURATION", "P3M", ""},
		},
	},
	{
		"abc-shield-final-set", "2017-03-20",
		`Victoria will host Western Australia in the Sheffield Shield final at the Junction Oval from Thursday after a dramatic two-wicket win over Queensland at the Gabba secured top spot on the ladder.

Chasing 214, Victoria slumped to 7-131 shortly after lunch on Sunday before Jack Tolley and Liam Parry put on 71 for the eighth wicket in just over an hour. Tolley, 23, finished unbeaten on 64.

Queensland had looked in control on Saturday morning, when captain Ben Marsh declared at 8-305 after rain had washed out most of Friday. Victorian quick Tom Hardy took 5-48, his best figures in first-class cricket.

"To be honest, an hour after lunch I thought we were gone," Victoria coach Andrew Keane told ABC Sport. "Now we get to play a final at home, which is what we've worked for."

Western Australia, the defending champion, has won the Shield twice in the past three years and beat Victoria by an innings in Perth last month.

The five-day final will be Victoria's first home final since 2015. Play on Thursday starts at 10.30am, and tickets go on sale at 9am today.`,
		[]hoGold{
			{"Thursday", "DATE", "2017-03-23", ""},
			{"Sunday", "DATE", "2017-03-19", ""},
			{"just over an hour", "DURATION", "PT1H", "MORE_THAN"},
			{"Saturday morning", "TIME", "2017-03-18TMO", ""},
			{"Friday", "DATE", "2017-03-17", ""},
			{"an hour", "DURATION", "PT1H", ""},
			{"Now", "DATE", "PRESENT_REF", ""},
			{"the past three years", "DURATION", "P3Y", ""},
			{"last month", "DATE", "2017-02", ""},
			{"five-day", "DURATION", "P5D", ""},
			{"2015", "DATE", "2015", ""},
			{"Thursday", "DATE", "2017-03-23", ""},
			{"10.30am", "TIME", "2017-03-23T10:30", ""},
			{"9am today", "TIME", "2017-03-20T09:00", ""},
		},
	},
	{
		"cbc-ontario-schools-covid", "2020-03-13",
		`Ontario will keep all publicly funded schools closed until April 5, the province announced on Thursday night, as the number of confirmed COVID-19 cases in Canada climbed past 150.

Education Minister Stephen Lecce said the closure would extend the school break, which begins Saturday, by two weeks. About two million students are affected.

Prime Minister Justin Trudeau is in self-isolation at home after his wife, Sophie Grégoire Trudeau, tested positive for the virus on Thursday evening following a trip to London. Trudeau will work from home for 14 days, his office said, and is scheduled to address Canadians at noon today.

The World Health Organization declared the outbreak a pandemic on Wednesday.

Ontario reported its first case on Jan. 25, a man who had returned from Wuhan, China, days earlier. Officials said Friday that 79 cases have now been confirmed in the province, up from 42 on Monday.

Public health officials are asking anyone who has travelled outside the country in the past 14 days to monitor for symptoms, and hospitals have been told to prepare for a surge in the coming weeks.`,
		[]hoGold{
			{"April 5", "DATE", "2020-04-05", ""},
			{"Thursday night", "TIME", "2020-03-12TNI", ""},
			{"Saturday", "DATE", "2020-03-14", ""},
			{"two weeks", "DURATION", "P2W", ""},
			{"Thursday evening", "TIME", "2020-03-12TEV", ""},
			{"14 days", "DURATION", "P14D", ""},
			{"noon today", "TIME", "2020-03-13T12:00", ""},
			{"Wednesday", "DATE", "2020-03-11", ""},
			{"Jan. 25", "DATE", "2020-01-25", ""},
			{"days earlier", "DURATION", "PXD", ""},
			{"Friday", "DATE", "2020-03-13", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Monday", "DATE", "2020-03-09", ""},
			{"the past 14 days", "DURATION", "P14D", ""},
			{"the coming weeks", "DURATION", "PXW", ""},
		},
	},
	{
		"npr-webb-first-images", "2022-07-12",
		`NASA released a set of dazzling images from the James Webb Space Telescope on Tuesday, offering what the agency called the deepest and sharpest view of the early universe yet.

The first picture, a deep field of the galaxy cluster SMACS 0723, was unveiled by President Biden at the White House on Monday evening. Some of the faint red smudges in it are galaxies whose light set out not long after the Big Bang.

The $10 billion observatory launched on Christmas Day 2021 and spent a month traveling to its vantage point, about a million miles from Earth. Engineers then spent about six months unfolding its sunshield and mirror and calibrating its four instruments.

The project was first proposed in the 1990s and was originally expected to launch in 2007 at a cost of about $1 billion. "We have been waiting for this for 25 years," said Karen Ostrander, an astronomer at the Space Telescope Science Institute in Baltimore.

Scientists now say the telescope has enough fuel to operate for about 20 years, twice as long as planned. Its next targets include the atmospheres of planets orbiting distant stars, with the first results expected by the end of the year.

"This is a glimpse of the future of astronomy," Ostrander said. "Every week we're going to learn something we didn't know."`,
		[]hoGold{
			{"Tuesday", "DATE", "2022-07-12", ""},
			{"Monday evening", "TIME", "2022-07-11TEV", ""},
			{"Christmas Day 2021", "DATE", "2021-12-25", ""},
			{"a month", "DURATION", "P1M", ""},
			{"about six months", "DURATION", "P6M", "APPROX"},
			{"the 1990s", "DATE", "199", ""},
			{"2007", "DATE", "2007", ""},
			{"25 years", "DURATION", "P25Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"about 20 years", "DURATION", "P20Y", "APPROX"},
			{"the end of the year", "DATE", "2022", "END"},
			{"the future", "DATE", "FUTURE_REF", ""},
			{"Every week", "SET", "P1W", ""},
		},
	},
	{
		"wpsd-mayfield-tornado", "2021-12-11",
		`MAYFIELD, Ky. (WPSD) — Crews searched through the rubble of a candle factory in Mayfield on Saturday after a long-track tornado tore through western Kentucky on Friday night.

Gov. Andy Beshear, who declared a state of emergency early Saturday, said the death toll in the state could exceed 50, calling it the most devastating tornado event in Kentucky's history. He plans to tour the area tomorrow.

The National Weather Service said the storm touched down in northeast Arkansas around 7 p.m. Friday and stayed on the ground for more than 200 miles over about four hours. Mayfield's emergency sirens sounded at 9:07 p.m.

About 110 people were working at the factory when the roof collapsed. As of Saturday afternoon, 40 workers had been rescued.

"It's just gone. The whole downtown is gone," said Mayfield resident Donna Whitlow, 67, who rode out the storm in her bathtub.

The state's deadliest tornado outbreak until now came in April 1974. Weather service teams will survey the damage over the next few days.

A curfew will take effect in Mayfield at 6 p.m. Sunday, and Red Cross shelters are open now at Graves County High School and a church in nearby Wingo. Check back for updates.`,
		[]hoGold{
			{"Saturday", "DATE", "2021-12-11", ""},
			{"Friday night", "TIME", "2021-12-10TNI", ""},
			{"early Saturday", "DATE", "2021-12-11", "START"},
			{"tomorrow", "DATE", "2021-12-12", ""},
			{"around 7 p.m. Friday", "TIME", "2021-12-10T19:00", "APPROX"},
			{"about four hours", "DURATION", "PT4H", "APPROX"},
			{"9:07 p.m.", "TIME", "2021-12-10T21:07", ""},
			{"Saturday afternoon", "TIME", "2021-12-11TAF", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"April 1974", "DATE", "1974-04", ""},
			{"the next few days", "DURATION", "PXD", ""},
			{"6 p.m. Sunday", "TIME", "2021-12-12T18:00", ""},
			{"now", "DATE", "PRESENT_REF", ""},
		},
	},
	{
		"guardian-bristol-museum-reopens", "2026-02-18",
		`Bristol's Harbourside Museum will reopen to the public on 9 May after a £48m refurbishment that has kept its doors shut for three years.

The museum, which opened in 1923, closed in April 2023 for what was meant to be a two-year project. Work was due to finish last summer, but the discovery of asbestos in the roof in the autumn of 2024 pushed the schedule back by 10 months.

Its director, Amara Okafor, said on Tuesday that the opening exhibition, a survey of west African textiles from the 19th century to the present, would run until January. Entry will remain free, but the museum will now close on Mondays to save on staffing costs.

Visitor numbers had been falling for a decade before the closure, to 310,000 in 2019, from a peak of 520,000 a year in the 2000s.

Bristol city council has committed £1.2m a year for the next five years towards running costs. "This building belongs to the city, and it has waited far too long," Okafor said.

Timed tickets go on sale next month.`,
		[]hoGold{
			{"9 May", "DATE", "2026-05-09", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"1923", "DATE", "1923", ""},
			{"April 2023", "DATE", "2023-04", ""},
			{"two-year", "DURATION", "P2Y", ""},
			{"last summer", "DATE", "2025-SU", ""},
			{"the autumn of 2024", "DATE", "2024-FA", ""},
			{"10 months", "DURATION", "P10M", ""},
			{"Tuesday", "DATE", "2026-02-17", ""},
			{"the 19th century", "DATE", "18", ""},
			{"the present", "DATE", "PRESENT_REF", ""},
			{"January", "DATE", "2027-01", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Mondays", "SET", "XXXX-WXX-1", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"2019", "DATE", "2019", ""},
			{"a year", "SET", "P1Y", ""},
			{"the 2000s", "DATE", "200", ""},
			{"a year", "SET", "P1Y", ""},
			{"the next five years", "DURATION", "P5Y", ""},
			{"next month", "DATE", "2026-03", ""},
		},
	},
	{
		"ap-us-open-djokovic", "2015-09-14",
		`NEW YORK (AP) — Novak Djokovic beat Roger Federer 6-4, 5-7, 6-4, 6-4 on Sunday night to win his second U.S. Open title and 10th Grand Slam championship overall.

Rain delayed the start of the final by more than three hours, and the first point was not played until 7:18 p.m. The match lasted 3 hours, 20 minutes, and a boisterous crowd of 23,771 stayed to the end.

Djokovic, 28, has now reached all four major finals this year, winning three of them. He also won the U.S. Open in 2011.

Federer, 34, was trying to become the oldest U.S. Open men's champion since Ken Rosewall in 1970 and had not dropped a set in the tournament before Sunday. He converted only four of 23 break points.

On Saturday, Flavia Pennetta beat fellow Italian Roberta Vinci in the women's final and then announced she would retire at the end of the year. Vinci had stunned Serena Williams in the semifinals a day earlier, ending Williams' bid for a rare sweep of the four majors.

Djokovic said he planned to take two weeks off before the China Open in Beijing, which starts Oct. 3.`,
		[]hoGold{
			{"Sunday night", "TIME", "2015-09-13TNI", ""},
			{"more than three hours", "DURATION", "PT3H", "MORE_THAN"},
			{"7:18 p.m.", "TIME", "2015-09-13T19:18", ""},
			{"3 hours, 20 minutes", "DURATION", "PT3H20M", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"this year", "DATE", "2015", ""},
			{"2011", "DATE", "2011", ""},
			{"1970", "DATE", "1970", ""},
			{"Sunday", "DATE", "2015-09-13", ""},
			{"Saturday", "DATE", "2015-09-12", ""},
			{"the end of the year", "DATE", "2015", "END"},
			{"a day earlier", "DURATION", "P1D", ""},
			{"two weeks", "DURATION", "P2W", ""},
			{"Oct. 3", "DATE", "2015-10-03", ""},
		},
	},
	{
		"afp-election-results-tally-notimex", "2024-06-10",
		`Final results released by the electoral commission gave the ruling National Unity Party 171 of parliament's 300 seats, down from 193, on 38.6 percent of the vote. The opposition Democratic Alliance won 94 seats with 31.2 percent, while the Green Reform bloc took 23 and independents 12.

Turnout was 67.4 percent of 21.8 million registered voters, the commission said, adding that 1,246 of the country's 48,900 polling stations had been recounted after complaints. Results from 17 constituencies remain under review.

In the capital, the ruling party's candidate held her seat by 2,019 votes out of 96,540 cast, while the opposition leader won his constituency with 61.7 percent. Two ministers lost their seats.

Observers from the regional bloc deployed 412 monitors to 2,150 polling stations and reported "isolated irregularities" at 38 of them, including ballot boxes that arrived without seals. Some 3.1 percent of ballots were declared invalid, against 2.4 percent at the previous election.

The ruling party will need the support of at least 30 more lawmakers to reach the two-thirds majority of 200 required to amend the constitution. The Green Reform bloc, whose leader is 39, has said it will not join any coalition, and its 23 members will sit in opposition.`,
		nil,
	},
	{
		"hindu-vijay-hazare-scorecard-notimex", "2019-10-06",
		`Opener R. Karthikeyan's 104 off 118 balls, with 11 fours and three sixes, anchored Tamil Nadu's 287 for six, and left-arm spinner T. Aravind's 4-38 bowled Karnataka out for 241 in 46.2 overs as the host won by 46 runs at the M.A. Chidambaram Stadium.

Karthikeyan added 131 for the second wicket with S. Vignesh (63, 71b, 6x4, 1x6) after Tamil Nadu lost its first wicket at 19. From 212 for two in the 39th over, the side lost four wickets for 38 runs before M. Prasanth (41 not out, 29b, 3x4, 2x6) lifted the total past 280.

Karnataka's chase revolved around captain D. Nischal, who made 92 off 97 balls. At 178 for three in the 33rd over, the visitor needed 110 from 102 balls with seven wickets in hand. Aravind then removed Nischal and two others in the space of 11 balls, and the last five wickets fell for 34.

The 22-year-old Aravind, playing only his sixth List A match, finished with figures of 10-1-38-4. Tamil Nadu moves to the top of Group C with 16 points from five matches, two clear of Baroda, with a net run rate of +1.214.

Scores: Tamil Nadu 287/6 in 50 overs (R. Karthikeyan 104, S. Vignesh 63, M. Prasanth 41 not out; V. Koushik 3-51) bt Karnataka 241 in 46.2 overs (D. Nischal 92, K. Gowtham 37; T. Aravind 4-38, P. Saravanan 3-47).`,
		nil,
	},
}

func TestEnglishHeldOut10(t *testing.T) { guardHeldOut(t, "English 10", enHeldOut10, "en", 0.95) }
