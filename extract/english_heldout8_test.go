package extract

import "testing"

// enHeldOut8 is an eighth blind English held-out set: 16 invented passages
// of 150-250 words, half news of the day read against their DCT (an AP
// budget story 1990, a Reuters market report 2008, WSJ earnings 1991, an AP
// Supreme Court story 2003, a Xinhua rainstorm report 2016, a BBC football
// report 2019, a CNN hurricane transcript 2012, Reuters election results
// 2025) and half narrative (an NYT obituary 1997, an AP earthquake rescue
// reconstruction 1989, AP trial testimony 2001, a BBC First World War
// centenary feature 2014, a WSJ Lehman anniversary reconstruction 2009, a
// BBC lockdown anniversary feature 2021, a Reuters wildfire special report
// 2025, an NYT organ-restoration feature 2006). The election results and the
// organ feature are number-heavy and hold no timex (nil gold).
//
// Gold follows TimeBank 1.2 / TempEval-3 practice: "N units later/after" and
// "a year later" are DURATIONs; "the next morning/day" are DATEs with a day
// value; "the evening/afternoon/night of X" is annotated as X only; "now" is
// PRESENT_REF and "recently" PAST_REF; decades are 199-style values and
// centuries 19-style; "last week" and "the weekend" take week values; "a year
// earlier" after a reported quarter is that quarter a year before; spans keep
// determiners and modifiers but not prepositions; ages are not timexes;
// weekdays follow the tense of their clause; a bare clock time takes the day
// last spoken of. Every relative value was computed from the DCT with
// Python's datetime. The set was written without reading the tagger, its
// tests or its extraction notes.
var enHeldOut8 = []hoCase{
	{
		"ap-budget-talks", "1990-10-09",
		`WASHINGTON (AP) — Congressional negotiators resumed talks on a deficit-reduction package today, racing to finish before a stopgap spending bill expires Friday and the government again runs out of money.

The talks began at 10 a.m. after recriminations over the weekend about the plan's gasoline tax, which the House rejected last Friday by a vote of 254-179. President Bush, who vetoed an earlier stopgap measure on Saturday, met with Republican leaders at the White House on Monday night and urged them to finish work by Thursday.

"We have been at this for five months, and the country is tired of it," one Democratic negotiator told reporters. The budget summit began in May at Andrews Air Force Base, and negotiators had originally promised a deal by the end of July.

Fiscal 1991 began Oct. 1. National parks and the Smithsonian museums were closed for three days, and without a spending bill hundreds of thousands of federal workers could be sent home next week.

Budget Director Richard Darman said the administration still hoped to cut the deficit by $500 billion over the next five years. The plan would raise Medicare premiums beginning in January and cut farm subsidies through 1995.

House Speaker Thomas Foley said a vote on a new package could come as early as Wednesday.`,
		[]hoGold{
			{"today", "DATE", "1990-10-09", ""},
			{"Friday", "DATE", "1990-10-12", ""},
			{"10 a.m.", "TIME", "1990-10-09T10:00", ""},
			{"the weekend", "DATE", "1990-W40-WE", ""},
			{"last Friday", "DATE", "1990-10-05", ""},
			{"Saturday", "DATE", "1990-10-06", ""},
			{"Monday night", "TIME", "1990-10-08TNI", ""},
			{"Thursday", "DATE", "1990-10-11", ""},
			{"five months", "DURATION", "P5M", ""},
			{"May", "DATE", "1990-05", ""},
			{"the end of July", "DATE", "1990-07", "END"},
			{"Fiscal 1991", "DATE", "1991", ""},
			{"Oct. 1", "DATE", "1990-10-01", ""},
			{"three days", "DURATION", "P3D", ""},
			{"next week", "DATE", "1990-W42", ""},
			{"the next five years", "DURATION", "P5Y", ""},
			{"January", "DATE", "1991-01", ""},
			{"1995", "DATE", "1995", ""},
			{"Wednesday", "DATE", "1990-10-10", ""},
		},
	},
	{
		"reuters-wall-street-rout", "2008-10-10",
		`NEW YORK, Oct 10 (Reuters) - Wall Street capped a brutal stretch with one of its most volatile sessions on record on Friday, as the Dow Jones industrial average plunged nearly 700 points soon after the opening bell before clawing back most of the loss by the close.

The Dow ended down 128 points, or 1.5 percent, at 8,451.19, its eighth straight decline. The blue-chip index has lost 18 percent this week, a sharper drop than in any comparable stretch since 1933, and is down about 40 percent from its record close of 14,164.53 on Oct. 9, 2007.

The Standard & Poor's 500 index fell 1.2 percent to 899.22. The Nasdaq composite gained 0.3 percent.

"Today was about capitulation," said Paul Hendricks, chief market strategist at Ridgeline Capital. "People sold in the morning because they were terrified of what could happen over the weekend."

Finance ministers from the Group of Seven met in Washington on Friday afternoon and were expected to issue a statement in the evening. The International Monetary Fund and the World Bank hold meetings in the capital over the weekend.

Investors had hoped that coordinated interest-rate cuts by six central banks on Wednesday would ease the freeze in credit markets. Instead, the rate banks charge each other to borrow dollars for three months rose again on Friday, to 4.82 percent, its highest level since December.

Volume on the New York Stock Exchange topped 3.9 billion shares, the heaviest ever.`,
		[]hoGold{
			{"Oct 10", "DATE", "2008-10-10", ""},
			{"Friday", "DATE", "2008-10-10", ""},
			{"this week", "DATE", "2008-W41", ""},
			{"1933", "DATE", "1933", ""},
			{"Oct. 9, 2007", "DATE", "2007-10-09", ""},
			{"Today", "DATE", "2008-10-10", ""},
			{"the morning", "TIME", "2008-10-10TMO", ""},
			{"the weekend", "DATE", "2008-W41-WE", ""},
			{"Friday afternoon", "TIME", "2008-10-10TAF", ""},
			{"the evening", "TIME", "2008-10-10TEV", ""},
			{"the weekend", "DATE", "2008-W41-WE", ""},
			{"Wednesday", "DATE", "2008-10-08", ""},
			{"three months", "DURATION", "P3M", ""},
			{"Friday", "DATE", "2008-10-10", ""},
			{"December", "DATE", "2007-12", ""},
		},
	},
	{
		"wsj-harlan-q1", "1991-04-18",
		`Harlan Chemical Corp. said first-quarter net income fell 23% to $42.7 million, or $1.12 a share, from $55.4 million, or $1.46 a share, a year earlier, as the recession cut demand for plastics used in autos and housing.

Sales slipped 6% to $918 million from $977 million in the year-ago quarter.

The Wilmington, Del., company said results for the quarter included a pretax charge of $8 million to close a polystyrene plant in Texas, which it announced in January. Excluding the charge, earnings would have been $1.25 a share.

Frank Ostrowski, chief financial officer, said in an interview yesterday that volumes "bottomed out in February" and improved in March, but he cautioned that prices for commodity resins remain weak. He said the company expects the second half to be stronger than the first half, and that it has no plans to change its dividend, which was last raised in December 1989.

For 1990, Harlan earned $201.3 million, or $5.30 a share, on sales of $3.9 billion.

Analysts had expected earnings of about $1.20 a share. Harlan's report came two weeks after rival Keystone Polymers Inc. said its first-quarter profit dropped 31%.

In New York Stock Exchange composite trading yesterday, Harlan shares closed at $47.75, down 50 cents. The stock has fallen 12% since the beginning of the year.`,
		[]hoGold{
			{"first-quarter", "DATE", "1991-Q1", ""},
			{"a year earlier", "DATE", "1990-Q1", ""},
			{"the year-ago quarter", "DATE", "1990-Q1", ""},
			{"the quarter", "DATE", "1991-Q1", ""},
			{"January", "DATE", "1991-01", ""},
			{"yesterday", "DATE", "1991-04-17", ""},
			{"February", "DATE", "1991-02", ""},
			{"March", "DATE", "1991-03", ""},
			{"the second half", "DATE", "1991-H2", ""},
			{"the first half", "DATE", "1991-H1", ""},
			{"December 1989", "DATE", "1989-12", ""},
			{"1990", "DATE", "1990", ""},
			{"two weeks", "DURATION", "P2W", ""},
			{"first-quarter", "DATE", "1991-Q1", ""},
			{"yesterday", "DATE", "1991-04-17", ""},
			{"the beginning of the year", "DATE", "1991", "START"},
		},
	},
	{
		"ap-court-admissions", "2003-06-23",
		`WASHINGTON (AP) — The Supreme Court on Monday upheld the University of Michigan law school's use of race in admissions but struck down the point system used by the university's undergraduate college, in the most important ruling on affirmative action in a quarter century.

Justice Sandra Day O'Connor, writing for a 5-4 majority in the law school case, said the Constitution permits the "narrowly tailored use of race" to obtain the educational benefits of a diverse student body. "We expect that 25 years from now, the use of racial preferences will no longer be necessary," she wrote.

The justices heard arguments in both cases on April 1, when thousands of demonstrators rallied outside the court. The lawsuits were brought in 1997 by white applicants who had been rejected by the university, among them Barbara Grutter, who applied to the law school in 1996.

The court last ruled broadly on the issue in 1978, in the Bakke case, which barred racial quotas but allowed race to be considered as one factor among many.

University President Mary Sue Coleman said at a news conference this afternoon that the undergraduate college would have a new admissions system in place by the fall. Applications for next year's freshman class are due in January.

The court is expected to issue its final rulings of the term by the end of the week, including a Texas case on gay rights that was argued in March.`,
		[]hoGold{
			{"Monday", "DATE", "2003-06-23", ""},
			{"a quarter century", "DURATION", "P25Y", ""},
			{"25 years from now", "DATE", "2028", ""},
			{"April 1", "DATE", "2003-04-01", ""},
			{"1997", "DATE", "1997", ""},
			{"1996", "DATE", "1996", ""},
			{"1978", "DATE", "1978", ""},
			{"this afternoon", "TIME", "2003-06-23TAF", ""},
			{"the fall", "DATE", "2003-FA", ""},
			{"next year", "DATE", "2004", ""},
			{"January", "DATE", "2004-01", ""},
			{"the end of the week", "DATE", "2003-W26", "END"},
			{"March", "DATE", "2003-03", ""},
		},
	},
	{
		"xinhua-beijing-rainstorm", "2016-07-20",
		`BEIJING, July 20 (Xinhua) -- Torrential rain pounded Beijing and neighboring Hebei province on Wednesday, forcing the cancellation of hundreds of flights and the closure of parks and scenic spots, local authorities said.

The municipal meteorological bureau issued a blue alert for rainstorms at 6 p.m. Tuesday and upgraded it to yellow at 7 a.m. Wednesday. Average rainfall in the city reached 165 mm between Tuesday morning and noon Wednesday, more than the total of the 2012 storm that killed 79 people.

By 4 p.m., 348 flights had been canceled at Beijing Capital International Airport, and more than 50,000 residents of low-lying villages had been relocated.

The rain is expected to taper off Thursday afternoon, but forecasters warned that another round of heavy rainfall would hit north China over the weekend.

Since late June, floods triggered by persistent downpours have left at least 180 people dead or missing in the middle and lower reaches of the Yangtze River, according to the Ministry of Civil Affairs. In Hubei province, the worst-hit region, water levels in several lakes have stayed above warning lines for about three weeks.

The State Council on Monday allocated 1 billion yuan for disaster relief and ordered local governments to prepare for the main flood season, which runs from late July to early August in north China.`,
		[]hoGold{
			{"July 20", "DATE", "2016-07-20", ""},
			{"Wednesday", "DATE", "2016-07-20", ""},
			{"6 p.m. Tuesday", "TIME", "2016-07-19T18:00", ""},
			{"7 a.m. Wednesday", "TIME", "2016-07-20T07:00", ""},
			{"Tuesday morning", "TIME", "2016-07-19TMO", ""},
			{"noon Wednesday", "TIME", "2016-07-20T12:00", ""},
			{"2012", "DATE", "2012", ""},
			{"4 p.m.", "TIME", "2016-07-20T16:00", ""},
			{"Thursday afternoon", "TIME", "2016-07-21TAF", ""},
			{"the weekend", "DATE", "2016-W29-WE", ""},
			{"late June", "DATE", "2016-06", "END"},
			{"about three weeks", "DURATION", "P3W", "APPROX"},
			{"Monday", "DATE", "2016-07-18", ""},
			{"late July", "DATE", "2016-07", "END"},
			{"early August", "DATE", "2016-08", "START"},
		},
	},
	{
		"bbc-villa-playoff", "2019-05-27",
		`Aston Villa ended a three-year absence from the Premier League by beating Frank Lampard's Derby County 2-1 in the Championship play-off final at Wembley on Monday.

Anwar El Ghazi headed Villa in front just before half-time and John McGinn doubled the lead 14 minutes after the break, before Jack Marriott pulled one back for Derby with nine minutes remaining.

Villa, relegated in 2016, were 14th in the table when Dean Smith took over in October, but a club-record run of 10 straight league wins in February and March carried them into the top six.

"The past three years have been hard for everyone connected with this club," said supporter Tom Bradley, 52, who has held a season ticket since he was a boy. "Last summer we were worried the club would go out of business. Now we're back where we belong."

The victory is worth an estimated £170m to the club. Villa's players return for pre-season training on 1 July, and the Premier League fixtures will be released on 13 June.

Derby, beaten in the semi-finals three years ago, must now decide whether they can keep Lampard, who has been linked with the Chelsea job. The former England midfielder said he would speak to the club's owner later this week.

Villa's win came a day after Charlton beat Sunderland in the League One final, also at Wembley, and 12 months after Villa lost the same fixture to Fulham.`,
		[]hoGold{
			{"three-year", "DURATION", "P3Y", ""},
			{"Monday", "DATE", "2019-05-27", ""},
			{"14 minutes", "DURATION", "PT14M", ""},
			{"nine minutes", "DURATION", "PT9M", ""},
			{"2016", "DATE", "2016", ""},
			{"October", "DATE", "2018-10", ""},
			{"February", "DATE", "2019-02", ""},
			{"March", "DATE", "2019-03", ""},
			{"The past three years", "DURATION", "P3Y", ""},
			{"Last summer", "DATE", "2018-SU", ""},
			{"Now", "DATE", "PRESENT_REF", ""},
			{"1 July", "DATE", "2019-07-01", ""},
			{"13 June", "DATE", "2019-06-13", ""},
			{"three years ago", "DATE", "2016", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"later this week", "DATE", "2019-W22", ""},
			{"a day", "DURATION", "P1D", ""},
			{"12 months", "DURATION", "P12M", ""},
		},
	},
	{
		"cnn-sandy-landfall", "2012-10-29",
		`JOHN HARLOW, CNN ANCHOR: We're following breaking news. Hurricane Sandy is now about 110 miles southeast of Atlantic City, and it's picking up speed. Let's go straight to meteorologist Karen Ellis in the CNN Severe Weather Center. Karen, what are you seeing?

KAREN ELLIS, CNN METEOROLOGIST: John, the storm is moving at 28 miles per hour, and we expect landfall in southern New Jersey around 8 o'clock tonight. The worst of the surge will come with high tide at 9 p.m. in New York Harbor. We already saw water over the sea wall at Battery Park this afternoon.

HARLOW: How long will this last?

ELLIS: The wind will stay with us through Tuesday. Then the rain moves into Pennsylvania and upstate New York for a few days, and some places in West Virginia could see two feet of snow by Wednesday.

HARLOW: Schools in New York City will be closed again tomorrow. The subway shut down at 7 p.m. Sunday, and the New York Stock Exchange will stay closed Tuesday, its longest weather-related shutdown since 1888. New Jersey Governor Chris Christie warned this morning that anyone still on the barrier islands should not expect to be rescued now. More than a million customers are already without power, and officials say some of them could be in the dark for more than a week. We'll be right back.`,
		[]hoGold{
			{"now", "DATE", "PRESENT_REF", ""},
			{"around 8 o'clock tonight", "TIME", "2012-10-29T20:00", "APPROX"},
			{"9 p.m.", "TIME", "2012-10-29T21:00", ""},
			{"this afternoon", "TIME", "2012-10-29TAF", ""},
			{"Tuesday", "DATE", "2012-10-30", ""},
			{"a few days", "DURATION", "PXD", ""},
			{"Wednesday", "DATE", "2012-10-31", ""},
			{"tomorrow", "DATE", "2012-10-30", ""},
			{"7 p.m. Sunday", "TIME", "2012-10-28T19:00", ""},
			{"Tuesday", "DATE", "2012-10-30", ""},
			{"1888", "DATE", "1888", ""},
			{"this morning", "TIME", "2012-10-29TMO", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"more than a week", "DURATION", "P1W", "MORE_THAN"},
		},
	},
	{
		"reuters-district-results-notimex", "2025-03-03",
		`VALLETTA (Reuters) - Provisional results from the electoral commission showed the Labour Party winning 44 of the 79 seats in parliament, with 51.3 percent of first-preference votes, against 35 seats and 46.2 percent for the Nationalist Party.

Turnout was 82.7 percent of 355,075 registered voters, the lowest share recorded in a general election, the commission said. Of 293,641 ballots cast, 4,812 were declared invalid and 1,096 were blank.

Labour candidates led in eight of the 13 electoral districts, with margins ranging from 1,204 votes in the 10th district to 9,876 in the 2nd. The smaller ADPD party took 1.8 percent and no seats; independent candidates together polled 0.7 percent.

Under constitutional rules, bonus seats may be added so that a party with an absolute majority of votes holds a majority of 4 seats in the House, and a gender mechanism can add up to 12 seats for women candidates. Commission officials said the count of 23,400 transferred votes would determine whether 2 or 4 such seats are allocated.

Labour's share was 4.1 points lower than in the previous general election, while the Nationalists gained 3.2 points. Party officials said 1,350 volunteers monitored the counting hall at Naxxar, where 620 electoral staff sorted ballots across 48 tables.`,
		nil,
	},
	{
		"nyt-obit-physicist", "1997-03-14",
		`Eleanor Whitcomb, a physicist who helped design the cooling systems for the first generation of commercial nuclear reactors and later became an outspoken critic of the industry, died on Wednesday at her home in Chevy Chase, Md. She was 81.

The cause was heart failure, said her son, David.

Born in Duluth, Minn., in 1915, Dr. Whitcomb graduated from the University of Minnesota in 1936 and earned a doctorate from the University of Chicago four years later. During World War II she worked on the Manhattan Project at the Metallurgical Laboratory in Chicago, where she was one of a handful of women on the scientific staff.

After the war she joined Westinghouse, and for the next 15 years she led a team that designed the heat exchangers for the Shippingport reactor, which began producing power in December 1957.

In the 1960s she grew skeptical of the industry's safety claims. She left Westinghouse in 1968, and in the spring of 1979, a few days after the accident at Three Mile Island, she told a House subcommittee that the plant's operators "had been trained for the accident they expected, not the one they got."

She taught at the University of Maryland until 1986 and continued to write about energy policy until recently.

Her husband, Arthur, died in 1990. In addition to her son, she is survived by a daughter, Ruth Alpert, of Boston, and four grandchildren.`,
		[]hoGold{
			{"Wednesday", "DATE", "1997-03-12", ""},
			{"1915", "DATE", "1915", ""},
			{"1936", "DATE", "1936", ""},
			{"four years", "DURATION", "P4Y", ""},
			{"the next 15 years", "DURATION", "P15Y", ""},
			{"December 1957", "DATE", "1957-12", ""},
			{"the 1960s", "DATE", "196", ""},
			{"1968", "DATE", "1968", ""},
			{"the spring of 1979", "DATE", "1979-SP", ""},
			{"a few days", "DURATION", "PXD", ""},
			{"1986", "DATE", "1986", ""},
			{"recently", "DATE", "PAST_REF", ""},
			{"1990", "DATE", "1990", ""},
		},
	},
	{
		"ap-cypress-rescue", "1989-10-25",
		`OAKLAND, Calif. (AP) — Walter Pruitt had finished his shift at the Port of Oakland and was driving home on the upper deck of the Nimitz Freeway when the earthquake struck on the afternoon of Oct. 17. The clock on his dashboard read 5:04 p.m.

In 15 seconds, a mile-long stretch of the double-decked Cypress structure pancaked onto the lanes below, crushing dozens of cars. Pruitt's pickup was wedged between the two decks.

Neighbors from nearby housing projects were the first to climb into the wreckage that evening, using ladders and forklifts. Firefighters joined them within an hour, and by 10 p.m. they had pulled 11 people out alive.

The next morning, state engineers warned that aftershocks could bring down the remaining columns, and the rescue effort slowed. By Thursday afternoon, officials were describing the operation as a search for bodies.

Then, on Saturday, four days after the quake, a Caltrans engineer inspecting the structure heard tapping. It took rescuers more than six hours to cut through the steel and concrete, and Pruitt was carried out at about 8:30 p.m., dehydrated and with a crushed chest.

Doctors at Highland Hospital said today that he remained in critical condition. The death toll from the freeway collapse stood at 39 on Tuesday, and Caltrans said it would take more than two years to replace the structure, which opened in 1957.`,
		[]hoGold{
			{"Oct. 17", "DATE", "1989-10-17", ""},
			{"5:04 p.m.", "TIME", "1989-10-17T17:04", ""},
			{"15 seconds", "DURATION", "PT15S", ""},
			{"that evening", "TIME", "1989-10-17TEV", ""},
			{"an hour", "DURATION", "PT1H", ""},
			{"10 p.m.", "TIME", "1989-10-17T22:00", ""},
			{"The next morning", "DATE", "1989-10-18", ""},
			{"Thursday afternoon", "TIME", "1989-10-19TAF", ""},
			{"Saturday", "DATE", "1989-10-21", ""},
			{"four days", "DURATION", "P4D", ""},
			{"more than six hours", "DURATION", "PT6H", "MORE_THAN"},
			{"about 8:30 p.m.", "TIME", "1989-10-21T20:30", "APPROX"},
			{"today", "DATE", "1989-10-25", ""},
			{"Tuesday", "DATE", "1989-10-24", ""},
			{"more than two years", "DURATION", "P2Y", "MORE_THAN"},
			{"1957", "DATE", "1957", ""},
		},
	},
	{
		"ap-trucking-testimony", "2001-02-15",
		`NEW YORK (AP) — A former bookkeeper testified Wednesday that she watched her boss shred hundreds of invoices in the back office of a Queens trucking company shortly before federal agents raided it.

Maria Delgado, 46, told jurors that on the evening of March 8, 1999, Anthony Russo called her into his office at about 7:30 and told her to "get rid of everything from the last two years."

"He said the agents would be there in the morning," she testified. "We worked until 11 o'clock."

The next day, agents arrived with a search warrant and seized computers and 40 boxes of records. Delgado said she was questioned that afternoon and lied to investigators for about a year before agreeing to cooperate in February 2000.

Russo, 58, is charged with fraud and obstruction of justice in what prosecutors describe as a seven-year scheme to overbill the city for garbage hauling between 1992 and 1999. His lawyer spent much of Tuesday afternoon attacking Delgado's credibility, noting that she had been promised leniency on her own tax charges.

Under cross-examination, Delgado conceded that she had shredded some of the records on her own and had kept copies of others at her sister's apartment in Astoria.

The trial, which began Jan. 29, resumes Tuesday after a holiday recess. U.S. District Judge Allyne Ross told jurors the case could go to them by early March.`,
		[]hoGold{
			{"Wednesday", "DATE", "2001-02-14", ""},
			{"March 8, 1999", "DATE", "1999-03-08", ""},
			{"about 7:30", "TIME", "1999-03-08T19:30", "APPROX"},
			{"the last two years", "DURATION", "P2Y", ""},
			{"the morning", "TIME", "1999-03-09TMO", ""},
			{"11 o'clock", "TIME", "1999-03-08T23:00", ""},
			{"The next day", "DATE", "1999-03-09", ""},
			{"that afternoon", "TIME", "1999-03-09TAF", ""},
			{"about a year", "DURATION", "P1Y", "APPROX"},
			{"February 2000", "DATE", "2000-02", ""},
			{"seven-year", "DURATION", "P7Y", ""},
			{"1992", "DATE", "1992", ""},
			{"1999", "DATE", "1999", ""},
			{"Tuesday afternoon", "TIME", "2001-02-13TAF", ""},
			{"Jan. 29", "DATE", "2001-01-29", ""},
			{"Tuesday", "DATE", "2001-02-20", ""},
			{"early March", "DATE", "2001-03", "START"},
		},
	},
	{
		"bbc-ww1-centenary", "2014-08-04",
		`On 4 August 1914, Britain's ultimatum to Germany expired at 11pm and the country was at war. Crowds gathered outside Buckingham Palace that night, and many expected the fighting to be over by Christmas.

It lasted more than four years. By the armistice of 11 November 1918, nearly a million soldiers from Britain and its empire had died, a loss that shaped the rest of the 20th century.

Today, the Prince of Wales will attend a service at Glasgow Cathedral this morning, and the Duke and Duchess of Cambridge will join a ceremony at St Symphorien military cemetery near Mons this evening. Tonight, people across the UK are being asked to turn off their lights from 10pm to 11pm, leaving a single candle burning.

The centenary commemorations will continue for the next four years. Historians say interest in the war has surged since the 1990s, when its last veterans began to die; the final British veteran of the trenches, Harry Patch, died in 2009 at the age of 111.

"Twenty years ago this was still a war people's grandparents talked about," said Catherine Hale, a historian at the University of Leeds. "Now it belongs entirely to the history books."

Earlier this year, the BBC began a four-year season of programmes on the conflict, and more than 2,500 local events have been planned for the summer.`,
		[]hoGold{
			{"4 August 1914", "DATE", "1914-08-04", ""},
			{"11pm", "TIME", "1914-08-04T23:00", ""},
			{"that night", "TIME", "1914-08-04TNI", ""},
			{"Christmas", "DATE", "1914-12-25", ""},
			{"more than four years", "DURATION", "P4Y", "MORE_THAN"},
			{"11 November 1918", "DATE", "1918-11-11", ""},
			{"the 20th century", "DATE", "19", ""},
			{"Today", "DATE", "2014-08-04", ""},
			{"this morning", "TIME", "2014-08-04TMO", ""},
			{"this evening", "TIME", "2014-08-04TEV", ""},
			{"Tonight", "TIME", "2014-08-04TNI", ""},
			{"10pm", "TIME", "2014-08-04T22:00", ""},
			{"11pm", "TIME", "2014-08-04T23:00", ""},
			{"the next four years", "DURATION", "P4Y", ""},
			{"the 1990s", "DATE", "199", ""},
			{"2009", "DATE", "2009", ""},
			{"Twenty years ago", "DATE", "1994", ""},
			{"Now", "DATE", "PRESENT_REF", ""},
			{"Earlier this year", "DATE", "2014", ""},
			{"four-year", "DURATION", "P4Y", ""},
			{"the summer", "DATE", "2014-SU", ""},
		},
	},
	{
		"wsj-lehman-weekend", "2009-09-14",
		`On Friday, Sept. 12, 2008, Treasury Secretary Henry Paulson summoned the heads of Wall Street's biggest banks to the Federal Reserve Bank of New York and told them there would be no government money to rescue Lehman Brothers Holdings Inc. That evening, the bankers began combing through Lehman's books.

For the next two days, executives shuttled between conference rooms in the Fed's fortress-like building on Liberty Street. By Sunday afternoon, a deal with Barclays PLC had collapsed after British regulators declined to waive a shareholder vote. Lehman's lawyers worked for hours on a bankruptcy petition, which was filed at 1:45 a.m. Monday.

The same day, Bank of America Corp. agreed to buy Merrill Lynch & Co. for $50 billion, and within 48 hours the Fed had extended an $85 billion loan to American International Group Inc.

A year later, the consequences are still being felt. The Dow Jones Industrial Average, which closed at 11421.99 on Sept. 12, 2008, finished Friday at 9605.41. The unemployment rate rose to 9.7% in August, the highest since 1983.

President Barack Obama is scheduled to speak on financial regulation today at Federal Hall, a few blocks from the New York Stock Exchange. Congress has yet to act on the proposals he sent to Capitol Hill in June, and Senate Banking Committee Chairman Christopher Dodd has said he hopes to pass a bill by the end of the year.

Lehman's estate is still being unwound, and administrators expect the process to take several more years.`,
		[]hoGold{
			{"Friday, Sept. 12, 2008", "DATE", "2008-09-12", ""},
			{"That evening", "TIME", "2008-09-12TEV", ""},
			{"the next two days", "DURATION", "P2D", ""},
			{"Sunday afternoon", "TIME", "2008-09-14TAF", ""},
			{"hours", "DURATION", "PTXH", ""},
			{"1:45 a.m. Monday", "TIME", "2008-09-15T01:45", ""},
			{"The same day", "DATE", "2008-09-15", ""},
			{"48 hours", "DURATION", "PT48H", ""},
			{"A year later", "DURATION", "P1Y", ""},
			{"Sept. 12, 2008", "DATE", "2008-09-12", ""},
			{"Friday", "DATE", "2009-09-11", ""},
			{"August", "DATE", "2009-08", ""},
			{"1983", "DATE", "1983", ""},
			{"today", "DATE", "2009-09-14", ""},
			{"June", "DATE", "2009-06", ""},
			{"the end of the year", "DATE", "2009", "END"},
			{"several more years", "DURATION", "PXY", ""},
		},
	},
	{
		"bbc-lockdown-anniversary", "2021-03-23",
		`On 23 March 2020, Boris Johnson went on television at 8.30pm and told the country: "You must stay at home."

The first lockdown was meant to last three weeks. In the end, schools in England stayed closed to most pupils until June, pubs did not reopen until 4 July, and the country has spent much of the past 12 months under some form of restriction.

At noon, people across the UK will fall silent for a minute to remember the more than 126,000 people who have died with coronavirus. Buildings including the Houses of Parliament will be lit up in yellow this evening.

For Sarah Collins, a nurse at the Royal London Hospital, the anniversary brings back the night of 8 April, when eight patients on her ward died in a single shift. "I worked without a break for six weeks," she said. "I still can't believe we got through it."

The vaccination programme, which began on 8 December, has given a first dose to more than 27 million adults. Under the government's roadmap, non-essential shops are due to reopen on 12 April, and ministers hope to lift all legal limits on social contact no earlier than 21 June.

But scientists warned last week that a third wave sweeping parts of Europe could reach Britain by the summer. "We are not out of this yet," said Prof Alan Morrow, an epidemiologist. "The next few months will decide whether this was the last lockdown."`,
		[]hoGold{
			{"23 March 2020", "DATE", "2020-03-23", ""},
			{"8.30pm", "TIME", "2020-03-23T20:30", ""},
			{"three weeks", "DURATION", "P3W", ""},
			{"June", "DATE", "2020-06", ""},
			{"4 July", "DATE", "2020-07-04", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"noon", "TIME", "2021-03-23T12:00", ""},
			{"a minute", "DURATION", "PT1M", ""},
			{"this evening", "TIME", "2021-03-23TEV", ""},
			{"8 April", "DATE", "2020-04-08", ""},
			{"six weeks", "DURATION", "P6W", ""},
			{"8 December", "DATE", "2020-12-08", ""},
			{"12 April", "DATE", "2021-04-12", ""},
			{"21 June", "DATE", "2021-06-21", ""},
			{"last week", "DATE", "2021-W11", ""},
			{"the summer", "DATE", "2021-SU", ""},
			{"The next few months", "DURATION", "PXM", ""},
		},
	},
	{
		"reuters-eaton-fire-alerts", "2025-02-10",
		`ALTADENA, California, Feb 10 (Reuters) - The first emergency call reporting flames in Eaton Canyon reached dispatchers on the evening of Jan. 7, as gusts of up to 100 miles per hour tore through the foothills of the San Gabriel Mountains. That morning, the Palisades fire had broken out 30 miles to the west, drawing hundreds of firefighters away from the area.

Within two hours, the Eaton fire had jumped into residential streets. Marta Ruiz, a retired teacher, said she fled at about 11 p.m. with her dog and a box of photographs. "By the time I reached the freeway, the whole ridge was orange," she said.

Residents of the western part of town told Reuters that evacuation alerts did not reach their phones until the next morning, hours after homes there had begun to burn.

Over the next 24 days, the fire destroyed more than 9,000 structures and killed at least 17 people, according to county figures. It was fully contained on Jan. 31.

Los Angeles County officials said last month that they had ordered an independent review of the alert system, with results expected within 90 days. The county fire chief told Reuters on Friday that crews had been "stretched past the limit" that night.

State lawmakers plan hearings on the response in March. Rebuilding, officials warn, could take a decade.`,
		[]hoGold{
			{"Feb 10", "DATE", "2025-02-10", ""},
			{"Jan. 7", "DATE", "2025-01-07", ""},
			{"That morning", "TIME", "2025-01-07TMO", ""},
			{"two hours", "DURATION", "PT2H", ""},
			{"about 11 p.m.", "TIME", "2025-01-07T23:00", "APPROX"},
			{"the next morning", "DATE", "2025-01-08", ""},
			{"hours", "DURATION", "PTXH", ""},
			{"the next 24 days", "DURATION", "P24D", ""},
			{"Jan. 31", "DATE", "2025-01-31", ""},
			{"last month", "DATE", "2025-01", ""},
			{"90 days", "DURATION", "P90D", ""},
			{"Friday", "DATE", "2025-02-07", ""},
			{"that night", "TIME", "2025-01-07TNI", ""},
			{"March", "DATE", "2025-03", ""},
			{"a decade", "DURATION", "P10Y", ""},
		},
	},
	{
		"nyt-organ-restoration-notimex", "2006-11-19",
		`HAARLEM, the Netherlands — Seen from the nave of St. Bavo's Church, the great organ rises more than 30 meters, its oak case carved with lions and cherubs and gilded with 12 kilograms of gold leaf. Behind the facade stand 5,068 pipes arranged in 68 ranks across three manuals and a pedal board, the longest of them 32 feet and the smallest shorter than a child's finger.

Restorers from the Flentrop workshop in Zaandam removed and numbered every pipe. They found that 1,742 of them, roughly a third, were original, and that the tin-lead alloy in the largest varied between 23 percent and 41 percent tin. Each of the 64 stops was tested at a wind pressure of 72 millimeters of water, and 214 pipes were rebuilt from metal cast on a sand bed in the workshop.

The wind system alone fills a room of 140 square meters. Twelve wedge bellows, each 3.2 meters long and once worked by six men treading on wooden levers, were replaced by two electric blowers.

The restoration cost 4.8 million euros, of which the Dutch state paid 2.1 million, the city 900,000 and private donors the rest. The church seats 1,650 for a concert, and the organ loft holds a choir of 40.`,
		nil,
	},
}

func TestEnglishHeldOut8(t *testing.T) { guardHeldOut(t, "English 8", enHeldOut8, "en", 0.90) }
