package extract

import "testing"

// enHeldOut6 is a sixth blind English held-out set: 16 invented but
// realistic whole news articles (150-250 words each) dated 2019-2026, written
// in the styles of AP, Reuters, Bloomberg, The Guardian, BBC, CNBC, NPR, ESPN,
// The Times of India, Al Jazeera English and a US local TV station website.
// Topics: a federal fraud verdict, Q3 2024 and fiscal-2025 tech earnings, a
// Federal Reserve decision, the 2024 UK and US elections, Storm Eowyn, a
// measles outbreak, the MLB wild-card round, Indian Railways festive trains,
// Thanksgiving and Memorial Day travel, a lunar launch and an obituary. Two
// number-heavy passages (a lottery win, a flight diversion) contain no timex
// at all: prices, percentages, addresses, flight, route and tail numbers,
// ages, people named June and August and a "Black Friday Outlet" store.
// The set stresses modern copy formats ("Sept. 12", "Oct 30", "March 3rd",
// "4.20am", "07:00 GMT", "3 p.m. ET", "Q3 2024", "H1 2025", "FY2025", "the
// third quarter of fiscal 2025", "mid-2025", "end-2025", an ISO date in a data
// line), weekdays whose direction depends on tense, reported speech and
// relative clauses, times anchored to a non-DCT day, holidays (Election Day,
// Thanksgiving, Memorial Day weekend, New Year's Eve, Diwali), SETs, ages
// ("a 10-year-old" = P10Y) and non-timex look-alikes (24/7, COVID-19, Game 1,
// "a quarter percentage point", Winter Garden Theatre, Manager of the Year).
// Gold (284 timexes) follows TimeML 1.2.1 / TempEval-3: spans keep determiners
// and modifiers but not prepositions; "overnight" is TIME <evening date>TNI,
// "midnight" is T24:00, a sports "last season" is the DATE of the year it
// covers, "year-to-date" is the DATE of the current year, "in two weeks" is a
// DURATION while "two weeks from now" is the resolved DATE. Every relative
// value was computed from the DCT with Python's datetime. The set was written
// without reading the tagger, its tests, docs/EXTRACTION.md or the dev corpus.
var enHeldOut6 = []hoCase{
	{
		"ap-phoenix-treasurer-verdict", "2024-11-19",
		`PHOENIX (AP) — A federal jury on Tuesday convicted a former Maricopa County deputy treasurer of wire fraud and money laundering, finding that he steered nearly $4.2 million in public funds into shell companies over a six-year span.

Jurors deliberated for about nine hours over two days before returning the verdict at about 11 a.m. The trial began Oct. 28 and featured testimony from 31 witnesses.

Prosecutors said Darren Ellsworth, 54, began siphoning money in early 2017 and kept going until auditors flagged irregular transfers in the spring of 2023. FBI agents searched his Mesa home Jan. 6, and a grand jury indicted him Sept. 12.

U.S. District Judge Maria Okafor set sentencing for Feb. 24 and ordered Ellsworth held in custody, saying he had tried to wire money overseas days after learning of the investigation. He faces up to 20 years in prison on the most serious count.

Defense attorney Reid Halvorsen said earlier Tuesday, before the verdict was read, that his client had "done nothing to hide." Afterward, he told reporters the defense would seek a new trial within 14 days and planned to appeal.

A related civil suit brought by the county is set for trial in March. County officials said later Tuesday that they have recovered about $1.1 million and will brief the Board of Supervisors at its meeting Wednesday.

Ellsworth worked in the treasurer's office for more than two decades, including a decade-long stint overseeing investment accounts.`,
		[]hoGold{
			{"Tuesday", "DATE", "2024-11-19", ""},
			{"a six-year span", "DURATION", "P6Y", ""},
			{"about nine hours", "DURATION", "PT9H", "APPROX"},
			{"two days", "DURATION", "P2D", ""},
			{"about 11 a.m.", "TIME", "2024-11-19T11:00", "APPROX"},
			{"Oct. 28", "DATE", "2024-10-28", ""},
			{"early 2017", "DATE", "2017", "START"},
			{"the spring of 2023", "DATE", "2023-SP", ""},
			{"Jan. 6", "DATE", "2024-01-06", ""},
			{"Sept. 12", "DATE", "2024-09-12", ""},
			{"Feb. 24", "DATE", "2025-02-24", ""},
			{"days", "DURATION", "PXD", ""},
			{"up to 20 years", "DURATION", "P20Y", "EQUAL_OR_LESS"},
			{"earlier Tuesday", "DATE", "2024-11-19", ""},
			{"14 days", "DURATION", "P14D", ""},
			{"March", "DATE", "2025-03", ""},
			{"later Tuesday", "DATE", "2024-11-19", ""},
			{"Wednesday", "DATE", "2024-11-20", ""},
			{"more than two decades", "DURATION", "P20Y", "MORE_THAN"},
			{"a decade-long", "DURATION", "P10Y", ""},
		},
	},
	{
		"reuters-veridian-q3-2024", "2024-10-30",
		`SAN FRANCISCO, Oct 30 (Reuters) - Veridian Systems beat Wall Street estimates for third-quarter revenue on Wednesday, helped by surging demand for its AI data-center software, and forecast fourth-quarter sales above expectations.

Shares of the Austin, Texas-based company rose 7% in extended trading after the results were released at 4:05 p.m. ET. The stock has gained 48% year-to-date, outpacing the Nasdaq's 22% rise.

Revenue for Q3 2024 rose 31% to $3.86 billion from a year earlier, compared with analysts' average estimate of $3.71 billion, according to LSEG data. For the quarter ending Dec. 31, Veridian expects revenue of $4.05 billion to $4.15 billion.

"Customers that were piloting our tools in the first half of the year are now signing much larger contracts," Chief Executive Priya Raman said on a call with analysts. She said the company would begin shipping its next inference platform in late January and expected it to contribute meaningfully to results by mid-2025.

Veridian said last month it would cut about 4% of its workforce by the end of the year. On Wednesday it also announced a $5 billion share buyback to be completed over the next three years.

Chief Financial Officer Tom Weller said capital spending would peak in fiscal 2025 before easing. The company will hold an investor day on Dec. 10, two weeks after rival Halcyon Data reports results.`,
		[]hoGold{
			{"Oct 30", "DATE", "2024-10-30", ""},
			{"third-quarter", "DATE", "2024-Q3", ""},
			{"Wednesday", "DATE", "2024-10-30", ""},
			{"fourth-quarter", "DATE", "2024-Q4", ""},
			{"4:05 p.m. ET", "TIME", "2024-10-30T16:05", ""},
			{"year-to-date", "DATE", "2024", ""},
			{"Q3 2024", "DATE", "2024-Q3", ""},
			{"a year earlier", "DATE", "2023-Q3", ""},
			{"the quarter", "DATE", "2024-Q4", ""},
			{"Dec. 31", "DATE", "2024-12-31", ""},
			{"the first half of the year", "DATE", "2024-H1", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"late January", "DATE", "2025-01", "END"},
			{"mid-2025", "DATE", "2025", "MID"},
			{"last month", "DATE", "2024-09", ""},
			{"the end of the year", "DATE", "2024", "END"},
			{"Wednesday", "DATE", "2024-10-30", ""},
			{"the next three years", "DURATION", "P3Y", ""},
			{"fiscal 2025", "DATE", "2025", ""},
			{"Dec. 10", "DATE", "2024-12-10", ""},
			{"two weeks", "DURATION", "P2W", ""},
		},
	},
	{
		"bloomberg-fed-sept-cut", "2025-09-17",
		`(Bloomberg) -- Federal Reserve officials lowered interest rates for the first time since December and signaled two more cuts were likely before end-2025, as concern about a cooling labor market outweighed worries over sticky inflation.

The Federal Open Market Committee voted 11-1 on Wednesday to reduce the benchmark federal funds rate by a quarter percentage point to a range of 4% to 4.25%. The decision was released at 2 p.m. in Washington, and Chair Jerome Powell began his press conference half an hour later.

Updated quarterly projections showed the median official expects the rate to end 2026 at 3.4%, with inflation returning to the 2% target only in 2028. Core inflation ran at 2.9% in the 12 months through August, faster than the pace seen early this year.

"The labor market has really softened over the past few months," Powell said. Employers added an average of just 29,000 jobs over the summer, the weakest three-month stretch since 2020.

Officials meet eight times a year, and Powell testifies before Congress twice a year. The committee's next gathering concludes Oct. 29, and traders now see roughly even odds of another cut early next year after an October move.

Stephen Miran, who joined the board this week, dissented in favor of a half-point reduction. Treasury yields, which fell to their lowest in five months on Tuesday, edged higher after the statement.`,
		[]hoGold{
			{"December", "DATE", "2024-12", ""},
			{"end-2025", "DATE", "2025", "END"},
			{"Wednesday", "DATE", "2025-09-17", ""},
			{"2 p.m.", "TIME", "2025-09-17T14:00", ""},
			{"half an hour", "DURATION", "PT30M", ""},
			{"quarterly", "SET", "P3M", ""},
			{"2026", "DATE", "2026", ""},
			{"2028", "DATE", "2028", ""},
			{"the 12 months", "DURATION", "P12M", ""},
			{"August", "DATE", "2025-08", ""},
			{"early this year", "DATE", "2025", "START"},
			{"the past few months", "DURATION", "PXM", ""},
			{"the summer", "DATE", "2025-SU", ""},
			{"three-month", "DURATION", "P3M", ""},
			{"2020", "DATE", "2020", ""},
			{"eight times a year", "SET", "P1Y", ""},
			{"twice a year", "SET", "P1Y", ""},
			{"Oct. 29", "DATE", "2025-10-29", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"early next year", "DATE", "2026", "START"},
			{"October", "DATE", "2025-10", ""},
			{"this week", "DATE", "2025-W38", ""},
			{"five months", "DURATION", "P5M", ""},
			{"Tuesday", "DATE", "2025-09-16", ""},
		},
	},
	{
		"guardian-uk-election-result", "2024-07-05",
		`Keir Starmer will become prime minister later on Friday after Labour won a landslide victory in Thursday's general election, ending 14 years of Conservative government.

With almost all results declared by 9am, Labour had won more than 400 seats, giving it a Commons majority of about 170. The Conservatives were reduced to 121 seats, their worst result since the party was founded in the 19th century.

Counting continued overnight across Britain, with turnout estimated at about 60%, the lowest since 2001. Rishi Sunak conceded defeat at about 4.20am, telling supporters in Richmond that he would travel to Buckingham Palace this morning to tender his resignation to the King.

Starmer, who has led Labour since April 2020, told a victory rally in central London that "change begins now". He is expected to appoint his cabinet over the weekend, with the first cabinet meeting on Saturday.

The election, which Sunak called in May, came about six months earlier than required. MPs will return to Westminster on 9 July to be sworn in, and the King's speech is scheduled for 17 July. Labour has promised a budget in the autumn.

The Liberal Democrats won 71 seats, their best showing in a century, while Reform UK took five and the Greens four.`,
		[]hoGold{
			{"Friday", "DATE", "2024-07-05", ""},
			{"Thursday", "DATE", "2024-07-04", ""},
			{"14 years", "DURATION", "P14Y", ""},
			{"9am", "TIME", "2024-07-05T09:00", ""},
			{"the 19th century", "DATE", "18", ""},
			{"overnight", "TIME", "2024-07-04TNI", ""},
			{"2001", "DATE", "2001", ""},
			{"about 4.20am", "TIME", "2024-07-05T04:20", "APPROX"},
			{"this morning", "TIME", "2024-07-05TMO", ""},
			{"April 2020", "DATE", "2020-04", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the weekend", "DATE", "2024-W27-WE", ""},
			{"Saturday", "DATE", "2024-07-06", ""},
			{"May", "DATE", "2024-05", ""},
			{"about six months", "DURATION", "P6M", "APPROX"},
			{"9 July", "DATE", "2024-07-09", ""},
			{"17 July", "DATE", "2024-07-17", ""},
			{"the autumn", "DATE", "2024-FA", ""},
			{"a century", "DURATION", "P100Y", ""},
		},
	},
	{
		"bbc-storm-eowyn-red-warning", "2025-01-24",
		`Storm Éowyn: Red warning in force as 100mph gusts hit Northern Ireland

A rare red weather warning is in force across Northern Ireland and parts of Scotland after gusts of up to 100mph (160km/h) were recorded overnight.

The Met Office warning for Northern Ireland began at 07:00 GMT on Friday and runs until 14:00, while a second red warning for central Scotland is in place between 10:00 and 17:00.

More than 200,000 homes and businesses were without power by 08:30, NIE Networks said. Schools across Northern Ireland are closed today and Translink has suspended all bus and rail services until at least midday.

In County Antrim, a 10-year-old boy was taken to hospital after being struck by a falling branch.

An amber warning covering much of northern England remains in place until midnight, and a yellow warning for snow has been issued for Saturday morning.

Forecasters said Éowyn was the strongest storm to hit the region in more than a decade. The highest gust recorded in Northern Ireland on Thursday, before the storm arrived, was 45mph.

Conditions are expected to ease this weekend, but another area of low pressure could bring heavy rain early next week. In January last year, storms Isha and Jocelyn struck within a week of each other.

People are being urged not to travel, and emergency services are operating 24/7.`,
		[]hoGold{
			{"overnight", "TIME", "2025-01-23TNI", ""},
			{"07:00 GMT", "TIME", "2025-01-24T07:00", ""},
			{"Friday", "DATE", "2025-01-24", ""},
			{"14:00", "TIME", "2025-01-24T14:00", ""},
			{"10:00", "TIME", "2025-01-24T10:00", ""},
			{"17:00", "TIME", "2025-01-24T17:00", ""},
			{"08:30", "TIME", "2025-01-24T08:30", ""},
			{"today", "DATE", "2025-01-24", ""},
			{"midday", "TIME", "2025-01-24T12:00", ""},
			{"a 10-year-old", "DURATION", "P10Y", ""},
			{"midnight", "TIME", "2025-01-24T24:00", ""},
			{"Saturday morning", "TIME", "2025-01-25TMO", ""},
			{"more than a decade", "DURATION", "P10Y", "MORE_THAN"},
			{"Thursday", "DATE", "2025-01-23", ""},
			{"this weekend", "DATE", "2025-W04-WE", ""},
			{"early next week", "DATE", "2025-W05", "START"},
			{"January last year", "DATE", "2024-01", ""},
			{"a week", "DURATION", "P1W", ""},
		},
	},
	{
		"cnbc-tern-micro-fiscal-q3", "2025-08-27",
		`Tern Micro shares surge after chipmaker tops estimates, lifts outlook

Published Wed, Aug 27 2025 4:31 PM EDT

Tern Micro shares rose as much as 9% in extended trading on Wednesday after the chipmaker reported results for the third quarter of fiscal 2025 that beat analysts' estimates and raised its guidance for FY2025.

Here's how the company did in the period ended June 28, compared with what Wall Street was expecting, based on a survey of analysts by LSEG:

Earnings per share: $1.42 adjusted vs. $1.31 expected
Revenue: $6.18 billion vs. $5.94 billion expected

Revenue grew 24% from a year earlier. For the fourth quarter, which ends Sept. 27, Tern expects sales of about $6.6 billion.

The company said demand from data-center customers remained strong through July and into this month. In H1 2025, data-center revenue more than doubled, and executives said on the call that the segment could account for half of total sales by fiscal 2027.

"We've spent the past three years rebuilding our roadmap," CEO Lena Ostrowski told CNBC after the report. Tern plans to bring a new factory in Arizona online in the second half of next year, about six months later than originally projected.

The stock had fallen 18% year to date through Tuesday's close, lagging the PHLX Semiconductor Index. Tern will report its next results in November and hold an investor meeting on March 3rd.`,
		[]hoGold{
			{"Wed, Aug 27 2025 4:31 PM EDT", "TIME", "2025-08-27T16:31", ""},
			{"Wednesday", "DATE", "2025-08-27", ""},
			{"the third quarter of fiscal 2025", "DATE", "2025-Q3", ""},
			{"FY2025", "DATE", "2025", ""},
			{"June 28", "DATE", "2025-06-28", ""},
			{"a year earlier", "DATE", "2024-Q3", ""},
			{"the fourth quarter", "DATE", "2025-Q4", ""},
			{"Sept. 27", "DATE", "2025-09-27", ""},
			{"July", "DATE", "2025-07", ""},
			{"this month", "DATE", "2025-08", ""},
			{"H1 2025", "DATE", "2025-H1", ""},
			{"fiscal 2027", "DATE", "2027", ""},
			{"the past three years", "DURATION", "P3Y", ""},
			{"the second half of next year", "DATE", "2026-H2", ""},
			{"about six months", "DURATION", "P6M", "APPROX"},
			{"year to date", "DATE", "2025", ""},
			{"Tuesday", "DATE", "2025-08-26", ""},
			{"November", "DATE", "2025-11", ""},
			{"March 3rd", "DATE", "2026-03-03", ""},
		},
	},
	{
		"npr-texas-measles-outbreak", "2025-03-14",
		`The measles outbreak centered in West Texas has grown to 259 cases, state health officials said Friday, up from 223 on Tuesday. Most of the infections are in children who were not vaccinated.

The outbreak was first reported in late January in Gaines County. Last month, a 6-year-old girl who had not been vaccinated died, the first U.S. measles death since 2015. Health officials in neighboring New Mexico said last week that an adult who died there earlier this month had also tested positive for the virus.

"We are now seeing new cases every day," said Dr. Amaya Lopez, an epidemiologist with the Texas Department of State Health Services, which updates its case count twice a week, on Tuesdays and Fridays. "This could go on for months."

The U.S. recorded 285 measles cases in all of 2024. Experts say kindergarten vaccination rates have slipped over the past five years, as the COVID-19 pandemic disrupted routine checkups.

Two doses of the measles, mumps and rubella vaccine are about 97% effective at preventing infection, according to the CDC.

Lopez said the state expects to open three more vaccination clinics by next Friday, and that officials will reassess the outbreak's trajectory in two weeks. An outbreak is declared over after 42 days with no new cases.`,
		[]hoGold{
			{"Friday", "DATE", "2025-03-14", ""},
			{"Tuesday", "DATE", "2025-03-11", ""},
			{"late January", "DATE", "2025-01", "END"},
			{"Last month", "DATE", "2025-02", ""},
			{"a 6-year-old", "DURATION", "P6Y", ""},
			{"2015", "DATE", "2015", ""},
			{"last week", "DATE", "2025-W10", ""},
			{"earlier this month", "DATE", "2025-03", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"every day", "SET", "P1D", ""},
			{"twice a week", "SET", "P1W", ""},
			{"Tuesdays", "SET", "XXXX-WXX-2", ""},
			{"Fridays", "SET", "XXXX-WXX-5", ""},
			{"months", "DURATION", "PXM", ""},
			{"2024", "DATE", "2024", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"next Friday", "DATE", "2025-03-21", ""},
			{"two weeks", "DURATION", "P2W", ""},
			{"42 days", "DURATION", "P42D", ""},
		},
	},
	{
		"espn-guardians-clinch-wild-card", "2025-09-29",
		`CLEVELAND -- The Guardians finished the biggest comeback in franchise history this past weekend, and now they get a rematch with the team they chased down.

Cleveland, which trailed Detroit by 15½ games on July 8, beat Texas 9-2 on Sunday to clinch the American League Central title with 88 wins. The Guardians went 20-7 in September, their best stretch since August 2017.

They will host the Tigers in Game 1 of the best-of-three Wild Card Series on Tuesday at 1:08 p.m. ET, with Game 2 on Wednesday and, if necessary, Game 3 on Thursday.

"Nobody in here stopped believing, not since the start of the season," manager Stephen Vogt said Sunday night. Vogt, who was named AL Manager of the Year last season, said the clubhouse "never looked at the standings."

Right-hander Tanner Bibee, who threw seven scoreless innings last Tuesday, is lined up to start the opener. José Ramírez hit his 30th homer on Friday and finished with 44 stolen bases.

Detroit lost 10 of its final 14 games, including six straight in mid-September. The Tigers, who ended a decade-long playoff drought last year, fell to Cleveland in a five-game Division Series that October.

The AL Division Series begins Saturday, and the winner will face top-seeded Toronto.`,
		[]hoGold{
			{"this past weekend", "DATE", "2025-W39-WE", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"July 8", "DATE", "2025-07-08", ""},
			{"Sunday", "DATE", "2025-09-28", ""},
			{"September", "DATE", "2025-09", ""},
			{"August 2017", "DATE", "2017-08", ""},
			{"Tuesday", "DATE", "2025-09-30", ""},
			{"1:08 p.m. ET", "TIME", "2025-09-30T13:08", ""},
			{"Wednesday", "DATE", "2025-10-01", ""},
			{"Thursday", "DATE", "2025-10-02", ""},
			{"the start of the season", "DATE", "2025", "START"},
			{"Sunday night", "TIME", "2025-09-28TNI", ""},
			{"last season", "DATE", "2024", ""},
			{"last Tuesday", "DATE", "2025-09-23", ""},
			{"Friday", "DATE", "2025-09-26", ""},
			{"mid-September", "DATE", "2025-09", "MID"},
			{"a decade-long", "DURATION", "P10Y", ""},
			{"last year", "DATE", "2024", ""},
			{"that October", "DATE", "2024-10", ""},
			{"Saturday", "DATE", "2025-10-04", ""},
		},
	},
	{
		"toi-railways-festive-specials", "2025-10-13",
		`Updated: Oct 13, 2025, 08:14 IST

NEW DELHI: Indian Railways will run 12,011 special train trips during the festive rush this year, up from 7,724 last year, railway minister Ashwini Vaishnaw said on Sunday.

The special services, which began on October 1, will continue till November 30 to handle the surge of passengers travelling home for Diwali. Officials said advance reservations opened in the first week of September and that several trains to Bihar were fully booked within hours.

"Over the next five years we will add so much capacity that no passenger has to stand for 30 hours," Vaishnaw told reporters at New Delhi station, where he inspected crowd-control arrangements at 3pm.

A holding area for 7,000 passengers has been set up at Anand Vihar, which will function 24/7 until the end of the month. The ministry has also deployed an additional 3,500 RPF personnel since last Friday.

Passengers can book unreserved tickets on the UTS app up to three hours before departure.

Vaishnaw will leave on a three-day visit to Japan on Wednesday to review progress on the Mumbai-Ahmedabad bullet train project, which is expected to begin partial operations in 2027. A decision on the second phase is likely by mid-2026, officials said.

Source: Ministry of Railways, data as of 2025-10-12`,
		[]hoGold{
			{"Oct 13, 2025, 08:14 IST", "TIME", "2025-10-13T08:14", ""},
			{"this year", "DATE", "2025", ""},
			{"last year", "DATE", "2024", ""},
			{"Sunday", "DATE", "2025-10-12", ""},
			{"October 1", "DATE", "2025-10-01", ""},
			{"November 30", "DATE", "2025-11-30", ""},
			{"Diwali", "DATE", "2025-10-20", ""},
			{"the first week of September", "DATE", "2025-W36", ""},
			{"hours", "DURATION", "PTXH", ""},
			{"the next five years", "DURATION", "P5Y", ""},
			{"30 hours", "DURATION", "PT30H", ""},
			{"3pm", "TIME", "2025-10-12T15:00", ""},
			{"the end of the month", "DATE", "2025-10", "END"},
			{"last Friday", "DATE", "2025-10-10", ""},
			{"up to three hours", "DURATION", "PT3H", "EQUAL_OR_LESS"},
			{"a three-day", "DURATION", "P3D", ""},
			{"Wednesday", "DATE", "2025-10-15", ""},
			{"2027", "DATE", "2027", ""},
			{"mid-2026", "DATE", "2026", "MID"},
			{"2025-10-12", "DATE", "2025-10-12", ""},
		},
	},
	{
		"aljazeera-trump-wins-presidency", "2024-11-06",
		`Donald Trump wins US presidential election in stunning comeback

Donald Trump has been elected the 47th president of the United States, completing a remarkable political comeback four years after he lost the White House to Joe Biden.

US media projected early on Wednesday that Trump had won Wisconsin, pushing him past the 270 Electoral College votes needed for victory. He addressed supporters in West Palm Beach, Florida, at about 2:30am local time (07:30 GMT), declaring that Americans had given him "an unprecedented and powerful mandate".

Harris, who replaced Biden at the top of the Democratic ticket in July, did not speak to supporters gathered at Howard University overnight. Her campaign said she would address the nation later on Wednesday.

Exit polls from Tuesday's vote showed the economy and immigration were the top concerns for voters. Millions of Americans had cast ballots more than a month before Election Day.

Congress will certify the results on January 6, and Trump, 78, will be sworn in on January 20, becoming the first president since Grover Cleveland in 1893 to serve two non-consecutive terms. Americans choose a president every four years, and the Electoral College formally meets in December.

Trump has dominated Republican politics over the past decade. Republicans also won control of the Senate, while the race for the House of Representatives remained too close to call on Wednesday afternoon.`,
		[]hoGold{
			{"four years", "DURATION", "P4Y", ""},
			{"Wednesday", "DATE", "2024-11-06", ""},
			{"about 2:30am", "TIME", "2024-11-06T02:30", "APPROX"},
			{"07:30 GMT", "TIME", "2024-11-06T07:30", ""},
			{"July", "DATE", "2024-07", ""},
			{"overnight", "TIME", "2024-11-05TNI", ""},
			{"Wednesday", "DATE", "2024-11-06", ""},
			{"Tuesday", "DATE", "2024-11-05", ""},
			{"more than a month", "DURATION", "P1M", "MORE_THAN"},
			{"Election Day", "DATE", "2024-11-05", ""},
			{"January 6", "DATE", "2025-01-06", ""},
			{"January 20", "DATE", "2025-01-20", ""},
			{"1893", "DATE", "1893", ""},
			{"every four years", "SET", "P4Y", ""},
			{"December", "DATE", "2024-12", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"Wednesday afternoon", "TIME", "2024-11-06TAF", ""},
		},
	},
	{
		"kare-msp-thanksgiving-travel", "2025-11-24",
		`MINNEAPOLIS (KARE) — Minneapolis-St. Paul International Airport expects its busiest holiday travel stretch on record, with about 560,000 passengers screened between last Friday and Dec. 2, airport officials said Monday.

Wednesday and the Sunday after Thanksgiving are expected to be the busiest, with security lines at Terminal 1 that could top 45 minutes. Officials recommend arriving two hours before domestic flights.

Drivers should plan ahead, too. AAA projects 1.4 million Minnesotans will travel 50 miles or more this week, and says the worst time to be on the road is Wednesday afternoon. MnDOT is suspending most lane closures on Interstate 94 from noon Wednesday through Sunday night.

Snow could complicate things. The National Weather Service said 3 to 6 inches could fall Tuesday night into Wednesday morning across the Twin Cities.

Airport spokesperson Jeff Lea said the airport's record of 38,400 passengers screened in a single day was set over Memorial Day weekend.

Retailers at the Mall of America will open at 7 a.m. the day after Thanksgiving, and the mall's holiday tree lighting is set for two weeks from now. Airport officials said they will review staffing again ahead of the Christmas and New Year's Eve rush.`,
		[]hoGold{
			{"last Friday", "DATE", "2025-11-21", ""},
			{"Dec. 2", "DATE", "2025-12-02", ""},
			{"Monday", "DATE", "2025-11-24", ""},
			{"Wednesday", "DATE", "2025-11-26", ""},
			{"the Sunday after Thanksgiving", "DATE", "2025-11-30", ""},
			{"45 minutes", "DURATION", "PT45M", ""},
			{"two hours", "DURATION", "PT2H", ""},
			{"this week", "DATE", "2025-W48", ""},
			{"Wednesday afternoon", "TIME", "2025-11-26TAF", ""},
			{"noon Wednesday", "TIME", "2025-11-26T12:00", ""},
			{"Sunday night", "TIME", "2025-11-30TNI", ""},
			{"Tuesday night", "TIME", "2025-11-25TNI", ""},
			{"Wednesday morning", "TIME", "2025-11-26TMO", ""},
			{"a single day", "DURATION", "P1D", ""},
			{"Memorial Day weekend", "DATE", "2025-W21-WE", ""},
			{"7 a.m.", "TIME", "2025-11-28T07:00", ""},
			{"the day after Thanksgiving", "DATE", "2025-11-28", ""},
			{"two weeks from now", "DATE", "2025-12-08", ""},
			{"Christmas", "DATE", "2025-12-25", ""},
			{"New Year's Eve", "DATE", "2025-12-31", ""},
		},
	},
	{
		"ap-meridian-lunar-lander-launch", "2026-02-10",
		`CAPE CANAVERAL, Fla. (AP) — A private lunar lander is set to launch Thursday from Florida after a week of weather and hardware delays, the company behind the mission said Tuesday.

Houston-based Meridian Space said its Tessera lander will lift off atop a SpaceX Falcon 9 rocket at 2:47 a.m. ET, at the opening of an instantaneous launch window. If the flight is scrubbed, the next opportunity comes 24 hours later.

The mission was originally scheduled for late 2024 but slipped several times, first to mid-2025 and then to January, as engineers replaced a faulty valve in the lander's propulsion system. NASA is paying $118 million to fly five science instruments to the moon's south polar region.

After a roughly nine-day cruise, Tessera would attempt a landing on Feb. 21. It is designed to operate for about two weeks, until the sun sets over the landing site.

"This is the decade we go back to the moon to stay," said Meridian chief executive Dana Whitlock, noting that NASA plans to send astronauts around the moon in April and land crews later in the 2020s. Meridian hopes to fly two landers every year over the next five years.

Only a handful of private landers have reached the lunar surface since Intuitive Machines' Odysseus tipped over in February 2024. Meridian's only previous launch was a test flight in September 2023.

Forecasters on Tuesday gave an 80% chance of favorable weather for Thursday's attempt.`,
		[]hoGold{
			{"Thursday", "DATE", "2026-02-12", ""},
			{"a week", "DURATION", "P1W", ""},
			{"Tuesday", "DATE", "2026-02-10", ""},
			{"2:47 a.m. ET", "TIME", "2026-02-12T02:47", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"late 2024", "DATE", "2024", "END"},
			{"mid-2025", "DATE", "2025", "MID"},
			{"January", "DATE", "2026-01", ""},
			{"a roughly nine-day", "DURATION", "P9D", "APPROX"},
			{"Feb. 21", "DATE", "2026-02-21", ""},
			{"about two weeks", "DURATION", "P2W", "APPROX"},
			{"the decade", "DATE", "202", ""},
			{"April", "DATE", "2026-04", ""},
			{"the 2020s", "DATE", "202", ""},
			{"every year", "SET", "P1Y", ""},
			{"the next five years", "DURATION", "P5Y", ""},
			{"February 2024", "DATE", "2024-02", ""},
			{"September 2023", "DATE", "2023-09", ""},
			{"Tuesday", "DATE", "2026-02-10", ""},
			{"Thursday", "DATE", "2026-02-12", ""},
		},
	},
	{
		"obit-eleanor-voss-lighting-designer", "2023-06-02",
		`Eleanor Voss, a lighting designer whose work illuminated more than 60 Broadway productions and who helped create a memorial to the victims of 9/11, died Thursday at her home in Manhattan. She was 87.

Her son, Daniel Voss, said the cause was complications of Parkinson's disease, with which she had been diagnosed in 2016.

Born on Nov. 3, 1935, in Dayton, Ohio, Ms. Voss moved to New York in the late 1950s and worked as an electrician's assistant at the Winter Garden Theatre for three years before designing her first show in 1962. Over the next two decades she became one of the most sought-after designers on Broadway, winning Tony Awards in 1974 and 1981, and she was among the few women to lead a Broadway design team in the 20th century.

After the attacks of Sept. 11, 2001, she spent months working with artists and engineers on a temporary installation of searchlights near ground zero, first lit on March 11, 2002. The tribute has been repeated each September.

"She thought about light the way composers think about silence," said the director Marcia Lunt, who worked with her on nine shows.

Ms. Voss taught at New York University for 12 years before retiring in 2009.

In addition to her son, she is survived by two granddaughters. A memorial service will be held at St. Malachy's Church on June 17 at 11 a.m.`,
		[]hoGold{
			{"9/11", "DATE", "2001-09-11", ""},
			{"Thursday", "DATE", "2023-06-01", ""},
			{"2016", "DATE", "2016", ""},
			{"Nov. 3, 1935", "DATE", "1935-11-03", ""},
			{"the late 1950s", "DATE", "195", "END"},
			{"three years", "DURATION", "P3Y", ""},
			{"1962", "DATE", "1962", ""},
			{"the next two decades", "DURATION", "P20Y", ""},
			{"1974", "DATE", "1974", ""},
			{"1981", "DATE", "1981", ""},
			{"the 20th century", "DATE", "19", ""},
			{"Sept. 11, 2001", "DATE", "2001-09-11", ""},
			{"months", "DURATION", "PXM", ""},
			{"March 11, 2002", "DATE", "2002-03-11", ""},
			{"each September", "SET", "XXXX-09", ""},
			{"12 years", "DURATION", "P12Y", ""},
			{"2009", "DATE", "2009", ""},
			{"June 17", "DATE", "2023-06-17", ""},
			{"11 a.m.", "TIME", "2023-06-17T11:00", ""},
		},
	},
	{
		"cnbc-memorial-day-air-travel", "2025-05-20",
		`U.S. airlines expect to carry a record 3.1 million passengers on Friday, kicking off Memorial Day weekend, with airfares lower than a year ago.

The Transportation Security Administration said it screened 2.9 million people on Sunday and expects to top its record, set Dec. 1, 2024, at some point this summer. Airlines for America forecasts 271 million passengers between June 1 and Aug. 31, up 4% from last summer.

Domestic fares for June, July and August are averaging $312 round trip, down 5% from 2024, according to travel app Hopper, which tracks prices weekly. Fares typically climb each spring as demand builds, but carriers added seats earlier this year and many are now discounting.

Travelers should still book early. "The sweet spot for domestic trips is about two months in advance," said Hopper economist Hayley Berg. Flights on Tuesdays and Wednesdays remain the cheapest.

Newark Liberty International Airport, where a runway closure and air traffic control outages have caused weeks of delays, will remain a pain point. The runway is scheduled to reopen June 15, the Federal Aviation Administration said last week. United Airlines has cut 35 daily round trips at the airport through mid-June.

Travelers flying Saturday should expect the heaviest crowds at checkpoints between 10 a.m. and 2 p.m., TSA said.`,
		[]hoGold{
			{"Friday", "DATE", "2025-05-23", ""},
			{"Memorial Day weekend", "DATE", "2025-W21-WE", ""},
			{"a year ago", "DATE", "2024", ""},
			{"Sunday", "DATE", "2025-05-18", ""},
			{"Dec. 1, 2024", "DATE", "2024-12-01", ""},
			{"this summer", "DATE", "2025-SU", ""},
			{"June 1", "DATE", "2025-06-01", ""},
			{"Aug. 31", "DATE", "2025-08-31", ""},
			{"last summer", "DATE", "2024-SU", ""},
			{"June", "DATE", "2025-06", ""},
			{"July", "DATE", "2025-07", ""},
			{"August", "DATE", "2025-08", ""},
			{"2024", "DATE", "2024", ""},
			{"weekly", "SET", "P1W", ""},
			{"each spring", "SET", "XXXX-SP", ""},
			{"earlier this year", "DATE", "2025", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"about two months", "DURATION", "P2M", "APPROX"},
			{"Tuesdays", "SET", "XXXX-WXX-2", ""},
			{"Wednesdays", "SET", "XXXX-WXX-3", ""},
			{"weeks", "DURATION", "PXW", ""},
			{"June 15", "DATE", "2025-06-15", ""},
			{"last week", "DATE", "2025-W20", ""},
			{"daily", "SET", "P1D", ""},
			{"mid-June", "DATE", "2025-06", "MID"},
			{"Saturday", "DATE", "2025-05-24", ""},
			{"10 a.m.", "TIME", "2025-05-24T10:00", ""},
			{"2 p.m.", "TIME", "2025-05-24T14:00", ""},
		},
	},
	{
		"wcmh-powerball-2-million-no-timex", "2019-10-15",
		`COLUMBUS, Ohio (WCMH) — A Powerball ticket worth $2 million was sold at a Speedway gas station on the city's North Side, the Ohio Lottery said.

The ticket, bought at the store at 4410 Cleveland Ave., matched the first five numbers — 7, 19, 33, 41 and 62 — but missed the Powerball, 12. Because the buyer paid an extra $1 for the Power Play option, the $1 million prize doubled.

The estimated jackpot stands at $141 million, with a cash option of $96.5 million. The odds of matching all five white balls are 1 in 11.7 million, and the odds of winning the grand prize are 1 in 292.2 million.

Store manager June Alvarez, 58, said the station will receive a $20,000 selling bonus. "We sell maybe 300 tickets on a busy shift, and most people play the same numbers," she said.

Winners can claim prizes at the lottery's office at 615 W. Superior Ave. in Cleveland or at one of 14 regional claim centers. Prizes above $599 are subject to 24% federal withholding and a 4% state tax.

The station sits in a plaza owned by August Realty Group, next to a Black Friday Outlet discount store, near the intersection of Route 161 and Interstate 71.`,
		nil,
	},
	{
		"ap-delta-1187-diversion-no-timex", "2022-04-07",
		`SALT LAKE CITY (AP) — A Delta Air Lines jet bound from Atlanta to Seattle diverted to Salt Lake City after a cabin pressure warning, the airline said.

Flight 1187, an Airbus A321 carrying 184 passengers and six crew members, descended from 36,000 feet to about 10,000 feet before landing safely at Salt Lake City International Airport. Oxygen masks dropped in rows 12 through 31, passengers said.

"It was quiet, then everyone grabbed a mask," said passenger August Mendes, 44, of Marietta, Georgia. His seatmate, June Park, said the descent felt "like an elevator with the cable cut."

Paramedics checked three people at Gate A14, and none was taken to a hospital. Delta said it rebooked travelers on Flight 2290 and on a replacement A321, tail number N391DN, and offered each passenger 10,000 SkyMiles and a $150 travel voucher.

The Federal Aviation Administration said it would investigate. Delta operates 127 A321 jets, and the aircraft involved had logged about 22,000 flight cycles, according to registry data.

Passengers who chose not to continue were taken by bus to hotels along Interstate 80 and State Route 201, and 11 travelers rented cars for the roughly 840-mile drive to Seattle.`,
		nil,
	},
}

func TestEnglishHeldOut6(t *testing.T) { guardHeldOut(t, "English 6", enHeldOut6, "en", 0.88) }
