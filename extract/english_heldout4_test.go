package extract

import "testing"

// enHeldOut4 is a fourth blind English held-out set: invented news passages
// in the style of the TempEval-3 sources (WSJ business stories 1989-1991, AP
// wire 1998-2000, NYT features, ABC/CNN/PRI broadcast transcripts 1998,
// 2013 Reuters/BBC news) plus two number-heavy passages with no timex.
// Gold follows TimeML 1.2.1 / TempEval-3; relative values were computed
// from the DCT with Python's datetime.
var enHeldOut4 = []hoCase{
	{
		"wsj-midland-q3", "1989-10-26",
		`Midland Tool Co. said net income for the third quarter rose 18% to $31.6 million, or 84 cents a share, from $26.8 million, or 71 cents a share, in the year-earlier period. Revenue climbed 9% to $412 million from $378 million a year earlier.

For the nine months, the Cleveland-based maker of machine tools and industrial fasteners earned $88.9 million, or $2.36 a share, compared with $74.1 million, or $1.97 a share, last year. Sales rose 11% to $1.19 billion.

Robert Hale, chairman and chief executive officer, said orders from auto makers strengthened during September and that the company expects "solid gains" in the fourth quarter. He said Midland is on track to post record earnings in fiscal 1990, which begins Nov. 1. Midland disclosed last week that it had won a $60 million contract from a Detroit auto maker.

Analysts had expected the company to earn about 80 cents a share for the quarter. "They beat the Street by a nickel, and the backlog looks healthy for the next six months," said Janet Morrow, an analyst at Kidder, Peabody & Co.

In New York Stock Exchange composite trading yesterday, Midland shares rose $1.125 to $29.875, still nearly 8% below Friday's close after two days of heavy selling in industrial issues earlier this week. The stock has gained 34% over the past year.

Midland also said its board declared a dividend of 18 cents a share, payable Dec. 15 to holders of record Nov. 20.`,
		[]hoGold{
			{"the third quarter", "DATE", "1989-Q3", ""},
			{"the year-earlier period", "DATE", "1988-Q3", ""},
			{"a year earlier", "DATE", "1988-Q3", ""},
			{"the nine months", "DURATION", "P9M", ""},
			{"last year", "DATE", "1988", ""},
			{"September", "DATE", "1989-09", ""},
			{"the fourth quarter", "DATE", "1989-Q4", ""},
			{"fiscal 1990", "DATE", "1990", ""},
			{"Nov. 1", "DATE", "1989-11-01", ""},
			{"last week", "DATE", "1989-W42", ""},
			{"the quarter", "DATE", "1989-Q3", ""},
			{"the next six months", "DURATION", "P6M", ""},
			{"yesterday", "DATE", "1989-10-25", ""},
			{"Friday", "DATE", "1989-10-20", ""},
			{"two days", "DURATION", "P2D", ""},
			{"earlier this week", "DATE", "1989-W43", ""},
			{"the past year", "DURATION", "P1Y", ""},
			{"Dec. 15", "DATE", "1989-12-15", ""},
			{"Nov. 20", "DATE", "1989-11-20", ""},
		},
	},
	{
		"wsj-market-oil", "1990-08-23",
		`Stock prices plunged yesterday as crude oil climbed above $31 a barrel and fears of a Middle East war rattled investors again.

The Dow Jones Industrial Average fell 76.73 points to 2483.42, its lowest close since early January. The average has lost more than 17% since July 16, when it closed at a record 2999.75. Declining issues on the New York Stock Exchange swamped advancers, 1,294 to 286, and volume swelled to 210.6 million shares from 164.3 million Tuesday.

"People are simply selling, and nobody wants to own stocks now," said Peter Lang, head of equity trading at a major brokerage firm. "Until we see some resolution in the Gulf, the buyers will stay on the sidelines."

Traders said the market could test the 2400 level this week or early next week. Program selling accelerated late in the session, when the average dropped 40 points in about 45 minutes. So far this week, the Dow industrials are down 115 points.

Bond prices also fell. The Treasury's benchmark 30-year bond lost more than a point, pushing its yield to 9.12% from 9.01% Tuesday. The dollar was mixed against major currencies, and gold rose $4.20 an ounce.

Over the past three months, investors have pulled more than $4 billion out of stock mutual funds, according to one industry estimate. "The longer this standoff goes on, the more money will leave," Mr. Lang said.`,
		[]hoGold{
			{"yesterday", "DATE", "1990-08-22", ""},
			{"early January", "DATE", "1990-01", "START"},
			{"July 16", "DATE", "1990-07-16", ""},
			{"Tuesday", "DATE", "1990-08-21", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"this week", "DATE", "1990-W34", ""},
			{"early next week", "DATE", "1990-W35", "START"},
			{"about 45 minutes", "DURATION", "PT45M", "APPROX"},
			{"this week", "DATE", "1990-W34", ""},
			{"30-year", "DURATION", "P30Y", ""},
			{"Tuesday", "DATE", "1990-08-21", ""},
			{"the past three months", "DURATION", "P3M", ""},
		},
	},
	{
		"wsj-bank-q1", "1991-04-18",
		`First Continental Bancorp said first-quarter net income fell 43% to $58 million, or 61 cents a share, from $102 million, or $1.09 a share, in the year-earlier quarter, as the Chicago bank holding company set aside more money to cover soured real estate loans.

The provision for loan losses rose to $145 million from $80 million a year earlier. Nonperforming assets stood at $1.4 billion on March 31, up from $1.1 billion at the end of 1990.

Thomas Whitcomb, president, said the bank would eliminate 1,200 jobs, or about 9% of its work force, over the next 18 months, and would close 14 branches by the end of the year. The company cut 600 jobs two years ago.

"We made too many construction loans in the late 1980s, and we're still paying for that," Mr. Whitcomb told analysts in a conference call. He said he expected the real estate market in the Midwest to stabilize sometime in 1992, but that charge-offs would remain high for now.

The bank recently hired an outside firm to appraise its commercial property loans. It reviews the portfolio every three months and will report the results of the appraisal in May.

In New York Stock Exchange composite trading yesterday, First Continental closed at $21.50, down 62.5 cents. The shares have fallen from a high of $31.25 set in January.`,
		[]hoGold{
			{"first-quarter", "DATE", "1991-Q1", ""},
			{"the year-earlier quarter", "DATE", "1990-Q1", ""},
			{"a year earlier", "DATE", "1990-Q1", ""},
			{"March 31", "DATE", "1991-03-31", ""},
			{"the end of 1990", "DATE", "1990", "END"},
			{"the next 18 months", "DURATION", "P18M", ""},
			{"the end of the year", "DATE", "1991", "END"},
			{"two years ago", "DATE", "1989", ""},
			{"the late 1980s", "DATE", "198", "END"},
			{"1992", "DATE", "1992", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"recently", "DATE", "PAST_REF", ""},
			{"every three months", "SET", "P3M", ""},
			{"May", "DATE", "1991-05", ""},
			{"yesterday", "DATE", "1991-04-17", ""},
			{"January", "DATE", "1991-01", ""},
		},
	},
	{
		"wsj-harmon-buyout", "1989-12-04",
		`Harmon Foods Inc. agreed to be acquired by a group led by its management for $38 a share, or about $1.2 billion, ending a bidding contest that began in September.

The agreement, announced Friday evening after the stock market closed, tops a $34-a-share offer made three weeks ago by Britain's Allied Provisions PLC. Harmon's board is expected to approve the accord this week, and the company said it hopes to complete the transaction within 90 days.

Harmon shares closed Friday at $35.75, up $1.25, in New York Stock Exchange composite trading, and have risen 41% since Allied's first offer on Sept. 18. Before the contest began, the stock had traded as low as $22 during the past year.

The management group, which includes Chief Executive Officer Dale Simmons, has lined up $900 million in bank financing and plans to sell the company's frozen-food unit, which had sales of $310 million in fiscal 1989, ended June 30.

Allied, which said last week that it might raise its bid, declined to comment yesterday. A spokesman in London said the company would decide on its next step in the coming weeks.

Harmon, based in Minneapolis, earned $61 million on sales of $1.8 billion in fiscal 1989. Analysts expect earnings to fall in fiscal 1990 because of higher grain costs and interest expense from the buyout.`,
		[]hoGold{
			{"September", "DATE", "1989-09", ""},
			{"Friday evening", "TIME", "1989-12-01TEV", ""},
			{"three weeks ago", "DATE", "1989-W46", ""},
			{"this week", "DATE", "1989-W49", ""},
			{"90 days", "DURATION", "P90D", ""},
			{"Friday", "DATE", "1989-12-01", ""},
			{"Sept. 18", "DATE", "1989-09-18", ""},
			{"the past year", "DURATION", "P1Y", ""},
			{"fiscal 1989", "DATE", "1989", ""},
			{"June 30", "DATE", "1989-06-30", ""},
			{"last week", "DATE", "1989-W48", ""},
			{"yesterday", "DATE", "1989-12-03", ""},
			{"the coming weeks", "DURATION", "PXW", ""},
			{"fiscal 1989", "DATE", "1989", ""},
			{"fiscal 1990", "DATE", "1990", ""},
		},
	},
	{
		"apw-eu-farm-talks", "1999-03-09",
		`BRUSSELS, Belgium (AP) — European Union farm ministers failed to agree Tuesday on a plan to cut crop subsidies, and officials said the talks would resume Thursday after a day of consultations with national governments.

The package, drafted by the European Commission last year, would lower guaranteed prices for grain by 20 percent over three years beginning in 2000. France has resisted the cuts since the talks opened in January, arguing they would drive thousands of small farmers off the land.

"We are not there yet, but we are closer than we were on Monday," said the German farm minister, who chaired the session. Ministers negotiated for nearly 20 hours before breaking off at 5 a.m.

EU leaders have set a deadline of late March to wrap up the farm reform and a broader overhaul of the bloc's budget. They will meet in Berlin on March 24.

Farmers' groups staged protests in Brussels last month, and more than 30,000 demonstrators marched through the city on Feb. 22. Police said Tuesday that another rally was planned for the weekend.

The farm budget currently accounts for about 45 percent of EU spending, or roughly $48 billion each year. Britain and the Netherlands want that share cut to 35 percent.`,
		[]hoGold{
			{"Tuesday", "DATE", "1999-03-09", ""}, // same-day wire dispatch: the story reports the DCT's own events
			{"Thursday", "DATE", "1999-03-11", ""},
			{"a day", "DURATION", "P1D", ""},
			{"last year", "DATE", "1998", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"2000", "DATE", "2000", ""},
			{"January", "DATE", "1999-01", ""},
			{"Monday", "DATE", "1999-03-08", ""},
			{"nearly 20 hours", "DURATION", "PT20H", "LESS_THAN"},
			{"5 a.m.", "TIME", "1999-03-09T05:00", ""}, // the all-night session ended on the morning of the DCT (same-day dispatch)
			{"late March", "DATE", "1999-03", "END"},
			{"March 24", "DATE", "1999-03-24", ""},
			{"last month", "DATE", "1999-02", ""},
			{"Feb. 22", "DATE", "1999-02-22", ""},
			{"Tuesday", "DATE", "1999-03-09", ""}, // same-day wire dispatch: the story reports the DCT's own events
			{"the weekend", "DATE", "1999-W10-WE", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"each year", "SET", "P1Y", ""},
		},
	},
	{
		"apw-mexico-floods", "1999-10-06",
		`VILLAHERMOSA, Mexico (AP) — Rescue workers pulled more bodies from the mud Wednesday as floodwaters began to recede in southern Mexico, where five days of torrential rain have killed at least 212 people and left 150,000 homeless.

Interior Ministry officials said Wednesday that the death toll could rise as crews reach isolated villages in the mountains of Tabasco and Chiapas states, many of which have been cut off since Saturday.

The president toured the hardest-hit areas by helicopter Tuesday and promised to rebuild every bridge and road before the end of the year. The army has flown more than 400 relief flights in the past 72 hours.

Forecasters said a new storm forming in the Gulf of Mexico could bring more rain by the weekend. The National Water Commission said rivers would stay dangerously high for at least a week.

Schools in the state capital will remain closed until Monday, and officials said electricity may not be fully restored for a month. Residents lined up for hours Wednesday to receive bottled water, which army trucks are delivering twice a day.

The rains are the worst to hit the region since 1952, when floods killed more than 300 people. Aid groups said the damage would take years to repair.`,
		[]hoGold{
			{"Wednesday", "DATE", "1999-10-06", ""}, // same-day wire dispatch: the story reports the DCT's own events
			{"five days", "DURATION", "P5D", ""},
			{"Wednesday", "DATE", "1999-10-06", ""}, // same-day wire dispatch: the story reports the DCT's own events
			{"Saturday", "DATE", "1999-10-02", ""},
			{"Tuesday", "DATE", "1999-10-05", ""},
			{"the end of the year", "DATE", "1999", "END"},
			{"the past 72 hours", "DURATION", "PT72H", ""},
			{"the weekend", "DATE", "1999-W40-WE", ""},
			{"at least a week", "DURATION", "P1W", "EQUAL_OR_MORE"},
			{"Monday", "DATE", "1999-10-11", ""},
			{"a month", "DURATION", "P1M", ""},
			{"hours", "DURATION", "PXH", ""},
			{"Wednesday", "DATE", "1999-10-06", ""}, // same-day wire dispatch: the story reports the DCT's own events
			{"twice a day", "SET", "P1D", ""},
			{"1952", "DATE", "1952", ""},
			{"years", "DURATION", "PXY", ""},
		},
	},
	{
		"apw-broker-sentenced", "2000-02-17",
		`NEW YORK (AP) — A federal judge sentenced a former stockbroker Thursday to 12 years in prison for cheating elderly investors out of more than $6 million over nearly a decade.

U.S. District Judge Miriam Katz said Leonard Fass, 54, had preyed on retirees who trusted him with their life savings. Fass was convicted in October of 23 counts of securities and mail fraud after a five-week trial.

Prosecutors said Fass, who had previously been fined by securities regulators and worked for a Long Island brokerage from 1987 until 1997, persuaded at least 40 clients to move their money into phony real estate partnerships. Many of the victims were in their 70s and 80s.

Defense lawyer Paul Brennan said Thursday that he would file an appeal within 10 days. He had asked for a sentence of no more than five years, arguing that Fass had repaid some of the money.

Fass, who has been free on $1 million bail since his arrest in March 1998, was ordered to surrender on April 3. He must also pay $4.2 million in restitution and will be under supervised release for three years after his prison term.

The judge will hold a separate hearing next month on the forfeiture of Fass's home in Great Neck. Two co-defendants are scheduled to be sentenced Monday.`,
		[]hoGold{
			{"Thursday", "DATE", "2000-02-17", ""}, // same-day wire dispatch: the story reports the DCT's own events
			{"12 years", "DURATION", "P12Y", ""},
			{"nearly a decade", "DURATION", "P1DE", "LESS_THAN"},
			{"October", "DATE", "1999-10", ""},
			{"five-week", "DURATION", "P5W", ""},
			{"previously", "DATE", "PAST_REF", ""},
			{"1987", "DATE", "1987", ""},
			{"1997", "DATE", "1997", ""},
			{"Thursday", "DATE", "2000-02-17", ""}, // same-day wire dispatch: the story reports the DCT's own events
			{"10 days", "DURATION", "P10D", ""},
			{"no more than five years", "DURATION", "P5Y", "EQUAL_OR_LESS"},
			{"March 1998", "DATE", "1998-03", ""},
			{"April 3", "DATE", "2000-04-03", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"next month", "DATE", "2000-03", ""},
			{"Monday", "DATE", "2000-02-21", ""},
		},
	},
	{
		"nyt-catskills-lodge", "1999-08-15",
		`GREENVILLE, N.Y. — Along a quiet stretch of Route 32 in the Catskills, the old Laurel Lodge still stands, its paint peeling and its windows boarded. In the 1960s, it was one of more than 500 resort hotels in the region, where families from New York City came to swim, play shuffleboard and laugh at comedians.

The lodge opened in 1928 and thrived after World War II. In 1965, it booked rooms for 40,000 guests, and its dining room could seat 900 people. That year, the owners added an indoor pool and a nightclub.

But by the early 1970s, cheap airfare and air-conditioning had drawn vacationers elsewhere. The lodge closed in 1986. A decade ago, a developer bought the property and promised a casino that never came.

"Every summer we'd drive up from the Bronx and stay for ten weeks," recalled Ruth Adler, 78, who now lives in Florida. "Nobody worried about anything up here."

Since the early 1990s, local historians have recorded interviews with former guests and staff, and the county plans to open a small museum next spring. The area's year-round population has fallen by about a quarter over the past 30 years, and most of the great hotels are gone.

For now, the Laurel stands empty, a reminder of a world that lasted only a few decades.`,
		[]hoGold{
			{"the 1960s", "DATE", "196", ""},
			{"1928", "DATE", "1928", ""},
			{"1965", "DATE", "1965", ""},
			{"That year", "DATE", "1965", ""},
			{"the early 1970s", "DATE", "197", "START"},
			{"1986", "DATE", "1986", ""},
			{"A decade ago", "DATE", "198", ""},
			{"Every summer", "SET", "XXXX-SU", ""},
			{"ten weeks", "DURATION", "P10W", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the early 1990s", "DATE", "199", "START"},
			{"next spring", "DATE", "2000-SP", ""},
			{"the past 30 years", "DURATION", "P30Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"a few decades", "DURATION", "PXDE", ""},
		},
	},
	{
		"nyt-marlowe-theater", "2000-03-26",
		`GREENFIELD, Mass. — When the Marlowe Theater first raised its curtain in 1911, silent films cost a nickel and the town had no paved streets. Now, the 1,100-seat movie palace on Main Street is about to reopen after a $9 million restoration that took more than three years.

The Marlowe thrived through the 1940s and 1950s, when matinees drew lines around the block. But attendance fell sharply in the 1970s as suburban multiplexes opened, and the theater went dark in the summer of 1981. For most of the past two decades, it served as a furniture warehouse.

"People kept telling us it was hopeless," said Alice Brandt, who has led the restoration effort since 1994. "Five years ago we couldn't even get the roof fixed."

The turning point came in 1997, when a local foundation pledged $3 million. That spring, volunteers began stripping decades of grime from the gilded ceiling, and craftsmen recreated the original seats from a single chair found in the basement.

The theater will reopen on April 15 with a screening of a 1927 silent comedy, accompanied by a pianist. After that, the board plans to show classic films twice a week and host concerts every Sunday afternoon.

"We want it to be the center of town again," Ms. Brandt said. "It was the heart of Greenfield for 70 years, and it can be again."`,
		[]hoGold{
			{"1911", "DATE", "1911", ""},
			{"Now", "DATE", "PRESENT_REF", ""},
			{"more than three years", "DURATION", "P3Y", "MORE_THAN"},
			{"the 1940s", "DATE", "194", ""},
			{"1950s", "DATE", "195", ""},
			{"the 1970s", "DATE", "197", ""},
			{"the summer of 1981", "DATE", "1981-SU", ""},
			{"the past two decades", "DURATION", "P2DE", ""},
			{"1994", "DATE", "1994", ""},
			{"Five years ago", "DATE", "1995", ""},
			{"1997", "DATE", "1997", ""},
			{"That spring", "DATE", "1997-SP", ""},
			{"decades", "DURATION", "PXDE", ""},
			{"April 15", "DATE", "2000-04-15", ""},
			{"1927", "DATE", "1927", ""},
			{"twice a week", "SET", "P1W", ""},
			{"every Sunday afternoon", "SET", "XXXX-WXX-7TAF", ""},
			{"70 years", "DURATION", "P70Y", ""},
		},
	},
	{
		"abc-ice-storm", "1998-01-09",
		`DIANE MARSH, ANCHOR: Good evening. We begin tonight in northern New England, where hundreds of thousands of people are still without electricity after the worst ice storm anyone there can remember. At this hour, more than 600,000 homes and businesses in Maine, Vermont and New Hampshire have no power, and temperatures are expected to fall below zero again tonight.

The governor of Maine said earlier today that some rural areas may not be reconnected for two weeks. Our correspondent Tom Ruiz is in Augusta this evening.

TOM RUIZ: Diane, National Guard troops have been going door to door since Wednesday, checking on elderly residents. Shelters here are full, and officials opened two more schools this afternoon. Utility crews from as far away as North Carolina are working 16-hour shifts, but for every line they repair, another tree comes down.

Forecasters say another storm could bring freezing rain in the coming days. For now, people here are burning wood and waiting. One man told me he hasn't had a hot meal since Monday.

DIANE MARSH: Tom, thank you. The President declared the region a federal disaster area late this afternoon, which frees up emergency aid for families and towns. We'll have more on the storm later in the broadcast.`,
		[]hoGold{
			{"tonight", "TIME", "1998-01-09TNI", ""},
			{"this hour", "DATE", "PRESENT_REF", ""},
			{"tonight", "TIME", "1998-01-09TNI", ""},
			{"earlier today", "DATE", "1998-01-09", ""},
			{"two weeks", "DURATION", "P2W", ""},
			{"this evening", "TIME", "1998-01-09TEV", ""},
			{"Wednesday", "DATE", "1998-01-07", ""},
			{"this afternoon", "TIME", "1998-01-09TAF", ""},
			{"16-hour", "DURATION", "PT16H", ""},
			{"the coming days", "DURATION", "PXD", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Monday", "DATE", "1998-01-05", ""},
			{"late this afternoon", "TIME", "1998-01-09TAF", "END"},
		},
	},
	{
		"cnn-pilots-strike", "1998-05-20",
		`BILL HARPER, ANCHOR: Good evening, and welcome. Talks aimed at ending a pilots' strike at TransCon Airlines broke off this evening without a deal, and the carrier says it will cancel all of its flights again tomorrow. The walkout, which began last Friday, has stranded tens of thousands of travelers across the country. Maria Vance joins us from Chicago.

MARIA VANCE, CORRESPONDENT: Bill, negotiators had been meeting since early this morning in a downtown hotel, and as recently as this afternoon both sides sounded optimistic. But at 7:15 p.m., the union walked out, saying the company had withdrawn an offer it made on Sunday. The main sticking point remains pay raises over the life of a four-year contract. The union says the current pay scale is the lowest among major carriers.

The airline says the strike is costing it about $20 million a day. Federal mediators say they will try to bring the two sides back together by the weekend, but at this hour no new talks are scheduled.

HARPER: Maria, what are passengers being told?

VANCE: The airline is telling people to check its Web site before heading to the airport. It is offering refunds to anyone booked through the end of the month, and other carriers are honoring TransCon tickets for now. Some travelers here have been waiting in line for hours, trying to rebook.`,
		[]hoGold{
			{"this evening", "TIME", "1998-05-20TEV", ""},
			{"tomorrow", "DATE", "1998-05-21", ""},
			{"last Friday", "DATE", "1998-05-15", ""},
			{"early this morning", "TIME", "1998-05-20TMO", "START"},
			{"this afternoon", "TIME", "1998-05-20TAF", ""},
			{"7:15 p.m.", "TIME", "1998-05-20T19:15", ""},
			{"Sunday", "DATE", "1998-05-17", ""},
			{"four-year", "DURATION", "P4Y", ""},
			{"current", "DATE", "PRESENT_REF", ""},
			{"a day", "SET", "P1D", ""},
			{"the weekend", "DATE", "1998-W21-WE", ""},
			{"this hour", "DATE", "PRESENT_REF", ""},
			{"the end of the month", "DATE", "1998-05", "END"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"hours", "DURATION", "PXH", ""},
		},
	},
	{
		"pri-zambia-teachers", "1998-10-14",
		`LISA CHEN, HOST: I'm Lisa Chen, and this is The World. Teachers in Zambia have been on strike for three weeks now, and today the government threatened to fire any who do not return to their classrooms by Monday. More than two million children have been out of school since the strike began in late September. The teachers say they have not received a pay raise since 1995, and that inflation has eaten up nearly half of their salaries over the past three years. Reporter Daniel Mwale is in Lusaka.

DANIEL MWALE: At a rally this morning outside the education ministry, several thousand teachers chanted and waved their unpaid pay slips. Union leader Grace Banda told the crowd the teachers would not be intimidated. She said the union had offered to accept a 30 percent raise, paid in two stages, the first in January and the second next July. The government says it can afford 15 percent this year and has no money for more until donors release aid, which is expected sometime in the first quarter of next year.

CHEN: Is there any sign of a compromise?

MWALE: Not at the moment. Both sides are meeting again tomorrow afternoon, but few people here expect a deal soon. Parents are worried, because national exams are scheduled to begin in mid-November.`,
		[]hoGold{
			{"three weeks", "DURATION", "P3W", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"today", "DATE", "1998-10-14", ""},
			{"Monday", "DATE", "1998-10-19", ""},
			{"late September", "DATE", "1998-09", "END"},
			{"1995", "DATE", "1995", ""},
			{"the past three years", "DURATION", "P3Y", ""},
			{"this morning", "TIME", "1998-10-14TMO", ""},
			{"January", "DATE", "1999-01", ""},
			{"next July", "DATE", "1999-07", ""},
			{"this year", "DATE", "1998", ""},
			{"the first quarter of next year", "DATE", "1999-Q1", ""},
			{"the moment", "DATE", "PRESENT_REF", ""},
			{"tomorrow afternoon", "TIME", "1998-10-15TAF", ""},
			{"soon", "DATE", "FUTURE_REF", ""},
			{"mid-November", "DATE", "1998-11", "MID"},
		},
	},
	{
		"reuters-croatia-rates", "2013-04-11",
		`ZAGREB (Reuters) - Croatia's central bank left its main interest rate unchanged on Thursday and cut its growth forecast for this year, saying the economy would likely shrink again as exports and tourism revenues weaken.

The bank now expects gross domestic product to contract by 0.7 percent in 2013, compared with a forecast of 0.2 percent growth it made in January. The economy shrank 2 percent in 2012.

"The recovery we hoped to see in the second half of the year has been pushed back," Governor Marko Ilic told reporters. He said inflation, which eased to 3.9 percent last month from 4.7 percent in February, should fall below 3 percent by the end of the year.

Unemployment rose to 21.6 percent in March, the highest level in more than a decade, and economists said it was unlikely to ease before 2015. Croatia is due to join the European Union on July 1, but analysts warned that membership alone would not revive growth in the near future.

The government has cut public sector wages twice over the past few years and plans to present a revised budget next week. Finance Minister Ana Kovac said on Wednesday that the deficit would stay above 4 percent of GDP for the next two years.

The bank's next policy meeting is scheduled for June 13. It has held its benchmark rate at 6.25 percent since late 2011.`,
		[]hoGold{
			{"Thursday", "DATE", "2013-04-11", ""}, // same-day wire dispatch: the story reports the DCT's own events
			{"this year", "DATE", "2013", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2013", "DATE", "2013", ""},
			{"January", "DATE", "2013-01", ""},
			{"2012", "DATE", "2012", ""},
			{"the second half of the year", "DATE", "2013-H2", ""},
			{"last month", "DATE", "2013-03", ""},
			{"February", "DATE", "2013-02", ""},
			{"the end of the year", "DATE", "2013", "END"},
			{"March", "DATE", "2013-03", ""},
			{"more than a decade", "DURATION", "P1DE", "MORE_THAN"},
			{"2015", "DATE", "2015", ""},
			{"July 1", "DATE", "2013-07-01", ""},
			{"the near future", "DATE", "FUTURE_REF", ""},
			{"the past few years", "DURATION", "PXY", ""},
			{"next week", "DATE", "2013-W16", ""},
			{"Wednesday", "DATE", "2013-04-10", ""},
			{"the next two years", "DURATION", "P2Y", ""},
			{"June 13", "DATE", "2013-06-13", ""},
			{"late 2011", "DATE", "2011", "END"},
		},
	},
	{
		"bbc-valencia-dockers", "2013-09-20",
		`Workers at Spain's busiest container port will stage a series of 24-hour strikes starting next Monday, their union said on Friday, threatening fresh disruption to exports just as the economy shows the first signs of recovery.

Dockers in Valencia oppose a government plan, approved by the cabinet last month, to open cargo handling to non-union labour. They intend to walk out every Monday until the end of October unless the measure is withdrawn.

A similar stoppage in February left more than 300 ships waiting offshore for several days and cost exporters an estimated 50m euros (£42m), according to a study published in May.

"We have been patient for months," union spokesman Jorge Peris told the BBC. "The ministry has refused to meet us since the summer."

The Bank of Spain estimates that the economy will grow by 0.1% in the third quarter, which would end more than two years of contraction. The unemployment rate, currently above 26%, has more than doubled since 2008.

The transport ministry said on Friday it was open to talks but that the reform, required under European Union rules, must be in place by the end of the year. A deadline set by the European Commission expires in January.

Port authorities said they would publish contingency plans early next week to keep perishable goods moving.`,
		[]hoGold{
			{"24-hour", "DURATION", "PT24H", ""},
			{"next Monday", "DATE", "2013-09-23", ""},
			{"Friday", "DATE", "2013-09-20", ""}, // same-day wire dispatch: the story reports the DCT's own events
			{"last month", "DATE", "2013-08", ""},
			{"every Monday", "SET", "XXXX-WXX-1", ""},
			{"the end of October", "DATE", "2013-10", "END"},
			{"February", "DATE", "2013-02", ""},
			{"several days", "DURATION", "PXD", ""},
			{"May", "DATE", "2013-05", ""},
			{"months", "DURATION", "PXM", ""},
			{"the summer", "DATE", "2013-SU", ""},
			{"the third quarter", "DATE", "2013-Q3", ""},
			{"more than two years", "DURATION", "P2Y", "MORE_THAN"},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"2008", "DATE", "2008", ""},
			{"Friday", "DATE", "2013-09-20", ""}, // same-day wire dispatch: the story reports the DCT's own events
			{"the end of the year", "DATE", "2013", "END"},
			{"January", "DATE", "2014-01", ""},
			{"early next week", "DATE", "2013-W39", "START"},
		},
	},
	{
		"apw-playoff-scores", "1998-05-12",
		`PORTLAND, Ore. (AP) — Marcus Hill scored 31 points and grabbed 12 rebounds as the Portland Pioneers beat the Denver Rams 108-97, taking a 3-2 lead in their best-of-seven playoff series.

Hill, 27, made 11 of 19 shots from the field and 8 of 9 free throws. Guard Tony Alvarez added 22 points and 9 assists for Portland, which shot 51 percent and outrebounded Denver 48-39.

The Rams, who trailed by as many as 18 points, cut the deficit to six on a 3-pointer by Kevin Doyle but got no closer. Doyle led Denver with 26 points, and center Ray Okafor had 17 points and 14 rebounds.

"We did the little things," said Portland coach Phil Barrett, 58. "When you hold a team like that under 100, you give yourself a chance."

A sellout crowd of 19,980 at the Rose Arena saw Portland improve to 7-1 at home in the playoffs. The Pioneers committed only 8 turnovers, the fewest by either team in the series, and scored 24 points off 17 Denver mistakes.

Denver's second-leading scorer, forward Luis Ortega, was held to 9 points on 4-of-15 shooting. He had averaged 21.4 points in the first four games of the series.

Game 6 is at Denver's Mile High Center, where the Rams are 6-0 in the playoffs. Tickets, priced from $15 to $250, are sold out, a team spokesman said.`,
		nil, // no temporal expression: every number here is a score, sum, rate, age, address or route
	},
	{
		"ap-transit-council", "2013-06-05",
		`SPRINGFIELD (AP) — The City Council voted 7-2 to approve a $48.6 million plan to rebuild the transit center at 1200 Harbor Drive, clearing the way for a project that supporters say will serve 14,500 riders.

Under the plan, Bus Routes 4, 12 and 42 will be rerouted along Ocean Avenue, and a new stop will be built at 315 West Elm Street. The city will pay 35 percent of the cost, with state and federal grants covering the remaining 65 percent.

Council member April Reyes, 46, who represents District 3, said the vote was a win for neighborhoods east of Interstate 405. "Half the people in my district don't own a car," she said.

The two members who voted no, Frank Delgado, 61, and Susan Park, 39, said the estimate was too low. Delgado noted that a similar center in Riverside went 22 percent over budget, costing $61.2 million instead of the projected $50 million.

The regional airport, 6 miles south of the site, will add a shuttle link to Terminal B, Gate 14, where passengers board Flight 1187 to Denver and Flight 2230 to Seattle. Parking at the new garage will cost $2.50, with a cap of $12.

Property taxes will rise 1.5 percent, or about $48 for a home assessed at $320,000. The city's bond rating, AA-, is expected to hold. Residents can comment by calling 555-0143 or writing to Room 204, City Hall, 100 Main Street.`,
		nil, // no temporal expression: every number here is a score, sum, rate, age, address or route
	},
}

func TestEnglishHeldOut4(t *testing.T) { guardHeldOut(t, "English 4", enHeldOut4, "en", 0.93) }
