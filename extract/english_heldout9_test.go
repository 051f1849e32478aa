package extract

import "testing"

// enHeldOut9 is a ninth blind English held-out set: sixteen invented news
// passages imitating the TempEval-3 evaluation sources — AP and NYT wire
// 1998-2000 (the Nairobi embassy bombing inquiry, Kosovo refugees, Elian
// Gonzalez, the impeachment debate, markets after the October 1998 Fed cut),
// Xinhua English 1998-99 with dated datelines, WSJ 1989-1990 earnings and
// takeover copy, ABC/CNN/PRI 1998 broadcast transcripts, a 2013 Reuters and a
// 2013 BBC story, plus two number-heavy passages (a WSJ new-issues column and
// AP election results) with no temporal expression at all.
//
// It was written without reading the tagger, its tests or its documentation.
// Gold follows TimeBank 1.2 / TempEval-3 (TIMEX3): "three days later" and
// "a week earlier" are DURATIONs; "the next morning" and "the following day"
// are day DATEs; "Thursday night" is a TIME with TNI; now/currently/current
// are PRESENT_REF, recently/the past PAST_REF, soon/the future FUTURE_REF
// (sentence-initial discourse "Now," is left untagged); "last week",
// "this week" and "the weekend" take ISO week values; "a year earlier" after
// a reported quarter is that quarter a year before; counted decades are in
// years, "the 1990s" is 199 and "the 20th century" 19; ages are not timexes;
// spans keep determiners and modifiers but not prepositions; a clock time
// without a day takes the day last spoken of. Every relative value (weekdays,
// ISO weeks, "N days ago") was computed from the DCT with Python's datetime.
var enHeldOut9 = []hoCase{
	{
		"ap-nairobi-embassy-probe", "1998-08-14",
		`NAIROBI, Kenya (AP) _ Kenyan and American investigators said Friday they had questioned more than 80 people about the Aug. 7 bombing of the U.S. Embassy, and an FBI official said the inquiry had made "real progress" in the past 48 hours.

The death toll rose to 247 on Thursday when a Kenyan woman injured in the blast died at Kenyatta National Hospital. More than 5,000 people were wounded. The bodies of the 12 Americans killed were flown home earlier this week.

An FBI team of 60 agents landed in Nairobi on Aug. 8 and began sifting the wreckage the next morning. Three days later, a man traveling on a false passport was detained at Karachi airport, Pakistani officials said. He was flown to Nairobi on Thursday night and is now in Kenyan custody.

Prudence Bushnell, the 52-year-old U.S. ambassador, said the embassy would reopen in temporary offices next week. "We will not be driven out," she told reporters this morning. The State Department said the embassy had received threats in the past, but none recently.

In Dar es Salaam, Tanzania, where a nearly simultaneous bomb killed 10 people, FBI agents expect to finish searching the debris by the weekend. Tanzania will observe a national day of mourning on Monday.

Secretary of State Madeleine Albright is scheduled to visit both cities Tuesday. A memorial service for the American victims will be held at Andrews Air Force Base at 10 a.m. EDT Thursday, the State Department said.`,
		[]hoGold{
			{"Friday", "DATE", "1998-08-14", ""},
			{"Aug. 7", "DATE", "1998-08-07", ""},
			{"the past 48 hours", "DURATION", "PT48H", ""},
			{"Thursday", "DATE", "1998-08-13", ""},
			{"earlier this week", "DATE", "1998-W33", ""},
			{"Aug. 8", "DATE", "1998-08-08", ""},
			{"the next morning", "DATE", "1998-08-09", ""},
			{"Three days later", "DURATION", "P3D", ""},
			{"Thursday night", "TIME", "1998-08-13TNI", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"next week", "DATE", "1998-W34", ""},
			{"this morning", "TIME", "1998-08-14TMO", ""},
			{"the past", "DATE", "PAST_REF", ""},
			{"recently", "DATE", "PAST_REF", ""},
			{"the weekend", "DATE", "1998-W33-WE", ""},
			{"Monday", "DATE", "1998-08-17", ""},
			{"Tuesday", "DATE", "1998-08-18", ""},
			{"10 a.m. EDT Thursday", "TIME", "1998-08-20T10:00", ""},
		},
	},
	{
		"wsj-pacific-harbor-q3", "1989-11-02",
		`Pacific Harbor Corp. said third-quarter net income fell 23% to $14.2 million, or 61 cents a share, from $18.4 million, or 79 cents a share, a year earlier. Revenue slipped 4% to $226.5 million from $236 million.

The San Francisco-based shipping and terminal concern blamed the decline on weaker trans-Pacific freight rates. It said results in the current quarter would also be hurt by the Oct. 17 earthquake, which closed its Oakland terminal for five days.

For the nine months, net was $47.9 million, or $2.05 a share, up from $44.1 million, or $1.89 a share. Revenue rose 6% to $701.3 million.

Walter B. Ames, the company's 61-year-old chairman, said fourth-quarter earnings would be "substantially below" the $19.3 million earned in the 1988 period. Pacific Harbor will take a pretax charge of about $6 million in the fourth quarter to cover earthquake repairs.

Separately, the board authorized the repurchase of as many as one million common shares over the next 18 months.

Analysts had expected the company to earn 70 cents a share for the quarter. "Freight rates have been soft since the spring, and nobody expects a turnaround soon," said Ellen Park, an analyst with Dean Witter Reynolds Inc.

In New York Stock Exchange composite trading yesterday, Pacific Harbor closed at $24.375, down 87.5 cents. The stock traded as high as $33 in early September.`,
		[]hoGold{
			{"third-quarter", "DATE", "1989-Q3", ""},
			{"a year earlier", "DATE", "1988-Q3", ""},
			{"the current quarter", "DATE", "1989-Q4", ""},
			{"Oct. 17", "DATE", "1989-10-17", ""},
			{"five days", "DURATION", "P5D", ""},
			{"the nine months", "DURATION", "P9M", ""},
			{"fourth-quarter", "DATE", "1989-Q4", ""},
			{"the 1988 period", "DATE", "1988-Q4", ""},
			{"the fourth quarter", "DATE", "1989-Q4", ""},
			{"the next 18 months", "DURATION", "P18M", ""},
			{"the quarter", "DATE", "1989-Q3", ""},
			{"the spring", "DATE", "1989-SP", ""},
			{"soon", "DATE", "FUTURE_REF", ""},
			{"yesterday", "DATE", "1989-11-01", ""},
			{"early September", "DATE", "1989-09", "START"},
		},
	},
	{
		"xinhua-songhua-flood", "1998-08-24",
		`HARBIN, August 24 (Xinhua) -- The water level of the Songhua River at Harbin began to fall slowly this morning after peaking at 120.89 meters at 6 p.m. Saturday, the highest since records began in 1898, local flood control officials said.

More than 200,000 soldiers and civilians have been reinforcing the city's 70-kilometer dike over the past two weeks. Officials warned that the dike, soaked for more than a month, could still give way.

Chinese Premier Zhu Rongji, who inspected the dike on Friday, urged local officials to remain on alert until mid-September, when the flood season on the river normally ends.

The State Council said this year's floods along the Yangtze, Songhua and Nenjiang rivers have killed more than 3,000 people since June and damaged 21 million hectares of farmland. The Songhua flood is the worst in a century, officials said.

Economists estimated direct losses at 166 billion yuan (20 billion U.S. dollars), which could cut economic growth by 0.5 percentage points in the second half of the year.

Water levels on the Nenjiang River are expected to drop below the warning line within ten days, the provincial flood control headquarters said. Heilongjiang Province has evacuated 1.3 million people since the middle of July, and 470 relief teams are now working in the worst-hit counties.`,
		[]hoGold{
			{"August 24", "DATE", "1998-08-24", ""},
			{"this morning", "TIME", "1998-08-24TMO", ""},
			{"6 p.m. Saturday", "TIME", "1998-08-22T18:00", ""},
			{"1898", "DATE", "1898", ""},
			{"the past two weeks", "DURATION", "P2W", ""},
			{"more than a month", "DURATION", "P1M", "MORE_THAN"},
			{"Friday", "DATE", "1998-08-21", ""},
			{"mid-September", "DATE", "1998-09", "MID"},
			{"this year", "DATE", "1998", ""},
			{"June", "DATE", "1998-06", ""},
			{"a century", "DURATION", "P100Y", ""},
			{"the second half of the year", "DATE", "1998-H2", ""},
			{"ten days", "DURATION", "P10D", ""},
			{"the middle of July", "DATE", "1998-07", "MID"},
			{"now", "DATE", "PRESENT_REF", ""},
		},
	},
	{
		"abc-wnt-intern-story", "1998-01-22",
		`PETER JENNINGS: Good evening. We begin tonight at the White House, where President Clinton said again this afternoon that he did not have a sexual relationship with a former White House intern. The story has dominated Washington since yesterday morning, and right now there is no sign it will fade. ABC's Sam Donaldson is at the White House. Sam?

SAM DONALDSON: Peter, the president chose his words carefully today. He told reporters in the Oval Office the allegations are not true and that he would cooperate with the independent counsel, Kenneth Starr. Aides say Mr. Clinton spent much of the morning on the telephone with his lawyers. Earlier today, the first lady went ahead with an appearance in Baltimore.

Now, the intern, who is 24, left the White House in April 1996 for a job at the Pentagon. Prosecutors say she described the relationship in tapes recorded last fall by a friend. Mr. Starr's office has been looking into the matter for about a week.

PETER JENNINGS: Sam, what happens next?

SAM DONALDSON: Well, Peter, the president is scheduled to deliver his State of the Union address next Tuesday night, and his advisers are worried. Mr. Clinton gave a deposition in the Paula Jones case on Saturday, and we are told he was asked about the intern. Over the past four years this president has weathered a great many storms.

PETER JENNINGS: Sam Donaldson at the White House. When we come back, the ice storm that shut down much of the Northeast this evening.`,
		[]hoGold{
			{"tonight", "TIME", "1998-01-22TNI", ""},
			{"this afternoon", "TIME", "1998-01-22TAF", ""},
			{"yesterday morning", "TIME", "1998-01-21TMO", ""},
			{"right now", "DATE", "PRESENT_REF", ""},
			{"today", "DATE", "1998-01-22", ""},
			{"the morning", "TIME", "1998-01-22TMO", ""},
			{"Earlier today", "DATE", "1998-01-22", ""},
			{"April 1996", "DATE", "1996-04", ""},
			{"last fall", "DATE", "1997-FA", ""},
			{"about a week", "DURATION", "P1W", "APPROX"},
			{"next Tuesday night", "TIME", "1998-01-27TNI", ""},
			{"Saturday", "DATE", "1998-01-17", ""},
			{"the past four years", "DURATION", "P4Y", ""},
			{"this evening", "TIME", "1998-01-22TEV", ""},
		},
	},
	{
		"nyt-kosovo-blace", "1999-04-08",
		`SKOPJE, Macedonia -- Macedonian police on Wednesday night cleared the muddy field at Blace where tens of thousands of refugees from Kosovo had waited since last week, loading them onto buses bound for camps in Albania and Turkey.

By this morning the field was empty except for plastic sheeting and abandoned shoes. The first buses left at 2 a.m., and aid workers said they had been given no warning. "They told us to stand aside," said Elisabeth Hoff, 46, a Norwegian nurse with the Red Cross.

Many of the refugees said Serbian police had expelled them from Pristina on Saturday and Sunday, herding them onto trains at gunpoint. Officials said more than 400,000 people have fled Kosovo since the end of March, and the United Nations refugee agency expects the number to pass 600,000 by the end of the month.

NATO began bombing Yugoslavia on March 24, five days after peace talks in France collapsed. President Slobodan Milosevic declared a unilateral cease-fire on Tuesday, but Western leaders dismissed the offer as a ploy.

In Washington, President Clinton said the alliance would not halt the strikes until Mr. Milosevic withdrew his forces. Pentagon officials said 82 more aircraft would arrive in the region over the next 10 days.

Kosovo's ethnic Albanians, who make up 90 percent of the province's population, have lived without self-rule for a decade. Belgrade stripped the province of its autonomy in 1989, and tensions rose through the 1990s into open war last year.`,
		[]hoGold{
			{"Wednesday night", "TIME", "1999-04-07TNI", ""},
			{"last week", "DATE", "1999-W13", ""},
			{"this morning", "TIME", "1999-04-08TMO", ""},
			{"2 a.m.", "TIME", "1999-04-08T02:00", ""},
			{"Saturday", "DATE", "1999-04-03", ""},
			{"Sunday", "DATE", "1999-04-04", ""},
			{"the end of March", "DATE", "1999-03", "END"},
			{"the end of the month", "DATE", "1999-04", "END"},
			{"March 24", "DATE", "1999-03-24", ""},
			{"five days", "DURATION", "P5D", ""},
			{"Tuesday", "DATE", "1999-04-06", ""},
			{"the next 10 days", "DURATION", "P10D", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"1989", "DATE", "1989", ""},
			{"the 1990s", "DATE", "199", ""},
			{"last year", "DATE", "1998", ""},
		},
	},
	{
		"wsj-new-issues-no-timex", "1989-11-08",
		`Municipal Issues

Orange County Water District, Calif. -- $225 million of water revenue bonds, tentatively priced by a Goldman, Sachs & Co. group to yield from 5.85% to 7.15%. The issue includes $140 million of serial bonds priced at par to yield from 5.85% to 6.95%, and $85 million of term bonds priced at 98 1/2 to yield 7.15%. The bonds are rated single-A-1 by Moody's Investors Service Inc. and single-A-plus by Standard & Poor's Corp.

Massachusetts Housing Finance Agency -- $96.4 million of single-family mortgage bonds, via a Merrill Lynch Capital Markets group, priced to yield from 6.40% to 7.55%. The bonds are rated double-A by both agencies and are subject to the alternative minimum tax.

Allegheny County Hospital Development Authority, Pa. -- $61.2 million of hospital revenue bonds for Presbyterian University Hospital, via PaineWebber Inc. The bonds are insured by Municipal Bond Investors Assurance Corp. and are priced to yield from 6.10% to 7.25%, with a top coupon of 7 1/4%.

Foreign Bonds

Sumitomo Corp. (Japan) -- $150 million of Eurobonds with equity-purchase warrants, via Nomura International Ltd. The bonds carry an indicated coupon of 4 1/4% and are priced at par. Each $5,000 bond carries one warrant, exercisable into Sumitomo common shares at a 2.5% premium to the closing price of 1,120 yen.

Kingdom of Denmark -- 500 million European Currency Units of 8 3/8% bonds priced at 101.625 to yield 8.12%, via Deutsche Bank Capital Markets Ltd. Fees total 1 7/8%.`,
		nil,
	},
	{
		"apw-stocks-fed-cut", "1998-10-16",
		`NEW YORK (AP) _ Stocks extended their rally Friday, a day after the Federal Reserve's surprise interest rate cut sent the Dow Jones industrial average soaring more than 330 points.

The Dow rose 100.16 to 8,399.52 by 2 p.m. EDT, after gaining 330.58 on Thursday. Broader indexes also advanced, and the Nasdaq composite index was up 2.6 percent.

The Fed cut its target for the federal funds rate by a quarter point to 5 percent Thursday afternoon, the second reduction in less than three weeks. The move, made without a meeting of its policy committee, caught traders by surprise.

"It tells you the Fed is worried about the credit markets," said Alan Ackerman, market strategist at Fahnestock & Co.

Analysts said the market had recovered about 12 percent from its low of Oct. 8 but remained well below the record of 9,337.97 set July 17. For the week, the Dow was up 4.8 percent. Traders said investors were betting the Fed would cut rates again at its next meeting on Nov. 17.

Third-quarter earnings reports, which began arriving this week, have been mixed, with banks and brokerages hurt by losses in emerging markets. Even after the summer's losses, the Dow has roughly tripled since the start of the 1990s.

Overseas, Tokyo's Nikkei average rose 3.4 percent, and London's FT-SE 100 index gained 2.1 percent. The dollar rose against the yen.`,
		[]hoGold{
			{"Friday", "DATE", "1998-10-16", ""},
			{"a day", "DURATION", "P1D", ""},
			{"2 p.m. EDT", "TIME", "1998-10-16T14:00", ""},
			{"Thursday", "DATE", "1998-10-15", ""},
			{"Thursday afternoon", "TIME", "1998-10-15TAF", ""},
			{"less than three weeks", "DURATION", "P3W", "LESS_THAN"},
			{"Oct. 8", "DATE", "1998-10-08", ""},
			{"July 17", "DATE", "1998-07-17", ""},
			{"the week", "DATE", "1998-W42", ""},
			{"Nov. 17", "DATE", "1998-11-17", ""},
			{"Third-quarter", "DATE", "1998-Q3", ""},
			{"this week", "DATE", "1998-W42", ""},
			{"the summer", "DATE", "1998-SU", ""},
			{"the start of the 1990s", "DATE", "199", "START"},
		},
	},
	{
		"cnn-annan-baghdad-deal", "1998-02-23",
		`BERNARD SHAW, CNN ANCHOR: Good evening. U.N. Secretary-General Kofi Annan says he has a deal with Iraq that could avert American air strikes. Mr. Annan announced the agreement in Baghdad this morning after three hours of talks with Saddam Hussein on Sunday night. CNN's Christiane Amanpour is in Baghdad.

CHRISTIANE AMANPOUR, CNN CORRESPONDENT: Bernie, Iraqis celebrated in the streets here tonight, firing guns into the air. Under the agreement, U.N. weapons inspectors will have unrestricted access to eight presidential sites that Iraq has kept off limits since November, when it expelled the American members of the inspection team.

Mr. Annan arrived here on Friday and met Iraqi officials the following day. He is expected back in New York on Wednesday, and the Security Council is likely to take up the agreement later this week. U.N. officials say inspections could resume within two weeks.

SHAW: Christiane, thank you. At the White House this afternoon, President Clinton gave the deal a cautious welcome.

WILLIAM CLINTON, PRESIDENT OF THE UNITED STATES: If Iraq does not keep its word, we will act.

SHAW: Some 30,000 American troops and two aircraft carriers remain in the gulf, and the Pentagon says they will stay there for now. Now, the question is whether Saddam Hussein will do what he did not do after the Gulf War seven years ago, and let the inspectors finish their work. That, of course, is a question for the future.`,
		[]hoGold{
			{"this morning", "TIME", "1998-02-23TMO", ""},
			{"three hours", "DURATION", "PT3H", ""},
			{"Sunday night", "TIME", "1998-02-22TNI", ""},
			{"tonight", "TIME", "1998-02-23TNI", ""},
			{"November", "DATE", "1997-11", ""},
			{"Friday", "DATE", "1998-02-20", ""},
			{"the following day", "DATE", "1998-02-21", ""},
			{"Wednesday", "DATE", "1998-02-25", ""},
			{"later this week", "DATE", "1998-W09", ""},
			{"two weeks", "DURATION", "P2W", ""},
			{"this afternoon", "TIME", "1998-02-23TAF", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"seven years ago", "DATE", "1991", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
		},
	},
	{
		"ap-elian-deadline", "2000-04-14",
		`MIAMI (AP) _ Elian Gonzalez's Miami relatives defied a government deadline Thursday, refusing to surrender the 6-year-old boy to his father, and a federal appeals court in Atlanta barred the boy from leaving the country until it rules on the family's asylum claim.

The Immigration and Naturalization Service had ordered the relatives to bring Elian to an airport in Opa-locka by 2 p.m. EDT Thursday. Attorney General Janet Reno, who met with the family for two hours Wednesday, said she would not set another deadline but warned that the government could move the boy without notice.

The relatives' lawyers filed an emergency motion Wednesday, and the court ruled the next day. The 11th U.S. Circuit Court of Appeals said it would hear arguments on May 11.

Juan Miguel Gonzalez, who arrived from Cuba eight days ago, spent Thursday night at a house in Bethesda, Md., with his wife and infant son. "I want my son back now," he said in a statement.

Elian was found clinging to an inner tube off Fort Lauderdale on Thanksgiving Day, after his mother and 10 others drowned when their boat sank. He is currently enrolled in a private school in Little Havana, where the case has consumed the city for more than four months.

Congressional Republicans said they would bring up a bill next week to grant Elian permanent residency. The family's lawyers said they would file new papers Monday.`,
		[]hoGold{
			{"Thursday", "DATE", "2000-04-13", ""},
			{"2 p.m. EDT Thursday", "TIME", "2000-04-13T14:00", ""},
			{"two hours", "DURATION", "PT2H", ""},
			{"Wednesday", "DATE", "2000-04-12", ""},
			{"Wednesday", "DATE", "2000-04-12", ""},
			{"the next day", "DATE", "2000-04-13", ""},
			{"May 11", "DATE", "2000-05-11", ""},
			{"eight days ago", "DATE", "2000-04-06", ""},
			{"Thursday night", "TIME", "2000-04-13TNI", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Thanksgiving Day", "DATE", "1999-11-25", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"more than four months", "DURATION", "P4M", "MORE_THAN"},
			{"next week", "DATE", "2000-W16", ""},
			{"Monday", "DATE", "2000-04-17", ""},
		},
	},
	{
		"xinhua-npc-work-report", "1999-03-05",
		`BEIJING, March 5 (Xinhua) -- Chinese Premier Zhu Rongji said today that China will aim for economic growth of about 7 percent in 1999 and will keep the value of the Renminbi stable.

Delivering the government work report at the opening of the Second Session of the Ninth National People's Congress (NPC), which began at 9 a.m. in the Great Hall of the People, Zhu said China's gross domestic product grew 7.8 percent last year despite the Asian financial crisis and the worst floods in more than 40 years.

He said grain output reached 490 million tons in 1998, and that over the past five years China's foreign exchange reserves had risen to 145 billion U.S. dollars.

Zhu said the government would issue 150 billion yuan of treasury bonds this year to finance water conservancy, railways and highways, following a similar issue in August last year.

The reform of large and medium-sized state-owned enterprises will be basically completed within three years, by the end of the century, Zhu said. He also pledged to crack down on smuggling, which he said had cost the state treasury tens of billions of yuan.

The nearly 3,000 deputies will examine the report during the 11-day session, which closes on March 15. They will also consider an amendment to the Constitution that would enshrine Deng Xiaoping Theory and the rule of law.

Foreign diplomats and more than 500 Chinese and overseas journalists attended the opening meeting.`,
		[]hoGold{
			{"March 5", "DATE", "1999-03-05", ""},
			{"today", "DATE", "1999-03-05", ""},
			{"1999", "DATE", "1999", ""},
			{"9 a.m.", "TIME", "1999-03-05T09:00", ""},
			{"last year", "DATE", "1998", ""},
			{"more than 40 years", "DURATION", "P40Y", "MORE_THAN"},
			{"1998", "DATE", "1998", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"this year", "DATE", "1999", ""},
			{"August last year", "DATE", "1998-08", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"the end of the century", "DATE", "19", "END"},
			{"11-day", "DURATION", "P11D", ""},
			{"March 15", "DATE", "1999-03-15", ""},
		},
	},
	{
		"wsj-harcourt-bid", "1990-02-14",
		`Harcourt Industries Inc. said it received a $38-a-share takeover offer from an investor group led by Dallas financier Lyle Benton, valuing the Minneapolis packaging concern at about $1.2 billion.

The offer, disclosed Tuesday after the stock market closed, expires at 5 p.m. EST March 14 unless extended. Harcourt rejected a $33-a-share bid from the same group in December, calling it "grossly inadequate."

Mr. Benton, 58, has made three unsuccessful bids for other companies over the past decade. His group, which holds 8.7% of Harcourt's shares, began accumulating the stake last summer. In a filing with the Securities and Exchange Commission, the group said it has obtained commitments for $900 million in bank financing and expects to complete the transaction within 60 days of signing a definitive agreement.

Harcourt's board will meet Friday to consider the proposal, a spokesman said. The company earned $71.3 million on sales of $840 million in 1989.

The bid is one of the largest hostile offers since the collapse of the financing for UAL Corp. last October, which chilled the market for leveraged buy-outs. "Banks are lending again, but only to buyers with real equity," said Martin Kagan, a takeover lawyer in New York.

In New York Stock Exchange composite trading yesterday, Harcourt shares jumped $5.25 to $36.125 on volume of 2.4 million shares. The stock had closed at $29.50 a week earlier. Arbitragers said they expected a higher bid before the end of the first quarter.`,
		[]hoGold{
			{"Tuesday", "DATE", "1990-02-13", ""},
			{"5 p.m. EST March 14", "TIME", "1990-03-14T17:00", ""},
			{"December", "DATE", "1989-12", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"last summer", "DATE", "1989-SU", ""},
			{"60 days", "DURATION", "P60D", ""},
			{"Friday", "DATE", "1990-02-16", ""},
			{"1989", "DATE", "1989", ""},
			{"last October", "DATE", "1989-10", ""},
			{"yesterday", "DATE", "1990-02-13", ""},
			{"a week earlier", "DURATION", "P1W", ""},
			{"the end of the first quarter", "DATE", "1990-Q1", "END"},
		},
	},
	{
		"pri-world-suharto-resigns", "1998-05-21",
		`LISA MULLINS: This is The World. I'm Lisa Mullins. Indonesia has a new president tonight. Suharto, who ruled the country for 32 years, resigned this morning in a brief televised statement from the presidential palace in Jakarta. His vice president, B.J. Habibie, was sworn in minutes later. The World's Rebecca Hart joins us now from Jakarta.

REBECCA HART: Lisa, Suharto spoke at 9 a.m., and within an hour the parliament grounds were packed. The students who have occupied the building since Monday say they will not leave until Mr. Habibie, too, steps down. Opposition leader Amien Rais had called off a mass rally planned for yesterday, fearing a bloodbath, and today he was the first to congratulate the students.

MULLINS: How did it come to this so quickly?

HART: The protests began in February over rising prices. The economy has been collapsing since the Asian financial crisis hit last summer, and the rupiah has lost about 80 percent of its value. Then at least 500 people were killed in rioting here last week. After that, even the generals decided Suharto had to go.

MULLINS: And what comes next?

HART: Mr. Habibie is expected to name a new cabinet on Friday. Reformers want elections within a year. But Rais told me this afternoon that the future of reform depends on the army, and right now nobody knows what the army wants.

MULLINS: Rebecca Hart in Jakarta. Thanks.`,
		[]hoGold{
			{"tonight", "TIME", "1998-05-21TNI", ""},
			{"32 years", "DURATION", "P32Y", ""},
			{"this morning", "TIME", "1998-05-21TMO", ""},
			{"minutes later", "DURATION", "PTXM", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"9 a.m.", "TIME", "1998-05-21T09:00", ""},
			{"an hour", "DURATION", "PT1H", ""},
			{"Monday", "DATE", "1998-05-18", ""},
			{"yesterday", "DATE", "1998-05-20", ""},
			{"today", "DATE", "1998-05-21", ""},
			{"February", "DATE", "1998-02", ""},
			{"last summer", "DATE", "1997-SU", ""},
			{"last week", "DATE", "1998-W20", ""},
			{"Friday", "DATE", "1998-05-22", ""},
			{"a year", "DURATION", "P1Y", ""},
			{"this afternoon", "TIME", "1998-05-21TAF", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
			{"right now", "DATE", "PRESENT_REF", ""},
		},
	},
	{
		"nyt-impeachment-debate", "1998-12-18",
		`WASHINGTON -- The House of Representatives opened debate today on four articles of impeachment against President Clinton after a one-day delay, as Republican leaders agreed to put off the proceedings while American and British forces attacked Iraq.

Representative Henry J. Hyde of Illinois, chairman of the Judiciary Committee, who has served in the House for more than two decades, gaveled the chamber to order at 9 a.m. with a plea for members to "vote your conscience." His committee approved the articles last week on party-line votes.

The air strikes began Wednesday night, and the House had been scheduled to take up the articles the following day. Speaker-designate Bob Livingston said a final vote would come Saturday afternoon, even if the bombing continued.

Mr. Clinton, 52, would become the first president impeached by the House since Andrew Johnson in 1868, and the only one in the 20th century. Democrats, who have pressed for a censure resolution instead, said they had received thousands of calls in the past few days from voters opposed to impeachment.

In a statement this afternoon, the White House said the president would not resign and was "focused on the mission in Iraq." Aides said Mr. Clinton had spent the morning meeting with his national security team.

If the House votes to impeach, the Senate could begin a trial early next year. The current Congress expires on Jan. 3, and Senate leaders said the new Senate would move soon.`,
		[]hoGold{
			{"today", "DATE", "1998-12-18", ""},
			{"one-day", "DURATION", "P1D", ""},
			{"more than two decades", "DURATION", "P20Y", "MORE_THAN"},
			{"9 a.m.", "TIME", "1998-12-18T09:00", ""},
			{"last week", "DATE", "1998-W50", ""},
			{"Wednesday night", "TIME", "1998-12-16TNI", ""},
			{"the following day", "DATE", "1998-12-17", ""},
			{"Saturday afternoon", "TIME", "1998-12-19TAF", ""},
			{"1868", "DATE", "1868", ""},
			{"the 20th century", "DATE", "19", ""},
			{"the past few days", "DURATION", "PXD", ""},
			{"this afternoon", "TIME", "1998-12-18TAF", ""},
			{"the morning", "TIME", "1998-12-18TMO", ""},
			{"early next year", "DATE", "1999", "START"},
			{"current", "DATE", "PRESENT_REF", ""},
			{"Jan. 3", "DATE", "1999-01-03", ""},
			{"soon", "DATE", "FUTURE_REF", ""},
		},
	},
	{
		"ap-nepal-results-no-timex", "1999-05-26",
		`KATHMANDU, Nepal (AP) _ The ruling Nepali Congress party won 111 of the 205 seats in the House of Representatives, giving it a clear majority, according to final results released by the Election Commission.

The Communist Party of Nepal (Unified Marxist-Leninist) won 71 seats, the royalist National Democratic Party 11, and smaller parties and independents the remaining nine. Results in three constituencies were withheld pending recounts.

Turnout was 65.8 percent of the country's 13.5 million registered voters, the commission said. About 4.9 million votes went to the Nepali Congress, or 37.2 percent of the total, while the Marxist-Leninists won 4.1 million, or 31.6 percent. The National Democratic Party took 10.4 percent.

Observers from the Carter Center said the vote was largely free and fair, though they reported 23 incidents of booth capturing and ballot stuffing in the western hill districts. Eight people were killed in election-related violence, including two police officers, and 46 were wounded.

Krishna Prasad Bhattarai, 75, the party's choice for prime minister, thanked voters in a statement read by an aide. He promised to restore order in the 40 districts affected by the Maoist insurgency and to raise spending on roads, schools and irrigation.

The Marxist-Leninists, who once led a minority government, said they would accept the result but accused the Nepali Congress of intimidating voters in 14 constituencies.`,
		nil,
	},
	{
		"reuters-2013-shutdown-talks", "2013-10-02",
		`WASHINGTON, Oct 2 (Reuters) - President Barack Obama will meet congressional leaders at the White House on Wednesday afternoon, the first face-to-face talks since a partial government shutdown began at 12:01 a.m. EDT Tuesday.

About 800,000 federal workers have been sent home without pay, national parks and museums are closed, and there was no sign of a deal between the Democratic-led Senate and the Republican-controlled House of Representatives.

House Republicans voted on Monday night to delay Obama's healthcare law by a year as a condition for funding the government. The Senate rejected the measure within an hour.

Obama, 52, said on Tuesday he would not negotiate "with a gun to the head." The shutdown is the first in 17 years. The last one ended in January 1996 after 21 days.

Treasury Secretary Jack Lew has said the government will exhaust its borrowing authority by Oct 17, raising the stakes for the talks. Aides in both parties said a deal was unlikely before the weekend.

Financial markets have been calm. The benchmark S&P 500 index rose 0.8 percent on Tuesday, though it slipped in early trading on Wednesday. Economists at Goldman Sachs estimate that a two-week shutdown would shave 0.3 percentage point off fourth-quarter growth.

(Reporting by Jeff Mason and Richard Cowan; Editing by Alistair Bell)`,
		[]hoGold{
			{"Oct 2", "DATE", "2013-10-02", ""},
			{"Wednesday afternoon", "TIME", "2013-10-02TAF", ""},
			{"12:01 a.m. EDT Tuesday", "TIME", "2013-10-01T00:01", ""},
			{"Monday night", "TIME", "2013-09-30TNI", ""},
			{"a year", "DURATION", "P1Y", ""},
			{"an hour", "DURATION", "PT1H", ""},
			{"Tuesday", "DATE", "2013-10-01", ""},
			{"17 years", "DURATION", "P17Y", ""},
			{"January 1996", "DATE", "1996-01", ""},
			{"21 days", "DURATION", "P21D", ""},
			{"Oct 17", "DATE", "2013-10-17", ""},
			{"the weekend", "DATE", "2013-W40-WE", ""},
			{"Tuesday", "DATE", "2013-10-01", ""},
			{"Wednesday", "DATE", "2013-10-02", ""},
			{"two-week", "DURATION", "P2W", ""},
			{"fourth-quarter", "DATE", "2013-Q4", ""},
		},
	},
	{
		"bbc-2013-pope-resigns", "2013-02-11",
		`Pope Benedict XVI has announced he will resign at the end of the month, saying he is too old to continue. The 85-year-old said he no longer had the strength to fulfil his duties.

He is the first pope to step down since Gregory XII in 1415. The announcement, made in Latin at a meeting of cardinals on Monday morning, took the Vatican by surprise.

Vatican spokesman Federico Lombardi said the Pope would step down on 28 February at 20:00 local time, and that the decision had been taken over the past few months. Benedict will carry out his duties as normal in the meantime.

A conclave to elect his successor is expected in the middle of March, and a new pope could be in place by Easter, Fr Lombardi said.

Benedict, who was elected in April 2005 after the death of John Paul II, said in a book-length interview in 2010 that a pope could resign if he became physically unable to do the job. He currently leads about 1.2 billion Roman Catholics worldwide.

His brother, Georg Ratzinger, said the Pope had been advised by his doctor not to take any more transatlantic trips and had been considering the step for months.

The BBC's David Willey in Rome says the announcement brings an unexpected close to an eight-year papacy marked by clashes over doctrine and by the abuse scandals that have shaken the Church in Ireland, Germany and the United States.`,
		[]hoGold{
			{"the end of the month", "DATE", "2013-02", "END"},
			{"1415", "DATE", "1415", ""},
			{"Monday morning", "TIME", "2013-02-11TMO", ""},
			{"28 February", "DATE", "2013-02-28", ""},
			{"20:00", "TIME", "2013-02-28T20:00", ""},
			{"the past few months", "DURATION", "PXM", ""},
			{"the middle of March", "DATE", "2013-03", "MID"},
			{"Easter", "DATE", "2013-03-31", ""},
			{"April 2005", "DATE", "2005-04", ""},
			{"2010", "DATE", "2010", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"months", "DURATION", "PXM", ""},
			{"eight-year", "DURATION", "P8Y", ""},
		},
	},
}

func TestEnglishHeldOut9(t *testing.T) { guardHeldOut(t, "English 9", enHeldOut9, "en", 0.95) }
