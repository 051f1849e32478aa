package extract

import "testing"

// enHeldOut24 is a blind held-out evaluation set for the English TIMEX3
// tagger: 16 invented but realistic whole news articles (150-300 words each),
// each with its own DCT (publication date; any dateline agrees with it). The
// styles imitate the kinds of documents in the TempEval-3 English data without
// copying any of them: AP and NYT News Service wires of 1998-2000 (an
// international crisis, US politics, a court case, a hurricane, baseball),
// Xinhua English (trade agreement, snow disaster), Wall Street Journal items of
// 1989 (quarterly earnings, the Treasury bond market) and 2013 web news in the
// manner of the BBC, CNN, The Guardian, Reuters and USA Today. Two articles
// (a municipal election tally and a baseball game story) are number-heavy —
// vote counts, scores, ages, street numbers, year-like numbers such as
// "2,019 votes", "1,998-seat", "2,010th career hit" — and contain no temporal
// expression at all (empty want lists).
//
// Conventions: TimeML 1.2.1 / TempEval-3 TIMEX3, following TimeBank 1.2
// practice where TimeML leaves a choice. Spans include determiners and
// modifiers ("the past three years", "early next week", "about two hours")
// but not leading prepositions. "N days later" / "two days after" are
// DURATIONs whose span leaves out "later"/"after"; "N years ago" is a DATE
// resolved against the DCT; "a year earlier" in results is the DATE of the
// compared period (2012-Q3 for a quarter); rates ("400 people a day", "96
// tornadoes a year") make "a day"/"a year" SETs; adjectival durations
// ("30-year bond", "four-day visit") are DURATIONs spanning only the
// "N-unit" word; "fiscal 1989" is FY1989; "now", "right now" and
// "currently" are PRESENT_REF, "the future" FUTURE_REF. Bare weekdays and
// months resolve to the occurrence the tense implies; every relative value
// was computed with Python's datetime from the DCT. Ages, scores, game
// innings and names with date words ("Christmas Tree Lane") are not timexes.
//
// The set was written without reading the tagger's source, its other tests,
// its data or its documentation, and without running the tagger.
//
// First run, on the committed tagger (1350804) before any fix it prompted:
// relaxed F1 0.995, value accuracy 0.975, value F1 0.970.
var enHeldOut24 = []hoCase{
	{"ap-iraq-inspectors", "1998-02-12", `BAGHDAD, Iraq (AP) — U.N. weapons inspectors returned Thursday to a sprawling presidential compound north of the capital, two days after Iraqi guards kept them waiting at the gate for nearly three hours.

The 40-member team left the Canal Hotel at 7:30 a.m. and was inside the compound about an hour later, said Alan Dacey, a U.N. spokesman. He would not say what the inspectors were looking for.

"We were given full access this morning, and we hope that continues," Dacey said. "The teams will be back out tomorrow."

Iraq has accused the inspectors of spying for Washington and has demanded that the work, which began in 1991, end within six months. Deputy Prime Minister Tariq Aziz told reporters Wednesday that Baghdad's patience "is running out" and that the sanctions imposed after the invasion of Kuwait in August 1990 must be lifted.

The standoff is the most serious since November, when Iraq expelled American inspectors and the United States moved a second aircraft carrier into the Persian Gulf. That crisis eased three weeks later after Russian mediation.

U.S. Defense Secretary William Cohen is expected in the region early next week to consult with Gulf allies. Pentagon officials said this week that more than 30,000 American troops are now in the area, along with about 300 aircraft.

In New York, diplomats said the Security Council could meet again Friday to hear a report from the chief inspector, Richard Butler, who has said Iraq is still hiding missile parts and chemical weapons records.`,
		[]hoGold{
			{"Thursday", "DATE", "1998-02-12", ""},
			{"two days", "DURATION", "P2D", ""},
			{"nearly three hours", "DURATION", "PT3H", "APPROX"},
			{"7:30 a.m.", "TIME", "1998-02-12T07:30", ""},
			{"about an hour", "DURATION", "PT1H", "APPROX"},
			{"this morning", "TIME", "1998-02-12TMO", ""},
			{"tomorrow", "DATE", "1998-02-13", ""},
			{"1991", "DATE", "1991", ""},
			{"six months", "DURATION", "P6M", ""},
			{"Wednesday", "DATE", "1998-02-11", ""},
			{"August 1990", "DATE", "1990-08", ""},
			{"November", "DATE", "1997-11", ""},
			{"three weeks", "DURATION", "P3W", ""},
			{"early next week", "DATE", "1998-W08", "START"},
			{"this week", "DATE", "1998-W07", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Friday", "DATE", "1998-02-13", ""},
		}},
	{"nyt-tax-cut-fight", "1999-01-20", `WASHINGTON — Republican leaders in the House said Tuesday that they would push for a 10 percent across-the-board cut in income tax rates this year, setting up a clash with the White House over how to spend a budget surplus projected to reach $4.4 trillion over the next 15 years.

"The American people have been overtaxed for the past decade, and now is the time to give some of it back," said Rep. Thomas Keller, R-Ohio, who will manage the bill. He said hearings would begin in early February and that he hoped to send a bill to the president by the end of May.

Administration officials, who spent much of the last two weeks briefing lawmakers on the president's own plan, called the proposal reckless. "This would use up the surplus before anyone has fixed Social Security," said a senior Treasury official, who spoke on condition of anonymity.

The president is expected to outline his own approach in his State of the Union address next Tuesday. Aides said he would propose setting aside 62 percent of the surplus for Social Security, which is projected to run short of money in 2032.

The fight echoes the one in 1997, when a balanced-budget agreement reached in May unraveled for several weeks over the size of a capital gains cut. Three months later, both sides claimed victory.

Many Democrats say the mood in the Capitol has soured since the House vote in December, and few expect the two parties to agree on anything quickly.

"Right now, nobody trusts anybody," said Rep. Ellen Marsh, D-Calif. "That may change in the spring, but I wouldn't bet my house on it."`,
		[]hoGold{
			{"Tuesday", "DATE", "1999-01-19", ""},
			{"this year", "DATE", "1999", ""},
			{"the next 15 years", "DURATION", "P15Y", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"early February", "DATE", "1999-02", "START"},
			{"the end of May", "DATE", "1999-05", "END"},
			{"the last two weeks", "DURATION", "P2W", ""},
			{"next Tuesday", "DATE", "1999-01-26", ""},
			{"2032", "DATE", "2032", ""},
			{"1997", "DATE", "1997", ""},
			{"May", "DATE", "1997-05", ""},
			{"several weeks", "DURATION", "PXW", ""},
			{"Three months", "DURATION", "P3M", ""},
			{"December", "DATE", "1998-12", ""},
			{"Right now", "DATE", "PRESENT_REF", ""},
			{"the spring", "DATE", "1999-SP", ""},
		}},
	{"ap-billing-embezzlement", "2000-06-14", `LOS ANGELES (AP) — A jury on Tuesday convicted a former hospital billing manager of stealing nearly $2 million from a county medical center over six years, prosecutors said.

The jury deliberated for about two days before returning guilty verdicts on 14 counts of embezzlement and forgery against Dennis Ruiz, 51, of Glendale. He faces up to 18 years in prison when he is sentenced Aug. 4.

Prosecutors said Ruiz began diverting patient payments into a private account in 1993, shortly after he was hired, and kept at it until an auditor noticed irregularities in March 1999. He was arrested two weeks later at his home on Christmas Tree Lane.

"This was not a one-time mistake. This was a scheme he worked on every week for years," Deputy District Attorney Laura Kim told jurors during closing arguments last week.

Defense attorney Mark Feld said his client would appeal. "We think the jury got it wrong, and we will say so in a higher court," he said outside the courtroom.

Ruiz, who has been free on $250,000 bail since his arrest, was ordered to surrender to the sheriff by 5 p.m. Friday. His wife, who was charged in the case, pleaded guilty to a single count of receiving stolen property and is expected to testify at the sentencing hearing.

The case is one of several that have troubled the county health system over the past three years. Last month, the Board of Supervisors ordered an outside audit of all billing offices, with results due by the end of the year.`,
		[]hoGold{
			{"Tuesday", "DATE", "2000-06-13", ""},
			{"six years", "DURATION", "P6Y", ""},
			{"about two days", "DURATION", "P2D", "APPROX"},
			{"up to 18 years", "DURATION", "P18Y", "EQUAL_OR_LESS"},
			{"Aug. 4", "DATE", "2000-08-04", ""},
			{"1993", "DATE", "1993", ""},
			{"March 1999", "DATE", "1999-03", ""},
			{"two weeks", "DURATION", "P2W", ""},
			{"every week", "SET", "P1W", ""},
			{"years", "DURATION", "PXY", ""},
			{"last week", "DATE", "2000-W23", ""},
			{"5 p.m. Friday", "TIME", "2000-06-16T17:00", ""},
			{"the past three years", "DURATION", "P3Y", ""},
			{"Last month", "DATE", "2000-05", ""},
			{"the end of the year", "DATE", "2000", "END"},
		}},
	{"ap-hurricane-gulf-coast", "1998-09-29", `GULFPORT, Miss. (AP) — Hurricane Lenore stalled over the Mississippi coast Monday, dumping more than 15 inches of rain in 24 hours and forcing thousands of people from their homes before weakening to a tropical storm early Tuesday.

The storm came ashore near Biloxi at about 11 a.m. Monday with winds of 105 mph. By Monday night it had moved only 40 miles inland, and water was waist-deep in parts of Pascagoula and Moss Point.

"I've lived here 30 years and never seen water like this," said Earline Tate, 67, who was staying at a school gymnasium with her two grandchildren. "The whole street is a river."

The governor declared a state of emergency for six counties on Sunday, and about 1,200 National Guard troops were on duty Tuesday. Utility officials said it could be days before power is restored to the roughly 200,000 customers who lost it.

Forecasters at the National Hurricane Center in Miami said the storm would drift north at 5 mph through Wednesday, bringing heavy rain to Alabama and Tennessee. Flood warnings were in effect until 6 p.m. Thursday for much of southern Mississippi.

No deaths had been reported in the state, but Lenore killed at least 12 people in the Caribbean last week, most of them in mudslides in Haiti.

It was the strongest hurricane to strike the Mississippi coast since Camille in 1969, which killed 143 people along the coast and left a line of wrecked beach houses that residents still point out to visitors.`,
		[]hoGold{
			{"Monday", "DATE", "1998-09-28", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"early Tuesday", "DATE", "1998-09-29", "START"},
			{"about 11 a.m. Monday", "TIME", "1998-09-28T11:00", "APPROX"},
			{"Monday night", "TIME", "1998-09-28TNI", ""},
			{"30 years", "DURATION", "P30Y", ""},
			{"Sunday", "DATE", "1998-09-27", ""},
			{"Tuesday", "DATE", "1998-09-29", ""},
			{"days", "DURATION", "PXD", ""},
			{"Wednesday", "DATE", "1998-09-30", ""},
			{"6 p.m. Thursday", "TIME", "1998-10-01T18:00", ""},
			{"last week", "DATE", "1998-W39", ""},
			{"1969", "DATE", "1969", ""},
		}},
	{"xinhua-kazakh-border-trade", "1999-03-05", `BEIJING, March 5 (Xinhua) -- China and Kazakhstan signed an agreement here today on expanding border trade, which both sides expect to double within five years, according to the Ministry of Foreign Trade and Economic Cooperation.

Under the agreement, two new border crossings in northwest China's Xinjiang Uygur Autonomous Region will open in the second half of this year, and customs posts at the existing crossings will stay open around the clock.

Trade between the two countries reached 1.38 billion U.S. dollars in 1998, up 8.5 percent over the previous year, official figures show. China mainly exports textiles, light industrial products and foodstuffs to Kazakhstan, and imports steel, copper and fertilizer.

Vice Minister Sun Guoliang said at the signing ceremony that bilateral economic ties had developed steadily since the two countries established diplomatic relations in January 1992.

"Over the past seven years, our cooperation has covered energy, transport, agriculture and telecommunications, and there is great potential for more," Sun said.

Kazakh Deputy Prime Minister Erlan Dzhaksybekov, who arrived in Beijing on Wednesday for a four-day visit, said his government welcomed Chinese investment in oil and gas pipelines. He is scheduled to meet Chinese Premier Zhu Rongji on Saturday before traveling to Urumqi.

The two sides also agreed to hold the next session of their intergovernmental trade commission in Almaty in the autumn of 2000.`,
		[]hoGold{
			{"March 5", "DATE", "1999-03-05", ""},
			{"today", "DATE", "1999-03-05", ""},
			{"five years", "DURATION", "P5Y", ""},
			{"the second half of this year", "DATE", "1999-H2", ""},
			{"1998", "DATE", "1998", ""},
			{"the previous year", "DATE", "1997", ""},
			{"January 1992", "DATE", "1992-01", ""},
			{"the past seven years", "DURATION", "P7Y", ""},
			{"Wednesday", "DATE", "1999-03-03", ""},
			{"four-day", "DURATION", "P4D", ""},
			{"Saturday", "DATE", "1999-03-06", ""},
			{"the autumn of 2000", "DATE", "2000-FA", ""},
		}},
	{"wsj-harlan-earnings", "1989-10-25", `Harlan Industries Inc. said its third-quarter profit fell 23%, hurt by weak demand for building products and a strike at its largest plant.

Net income for the quarter was $41.2 million, or 86 cents a share, compared with $53.5 million, or $1.12 a share, a year earlier. Sales slipped 4% to $612 million from $638 million.

In New York Stock Exchange composite trading yesterday, Harlan shares closed at $27.375, down 62.5 cents.

The Pittsburgh-based maker of roofing, insulation and siding said the strike, which lasted 41 days, cost it about $9 million in the quarter. The walkout at the Wheeling, W.Va., plant ended Sept. 18 after the United Steelworkers local accepted a three-year contract that raises wages 3% each year.

For the nine months, net fell 11% to $131.6 million, or $2.74 a share, from $147.9 million, or $3.08 a share. Sales were flat at $1.8 billion.

Robert Dunne, chairman and chief executive officer, said he expects fourth-quarter results to be "somewhat below" analysts' estimates because of continued softness in housing starts. But he said the company remained on track for record sales next year, helped by a new insulation line in Georgia that begins production in January.

Analysts had expected the company to earn about $1 a share in the quarter. "The strike was a bigger drag than anyone thought," said Carol Pfeiffer, an analyst at Brown Brothers Harriman & Co. in New York.`,
		[]hoGold{
			{"third-quarter", "DATE", "1989-Q3", ""},
			{"the quarter", "DATE", "1989-Q3", ""},
			{"a year earlier", "DATE", "1988-Q3", ""},
			{"yesterday", "DATE", "1989-10-24", ""},
			{"41 days", "DURATION", "P41D", ""},
			{"the quarter", "DATE", "1989-Q3", ""},
			{"Sept. 18", "DATE", "1989-09-18", ""},
			{"three-year", "DURATION", "P3Y", ""},
			{"each year", "SET", "P1Y", ""},
			{"the nine months", "DURATION", "P9M", ""},
			{"fourth-quarter", "DATE", "1989-Q4", ""},
			{"next year", "DATE", "1990", ""},
			{"January", "DATE", "1990-01", ""},
			{"the quarter", "DATE", "1989-Q3", ""},
		}},
	{"wsj-treasury-bonds", "1989-11-02", `Treasury bond prices rose yesterday as investors bet that the Federal Reserve would ease credit again before the end of the year.

The benchmark 30-year bond gained about 5/8 point, or $6.25 for each $1,000 face amount, and its yield fell to 7.88% from 7.93% Tuesday. The yield on the 10-year note dropped to 7.84%.

The Treasury will sell $10 billion of three-year notes next Tuesday, $10 billion of 10-year notes next Wednesday and $7 billion of 30-year bonds next Thursday.

Traders said the market has been supported for the past two weeks by a string of weak economic reports, including figures released Monday showing that factory orders fell 1.8% in September.

"It's a market that wants to go up right now," said John Marks, a government securities trader at a major New York bank. "But nobody wants to get too far ahead of the auctions."

Short-term rates also declined. The discount rate on three-month Treasury bills fell to 7.62% from 7.70%, and the rate on six-month bills dropped to 7.51%.

The Fed last nudged down its target for the federal funds rate in mid-October, shortly after the stock market's 190-point drop on Oct. 13. Many economists expect another cut of a quarter point before Christmas.

Separately, the Treasury said the government's budget deficit for fiscal 1989, which ended Sept. 30, was $152.1 billion, slightly below the administration's forecast.`,
		[]hoGold{
			{"yesterday", "DATE", "1989-11-01", ""},
			{"the end of the year", "DATE", "1989", "END"},
			{"30-year", "DURATION", "P30Y", ""},
			{"Tuesday", "DATE", "1989-10-31", ""},
			{"10-year", "DURATION", "P10Y", ""},
			{"three-year", "DURATION", "P3Y", ""},
			{"next Tuesday", "DATE", "1989-11-07", ""},
			{"10-year", "DURATION", "P10Y", ""},
			{"next Wednesday", "DATE", "1989-11-08", ""},
			{"30-year", "DURATION", "P30Y", ""},
			{"next Thursday", "DATE", "1989-11-09", ""},
			{"the past two weeks", "DURATION", "P2W", ""},
			{"Monday", "DATE", "1989-10-30", ""},
			{"September", "DATE", "1989-09", ""},
			{"right now", "DATE", "PRESENT_REF", ""},
			{"three-month", "DURATION", "P3M", ""},
			{"six-month", "DURATION", "P6M", ""},
			{"mid-October", "DATE", "1989-10", "MID"},
			{"Oct. 13", "DATE", "1989-10-13", ""},
			{"Christmas", "DATE", "1989-12-25", ""},
			{"fiscal 1989", "DATE", "FY1989", ""},
			{"Sept. 30", "DATE", "1989-09-30", ""},
		}},
	{"bbc-norfolk-ae-waits", "2013-03-14", `Patients at a hospital in Norfolk waited up to 11 hours in its accident and emergency department last weekend, a report has found.

Inspectors from the Care Quality Commission (CQC) made an unannounced visit to Broadland General Hospital in Norwich on 9 March and found patients lying on trolleys in corridors for several hours.

The trust's chief executive, Helen Ward, said the department had seen record numbers of patients since the start of the year.

"We are now treating about 400 people a day, compared with 280 two years ago," she said. "Our staff are working incredibly hard, and I apologise to every patient who had to wait."

The trust will receive an extra £2.5m from NHS England this year and plans to open a new 20-bed assessment unit by the autumn.

Local MP Simon Wright said the findings were "deeply worrying" and called for a meeting with the health secretary.

Healthwatch Norfolk, the county's patient watchdog, said it would publish its own review next month. The CQC said it would return within six weeks to check on progress.

Across England, 94.1% of A&E patients were seen within four hours in the final quarter of 2012, the lowest figure for nearly a decade, according to figures from the King's Fund.

The Royal College of Emergency Medicine has warned that many departments are short of senior doctors, with one in four consultant posts unfilled.`,
		[]hoGold{
			{"up to 11 hours", "DURATION", "PT11H", "EQUAL_OR_LESS"},
			{"last weekend", "DATE", "2013-W10-WE", ""},
			{"9 March", "DATE", "2013-03-09", ""},
			{"several hours", "DURATION", "PTXH", ""},
			{"the start of the year", "DATE", "2013", "START"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"a day", "SET", "P1D", ""},
			{"two years ago", "DATE", "2011", ""},
			{"this year", "DATE", "2013", ""},
			{"the autumn", "DATE", "2013-FA", ""},
			{"next month", "DATE", "2013-04", ""},
			{"six weeks", "DURATION", "P6W", ""},
			{"four hours", "DURATION", "PT4H", ""},
			{"the final quarter of 2012", "DATE", "2012-Q4", ""},
			{"nearly a decade", "DURATION", "P10Y", "APPROX"},
		}},
	{"cnn-kansas-tornado", "2013-05-21", `(CNN) -- Rescue crews in central Kansas searched through flattened homes Tuesday after a tornado carved a path nearly a mile wide through the town of Ellsworth Falls, killing at least seven people and injuring dozens more.

The twister touched down at 3:52 p.m. Monday and stayed on the ground for about 40 minutes, according to the National Weather Service, which rated it an EF4 with winds of up to 190 mph.

"We had about 15 minutes of warning," Mayor Dale Hutchins told CNN. "That's what saved lives. People got to their basements."

The governor declared a disaster emergency for four counties on Monday night and sent National Guard troops to help with search and rescue. Hospitals in Salina and Hays treated more than 60 people, officials said.

The storm was part of a system that spawned at least 20 tornadoes across the Plains over the weekend and Monday.

More severe weather is expected this week, with the highest risk on Thursday from Oklahoma to Missouri, CNN meteorologist Karen Maginnis said.

Kansas has averaged about 96 tornadoes a year over the past three decades, but deadly storms have become less common as warning systems improved.

The last tornado to kill more than five people in the state struck Greensburg in May 2007, destroying nearly 95% of the town. Six years later, much of Greensburg has been rebuilt to strict energy standards.

The American Red Cross has opened a shelter at Ellsworth Falls High School. How to help: Visit CNN's Impact Your World.`,
		[]hoGold{
			{"Tuesday", "DATE", "2013-05-21", ""},
			{"3:52 p.m. Monday", "TIME", "2013-05-20T15:52", ""},
			{"about 40 minutes", "DURATION", "PT40M", "APPROX"},
			{"about 15 minutes", "DURATION", "PT15M", "APPROX"},
			{"Monday night", "TIME", "2013-05-20TNI", ""},
			{"the weekend", "DATE", "2013-W20-WE", ""},
			{"Monday", "DATE", "2013-05-20", ""},
			{"this week", "DATE", "2013-W21", ""},
			{"Thursday", "DATE", "2013-05-23", ""},
			{"a year", "SET", "P1Y", ""},
			{"the past three decades", "DURATION", "P30Y", ""},
			{"May 2007", "DATE", "2007-05", ""},
			{"Six years", "DURATION", "P6Y", ""},
		}},
	{"guardian-social-care-cap", "2013-07-09", `The government will publish long-delayed plans to cap the cost of social care on Wednesday, amid warnings from councils that they cannot afford to put the changes in place before 2016.

The care minister told MPs on Monday that the cap, set at £72,000, would "end the lottery" faced by families who are forced to sell their homes to pay for care in old age.

But the Local Government Association (LGA) said councils had lost a third of their funding over the past three years and warned that many would struggle to assess the hundreds of thousands of extra people expected to come forward in the first 12 months.

"Councils are currently running to stand still," said Katie Hall, who chairs the LGA's community wellbeing board. "We support the principle, but the money is simply not there."

The plans follow the Dilnot commission, which reported in July 2011 and recommended a lower cap of £35,000. Labour said the delay of two years had left families in limbo and accused ministers of setting the cap so high that few would benefit.

A consultation on the details will run until mid-October. Age UK said it would press for the cap to be lowered.

Polling for the charity last month found that 64% of voters over 55 did not know that they could be asked to pay for care.

"In the future, nobody should have to sell their home to pay for care," said a Department of Health spokesman. "This is a fair system that protects people from catastrophic costs."`,
		[]hoGold{
			{"Wednesday", "DATE", "2013-07-10", ""},
			{"2016", "DATE", "2016", ""},
			{"Monday", "DATE", "2013-07-08", ""},
			{"the past three years", "DURATION", "P3Y", ""},
			{"the first 12 months", "DURATION", "P12M", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"July 2011", "DATE", "2011-07", ""},
			{"two years", "DURATION", "P2Y", ""},
			{"mid-October", "DATE", "2013-10", "MID"},
			{"last month", "DATE", "2013-06", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
		}},
	{"reuters-kessler-profit-warning", "2013-10-30", `FRANKFURT (Reuters) - German industrial group Kessler AG cut its profit forecast for 2013 on Wednesday after weaker demand from China hit orders in the third quarter, sending its shares down 6 percent.

Kessler said adjusted operating profit fell 14 percent to 412 million euros ($567 million) in the quarter from 479 million a year earlier, missing the average forecast of 445 million in a Reuters poll of analysts.

It now expects operating profit of 1.6 billion to 1.7 billion euros this year, down from a previous target of 1.8 billion.

"The third quarter was clearly disappointing, and we don't expect a quick recovery in China," Chief Executive Frank Albrecht told reporters on a conference call. He said orders had started to pick up over the past few weeks, but not enough to offset the weakness of the summer.

Kessler, which makes compressors, gearboxes and factory automation equipment and employs about 38,000 people, announced in March that it would cut 2,000 jobs over three years, mostly in Germany.

Shares in the company have lost nearly 20 percent since the start of 2013, while the DAX index of leading German shares has risen about 18 percent.

"The guidance cut was flagged, but the size of the miss in machinery is a surprise," said a Frankfurt-based analyst who asked not to be named.

Kessler will next report results on Feb. 20.

(Reporting by Jens Hartmann; Editing by David Holmes)`,
		[]hoGold{
			{"2013", "DATE", "2013", ""},
			{"Wednesday", "DATE", "2013-10-30", ""},
			{"the third quarter", "DATE", "2013-Q3", ""},
			{"the quarter", "DATE", "2013-Q3", ""},
			{"a year earlier", "DATE", "2012-Q3", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"this year", "DATE", "2013", ""},
			{"The third quarter", "DATE", "2013-Q3", ""},
			{"the past few weeks", "DURATION", "PXW", ""},
			{"the summer", "DATE", "2013-SU", ""},
			{"March", "DATE", "2013-03", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"the start of 2013", "DATE", "2013", "START"},
			{"Feb. 20", "DATE", "2014-02-20", ""},
		}},
	{"usatoday-back-to-school", "2013-08-16", `Parents expect to spend an average of $635 per child on back-to-school items this year, down from $688 last year, according to a survey released Thursday by a national retail trade group.

The drop reflects tighter family budgets rather than cheaper notebooks, the group said. Many parents are also buying in small batches instead of in one big trip.

"I used to do it all at once. Now I buy a few things every two weeks, when I get paid," said Tanya Hollis, 38, a nurse in Columbus, Ohio, with three children ages 6, 9 and 12.

Only 23% of families had finished their shopping by early August, compared with 40% in 2008, the survey found. The back-to-school season, which for retailers runs from mid-July to Labor Day, is a make-or-break period for many clothing chains.

Online sales are expected to rise 9% from a year ago, with electronics leading the way. "Teens now want gadgets rather than clothes," said retail analyst Marcia Bloom. "A $199 tablet is on a lot of lists."

Sales-tax holidays, held each August in 17 states, remain popular. In Texas, shoppers can skip the tax on clothing and backpacks under $100.

The last few years have been hard on school budgets too. Teachers say they now spend about $500 of their own money on classroom supplies, and many post wish lists online for parents.

Tip: Check your school district's website for supply lists before you shop, and compare prices at two or three stores.`,
		[]hoGold{
			{"this year", "DATE", "2013", ""},
			{"last year", "DATE", "2012", ""},
			{"Thursday", "DATE", "2013-08-15", ""},
			{"Now", "DATE", "PRESENT_REF", ""},
			{"every two weeks", "SET", "P2W", ""},
			{"early August", "DATE", "2013-08", "START"},
			{"2008", "DATE", "2008", ""},
			{"mid-July", "DATE", "2013-07", "MID"},
			{"Labor Day", "DATE", "2013-09-02", ""},
			{"a year ago", "DATE", "2012", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"each August", "SET", "XXXX-08", ""},
			{"The last few years", "DURATION", "PXY", ""},
			{"now", "DATE", "PRESENT_REF", ""},
		}},
	{"ap-rockies-home-opener", "1999-04-07", `DENVER (AP) — Tom Castillo hit a three-run homer in the eighth inning, and the Colorado Rockies beat the San Diego Padres 7-4 Tuesday night in their home opener before a sellout crowd of 48,212.

Castillo, who missed most of last September with a broken wrist, drove a 2-1 pitch from reliever Dan Mercer into the left-field seats to turn a 4-3 deficit into a two-run lead.

"I thought about this game every day in rehab," Castillo said. "To do it here, in front of these fans, is something I'll never forget."

Jeff Monroe (1-0) allowed three runs in six innings for the win, and Dave Vance pitched the ninth for his second save. The game was delayed 47 minutes by rain in the third inning.

San Diego, which won the National League pennant in October before losing the World Series to the New York Yankees, has lost four of its first six games.

"We're not hitting, plain and simple," Padres manager Bruce Hollins said. "We've got to get going."

Wally Jenner had two hits and drove in two runs for the Padres, and Reggie Sands stole his third base of the year.

The teams meet again Wednesday afternoon. San Diego will start left-hander Sterling Hatch, who was 9-7 last year, against Colorado's Pedro Arroyo.

Coors Field, which opened in 1995, has sold out every home opener in its history.`,
		[]hoGold{
			{"Tuesday night", "TIME", "1999-04-06TNI", ""},
			{"last September", "DATE", "1998-09", ""},
			{"every day", "SET", "P1D", ""},
			{"47 minutes", "DURATION", "PT47M", ""},
			{"October", "DATE", "1998-10", ""},
			{"the year", "DATE", "1999", ""},
			{"Wednesday afternoon", "TIME", "1999-04-07TAF", ""},
			{"last year", "DATE", "1998", ""},
			{"1995", "DATE", "1995", ""},
		}},
	{"xinhua-inner-mongolia-snow", "2000-01-15", `HOHHOT, January 15 (Xinhua) -- Heavy snow that has fallen for five days in eastern Inner Mongolia Autonomous Region has left more than 20,000 herdsmen short of food and fodder, local officials said today.

Since last Sunday, snow up to 60 centimeters deep has covered large parts of Hulun Buir and Xilin Gol leagues, cutting off roads to 85 villages and burying thousands of sheep and cattle in their pens.

Temperatures dropped to minus 42 degrees Celsius on Thursday night, the lowest in the region in nearly 30 years, according to the regional meteorological observatory.

The regional government has sent 150 trucks loaded with flour, coal, medicine and hay to the worst-hit areas since Tuesday, and the People's Liberation Army has mobilized 3,000 soldiers to clear the roads.

Rescue teams had reached 63 of the 85 stranded villages by Friday evening, and no deaths have been reported, said Wang Zhanhai, a deputy director of the regional civil affairs department.

"Our first task is to make sure no herdsman goes hungry or freezes," Wang said.

The observatory forecast that more snow would fall over the next three days, before temperatures rise slightly early next week.

The region suffered a similar disaster in the winter of 1977, when more than 3 million head of livestock died. Last year, a drought in the west of the region cut grass yields by nearly half.`,
		[]hoGold{
			{"January 15", "DATE", "2000-01-15", ""},
			{"five days", "DURATION", "P5D", ""},
			{"today", "DATE", "2000-01-15", ""},
			{"last Sunday", "DATE", "2000-01-09", ""},
			{"Thursday night", "TIME", "2000-01-13TNI", ""},
			{"nearly 30 years", "DURATION", "P30Y", "APPROX"},
			{"Tuesday", "DATE", "2000-01-11", ""},
			{"Friday evening", "TIME", "2000-01-14TEV", ""},
			{"the next three days", "DURATION", "P3D", ""},
			{"early next week", "DATE", "2000-W03", "START"},
			{"the winter of 1977", "DATE", "1977-WI", ""},
			{"Last year", "DATE", "1999", ""},
		}},
	{"ap-westbrook-mayor-tally", "1998-11-04", `WESTBROOK, Maine (AP) — Incumbent Mayor Richard Pelletier won a fourth term by 2,019 votes, defeating City Councilor Anne Doucette 6,412 to 4,393, according to unofficial results released by the city clerk.

Turnout was 58 percent of the city's 18,671 registered voters. Pelletier, 61, carried all seven wards, including Ward 4, where he won 1,122 to 509, and Ward 6, where the count was 987 to 864.

Doucette, a 44-year-old lawyer, conceded in a brief speech to about 150 supporters at the American Legion hall at 210 Main St.

"The voters have spoken, and I respect that," she said. "We raised issues that are not going away."

Ballot Question 1, which would borrow $3.2 million to repair the 1,998-seat high school auditorium, passed 5,880 to 4,716. Question 2, which would raise the trash sticker fee from $15 to $25, failed 4,902 to 5,903.

In the City Council races, Paul Gagnon won Ward 2 with 1,310 votes to 1,276 for Mary Beth Sirois, a margin of 34. In the at-large race, three candidates split 9,104 votes, with former school board member Lucien Roy receiving 3,888.

"The margin was wider than anyone on our side predicted," said Pelletier's campaign manager, Greg Soucy, 29.

Pelletier said his first priority would be a $4.7 million sewer project on Route 25 that will serve about 1,500 homes and 40 businesses. The city's tax rate is $24.60 per $1,000 of assessed value.`,
		[]hoGold{}},
	{"usatoday-ortega-two-homers", "2013-09-23", `CLEVELAND — Chris Ortega hit his 30th and 31st home runs and drove in six runs as the Cleveland Indians routed the Chicago White Sox 11-3 to move within one game of a wild-card spot.

Ortega, 26, is batting .301 with 104 RBI. His second homer, a three-run shot off reliever Nate Jensen in the seventh, traveled an estimated 437 feet and landed in the bleachers above the 19-foot wall in left field.

"He's locked in," manager Tom Keane said. "When he's like this, you just write his name in the lineup and get out of the way."

Starter Ramon Villar (13-9) allowed two runs on five hits over 7 2/3 innings, striking out nine and walking two. His ERA dropped to 3.30.

Designated hitter Jason Marks, 40, singled in the fifth for his 2,010th career hit, and Michael Brandt added three hits and two RBI.

Chicago starter Andre Rios (2-3) gave up seven runs in 3 1/3 innings. The White Sox, who have lost 93 games, went 2-for-11 with runners in scoring position.

The Indians, 86-70, have won eight of nine and are 1 1/2 games behind Texas for the second wild card with six to play. A crowd of 20,914 at Progressive Field saw Cleveland score five runs in the third.

Ortega's six RBI matched his career high. He had two hits in his first 21 at-bats with two outs and runners in scoring position, and has 17 hits in 40 at-bats since.`,
		[]hoGold{}},
}

func TestEnglishHeldOut24(t *testing.T) { guardHeldOut(t, "English 24", enHeldOut24, "en", 0.95) }
