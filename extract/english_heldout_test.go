package extract

import "testing"

// enHeldOut is a blind held-out English evaluation set: passages written in
// the style of English-language wire and newspaper copy (Reuters, AP, AFP,
// BBC, NYT), without looking at the tagger, its tests or the dev sets. Each
// passage carries its own DCT (2024-2026). Gold follows TIMEX3 as in
// TempEval-3: the article is inside the span ("the past five years", "the
// third quarter", "the 1980s"), prepositions are outside ("on", "in", "at",
// "since", "for", "by", "over"); "N units ago" is one DATE at the granularity
// of its unit; "since 2021" tags "2021"; adjectival durations ("four-day",
// "five-year") are DURATIONs; weekdays in past clauses are the last such day
// before the DCT (the DCT itself in a same-day dateline dispatch), in future
// clauses the next one; "tonight"/"last night"/"Wednesday night" are TNI,
// "morning" TMO, "afternoon" TAF; a clock time takes the DCT's day unless a
// day is given; "currently"/"now" PRESENT_REF, "recently"/"the past" PAST_REF,
// "the future" FUTURE_REF; "early" is mod START, "late" and "the end of"
// END, "mid-" MID, "about"/"around" APPROX. Negative passages (no gold)
// hold numbers that are not timexes. Values were computed with Python's
// datetime, not by hand. Scored by scoreHeldOutLang (heldout_test.go).
var enHeldOut = []hoCase{
	{"dateline same-day weekday", "2025-03-12", "WASHINGTON, March 12 (Reuters) - The U.S. House of Representatives on Wednesday passed a stopgap funding bill to avert a government shutdown, sending the measure to the Senate, which is expected to vote later this week.", []hoGold{{"March 12", "DATE", "2025-03-12", ""}, {"Wednesday", "DATE", "2025-03-12", ""}, {"later this week", "DATE", "2025-W11", ""}}},
	{"yesterday nomination four-day", "2024-08-23", "Kamala Harris formally accepted the Democratic presidential nomination yesterday, closing out a four-day convention in Chicago.", []hoGold{{"yesterday", "DATE", "2024-08-22", ""}, {"four-day", "DURATION", "P4D", ""}}},
	{"today two-day summit", "2025-06-24", "NATO leaders gather in The Hague today for a two-day summit expected to endorse a new defence spending target of 5% of GDP.", []hoGold{{"today", "DATE", "2025-06-24", ""}, {"two-day", "DURATION", "P2D", ""}}},
	{"tomorrow sworn in", "2025-01-19", "Donald Trump will be sworn in tomorrow as the 47th president of the United States, with the ceremony moved indoors because of the cold.", []hoGold{{"tomorrow", "DATE", "2025-01-20", ""}}},
	{"last tuesday since year", "2025-11-07", "Police said the suspect, who was arrested last Tuesday in Ohio, had been on the FBI's most wanted list since 2021.", []hoGold{{"last Tuesday", "DATE", "2025-11-04", ""}, {"2021", "DATE", "2021", ""}}},
	{"next friday rate decision", "2024-03-04", "The central bank will announce its interest rate decision next Friday, with markets pricing in a cut of 25 basis points.", []hoGold{{"next Friday", "DATE", "2024-03-08", ""}}},
	{"last week shares", "2025-05-14", "Shares of the chipmaker jumped 18% last week after it raised its revenue forecast.", []hoGold{{"last week", "DATE", "2025-W19", ""}}},
	{"next month early next year", "2025-09-10", "The company said it plans to launch the new model in Europe next month and in Asia early next year.", []hoGold{{"next month", "DATE", "2025-10", ""}, {"early next year", "DATE", "2026", "START"}}},
	{"last year 2023 thursday", "2025-01-31", "The U.S. economy grew 2.8% last year, down from 2.9% in 2023, the Commerce Department said on Thursday.", []hoGold{{"last year", "DATE", "2024", ""}, {"2023", "DATE", "2023", ""}, {"Thursday", "DATE", "2025-01-30", ""}}},
	{"this year tuesday IMF", "2024-07-17", "The International Monetary Fund on Tuesday kept its global growth forecast for this year unchanged at 3.2%.", []hoGold{{"Tuesday", "DATE", "2024-07-16", ""}, {"this year", "DATE", "2024", ""}}},
	{"earlier this month storm", "2025-03-24", "The storm, which swept through the Midwest earlier this month, caused an estimated $1.2 billion in damage.", []hoGold{{"earlier this month", "DATE", "2025-03", ""}}},
	{"later this year Ariane", "2024-02-20", "The European Space Agency expects the Ariane 6 rocket to carry out its first commercial mission later this year.", []hoGold{{"later this year", "DATE", "2024", ""}}},
	{"five days ago wildfire", "2025-07-30", "The wildfire, which broke out five days ago near Kamloops, has forced the evacuation of more than 3,000 residents.", []hoGold{{"five days ago", "DATE", "2025-07-25", ""}}},
	{"four years ago invasion", "2026-02-24", "When Russian troops crossed the border four years ago, few in Kyiv expected the war to drag on this long.", []hoGold{{"four years ago", "DATE", "2022", ""}}},
	{"the past five years home prices", "2025-04-03", "Home prices in Canada have risen nearly 40% over the past five years, according to the Canadian Real Estate Association.", []hoGold{{"the past five years", "DURATION", "P5Y", ""}}},
	{"for two weeks strike tuesday", "2024-09-25", "The striking workers, who have been off the job for two weeks, rejected the company's latest offer on Tuesday.", []hoGold{{"two weeks", "DURATION", "P2W", ""}, {"Tuesday", "DATE", "2024-09-24", ""}}},
	{"since 2021 unemployment", "2025-05-02", "LONDON, May 2 (Reuters) - Britain's unemployment rate rose to 4.6%, its highest level since 2021, official data showed.", []hoGold{{"May 2", "DATE", "2025-05-02", ""}, {"2021", "DATE", "2021", ""}}},
	{"annually festival", "2025-10-01", "The festival draws more than 400,000 visitors annually, making it one of the largest in Europe.", []hoGold{{"annually", "SET", "P1Y", ""}}},
	{"every monday museum december", "2024-11-12", "The museum, which is closed every Monday, will extend its opening hours in December.", []hoGold{{"every Monday", "SET", "XXXX-WXX-1", ""}, {"December", "DATE", "2024-12", ""}}},
	{"twice a year committee", "2025-06-18", "The committee, which meets twice a year, voted to keep the benchmark rate unchanged.", []hoGold{{"twice a year", "SET", "P1Y", ""}}},
	{"at 3 p.m. news conference", "2025-04-22", "The prime minister will hold a news conference at 3 p.m. in Ottawa, his office said.", []hoGold{{"3 p.m.", "TIME", "2025-04-22T15:00", ""}}},
	{"tuesday morning earthquake", "2025-03-06", "The earthquake struck Tuesday morning about 40 miles (64 km) north of the city, the U.S. Geological Survey said.", []hoGold{{"Tuesday morning", "TIME", "2025-03-04TMO", ""}}},
	{"tonight super bowl", "2025-02-09", "The Philadelphia Eagles face the Kansas City Chiefs tonight in New Orleans in Super Bowl LIX.", []hoGold{{"tonight", "TIME", "2025-02-09TNI", ""}}},
	{"third-quarter profit wednesday", "2025-10-23", "Tesla reported a 37% drop in third-quarter profit on Wednesday, despite record vehicle deliveries.", []hoGold{{"third-quarter", "DATE", "2025-Q3", ""}, {"Wednesday", "DATE", "2025-10-22", ""}}},
	{"the third quarter previous quarter", "2024-11-15", "Japan's economy expanded at an annualized rate of 0.9% in the third quarter, slowing from the previous quarter.", []hoGold{{"the third quarter", "DATE", "2024-Q3", ""}, {"the previous quarter", "DATE", "2024-Q2", ""}}},
	{"first half summer", "2025-07-29", "The airline swung to a net profit of 1.1 billion euros in the first half and expects demand to remain strong through the summer.", []hoGold{{"the first half", "DATE", "2025-H1", ""}, {"the summer", "DATE", "2025-SU", ""}}},
	{"fall of 2027 two years", "2025-08-28", "The new stadium is now expected to open in the fall of 2027, two years behind schedule.", []hoGold{{"the fall of 2027", "DATE", "2027-FA", ""}, {"two years", "DURATION", "P2Y", ""}}},
	{"early 1990s inflation", "2024-04-16", "Inflation in Argentina has not been this high since the early 1990s.", []hoGold{{"the early 1990s", "DATE", "199", "START"}}},
	{"12th century saturday five-year", "2025-09-12", "The cathedral, built in the 12th century, reopened to the public on Saturday after a five-year restoration.", []hoGold{{"the 12th century", "DATE", "11", ""}, {"Saturday", "DATE", "2025-09-06", ""}, {"five-year", "DURATION", "P5Y", ""}}},
	{"from March 3 to 5", "2025-02-20", "The summit will take place from March 3 to 5 in Brussels, EU officials said.", []hoGold{{"March 3", "DATE", "2025-03-03", ""}, {"5", "DATE", "2025-03-05", ""}}},
	{"full weekday date trial", "2024-06-05", "The trial is scheduled to begin on Monday, July 15, 2024, in federal court in Manhattan.", []hoGold{{"Monday, July 15, 2024", "DATE", "2024-07-15", ""}}},
	{"June 1 Aug. 6", "2025-05-20", "Poland will hold the presidential runoff on June 1, and the new president will be sworn in on Aug. 6.", []hoGold{{"June 1", "DATE", "2025-06-01", ""}, {"Aug. 6", "DATE", "2025-08-06", ""}}},
	{"currently shelters", "2025-12-03", "About 1,200 people are currently living in temporary shelters, the city said.", []hoGold{{"currently", "DATE", "PRESENT_REF", ""}}},
	{"the past the future", "2025-03-19", "The minister acknowledged that the government had made mistakes in the past but said it would do better in the future.", []hoGold{{"the past", "DATE", "PAST_REF", ""}, {"the future", "DATE", "FUTURE_REF", ""}}},
	{"recently plant", "2024-10-21", "The company recently opened a plant in Texas and now employs about 2,000 people there.", []hoGold{{"recently", "DATE", "PAST_REF", ""}, {"now", "DATE", "PRESENT_REF", ""}}},
	{"early March tariffs", "2025-02-10", "Officials expect the new tariffs to take effect in early March.", []hoGold{{"early March", "DATE", "2025-03", "START"}}},
	{"mid-2025 merger", "2024-12-11", "The merger is expected to close by mid-2025, subject to regulatory approval.", []hoGold{{"mid-2025", "DATE", "2025", "MID"}}},
	{"late last year rates", "2025-04-14", "The bank began cutting rates late last year and has since lowered them by a full percentage point.", []hoGold{{"late last year", "DATE", "2024", "END"}}},
	{"about three weeks talks", "2025-07-08", "Negotiators spent about three weeks in Doha trying to secure a ceasefire deal.", []hoGold{{"about three weeks", "DURATION", "P3W", "APPROX"}}},
	{"this morning tonight snow", "2024-12-19", "Heavy snow fell across the Northeast this morning, and forecasters warned of icy roads tonight.", []hoGold{{"this morning", "TIME", "2024-12-19TMO", ""}, {"tonight", "TIME", "2024-12-19TNI", ""}}},
	{"last night landfall", "2025-10-30", "Hurricane Melissa made landfall in Cuba last night as a Category 3 storm.", []hoGold{{"last night", "TIME", "2025-10-29TNI", ""}}},
	{"wednesday afternoon vote", "2024-04-08", "Lawmakers will vote Wednesday afternoon on the foreign aid package, House leaders said.", []hoGold{{"Wednesday afternoon", "TIME", "2024-04-10TAF", ""}}},
	{"next week supreme court", "2026-01-14", "The Supreme Court will hear arguments next week in a case challenging the president's authority to impose tariffs.", []hoGold{{"next week", "DATE", "2026-W04", ""}}},
	{"this week oil", "2025-11-18", "Oil prices have fallen 3% this week on signs of weakening demand in China.", []hoGold{{"this week", "DATE", "2025-W47", ""}}},
	{"over the weekend march", "2025-09-22", "More than 100,000 people marched through central London over the weekend, police said.", []hoGold{{"the weekend", "DATE", "2025-W38-WE", ""}}},
	{"six months sidelined", "2024-05-29", "The 27-year-old striker has been sidelined for six months with a knee injury.", []hoGold{{"six months", "DURATION", "P6M", ""}}},
	{"this summer airlines", "2025-05-12", "Airlines expect record passenger numbers this summer, industry group IATA said.", []hoGold{{"this summer", "DATE", "2025-SU", ""}}},
	{"christmas day snow", "2025-12-22", "The Met Office said snow was unlikely on Christmas Day across most of England.", []hoGold{{"Christmas Day", "DATE", "2025-12-25", ""}}},
	{"1980s next spring 20 years", "2025-06-02", "The band, which rose to fame in the 1980s, will reunite for a tour next spring after 20 years apart.", []hoGold{{"the 1980s", "DATE", "198", ""}, {"next spring", "DATE", "2026-SP", ""}, {"20 years", "DURATION", "P20Y", ""}}},
	{"around 4 a.m. friday outage", "2024-07-19", "The outage began at around 4 a.m. Friday, grounding flights at airports across the United States.", []hoGold{{"around 4 a.m.", "TIME", "2024-07-19T04:00", "APPROX"}, {"Friday", "DATE", "2024-07-19", ""}}},
	{"Nov. 5 election", "2024-10-28", "Americans go to the polls on Nov. 5, and more than 41 million have already cast ballots.", []hoGold{{"Nov. 5", "DATE", "2024-11-05", ""}}},
	{"12 hours wednesday night", "2025-01-09", "Firefighters battled the blaze for 12 hours before bringing it under control on Wednesday night.", []hoGold{{"12 hours", "DURATION", "PT12H", ""}, {"Wednesday night", "TIME", "2025-01-08TNI", ""}}},
	{"end of the decade EV", "2025-03-28", "Sales of electric vehicles are expected to triple by the end of the decade, the agency said.", []hoGold{{"the end of the decade", "DATE", "202", "END"}}},
	{"weekly jobless claims", "2024-08-15", "Initial claims for state unemployment benefits, which the Labor Department reports weekly, fell by 7,000.", []hoGold{{"weekly", "SET", "P1W", ""}}},
	{"two weeks ago pope", "2025-05-06", "Cardinals gathered in Rome two weeks ago for the funeral of Pope Francis, who died at the age of 88.", []hoGold{{"two weeks ago", "DATE", "2025-W17", ""}}},
	{"fourth quarter current quarter", "2026-01-28", "Microsoft said revenue rose 15% in the fourth quarter and it expects growth to slow in the current quarter.", []hoGold{{"the fourth quarter", "DATE", "2025-Q4", ""}, {"the current quarter", "DATE", "2026-Q1", ""}}},
	{"monday sentenced seven years", "2025-08-05", "The court on Monday sentenced the former minister to seven years in prison for corruption.", []hoGold{{"Monday", "DATE", "2025-08-04", ""}, {"seven years", "DURATION", "P7Y", ""}}},
	{"44 minutes friday match", "2024-06-15", "Scotland were reduced to 10 men after 44 minutes and lost 5-1 to Germany on Friday in the tournament's opening match.", []hoGold{{"44 minutes", "DURATION", "PT44M", ""}, {"Friday", "DATE", "2024-06-14", ""}}},
	{"neg age driver", "2025-03-03", "The 45-year-old driver was taken to hospital with minor injuries, police said.", nil},
	{"neg boeing 737", "2024-01-08", "Alaska Airlines grounded all 65 of its Boeing 737 MAX 9 jets after a door plug blew out at 16,000 feet.", nil},
	{"neg football table", "2025-04-07", "Arsenal won 3-1 and moved to 62 points, 11 behind leaders Liverpool with seven games left.", nil},
	{"neg section vote", "2024-05-20", "The bill, which would amend Section 230 of the Communications Decency Act, passed the House 311-104.", nil},
	{"neg gold index", "2025-09-15", "Gold rose 1.2% to $3,650 an ounce, while the S&P 500 added 0.5% to 6,584 points.", nil},
	{"neg flight number", "2025-11-03", "Flight 2024 from Denver landed safely on Runway 16R with 153 passengers aboard.", nil},
}

// TestEnglishHeldOut reports the figures of the blind English held-out set
// (-v shows them and every error line). No threshold.
func TestEnglishHeldOut(t *testing.T) {
	logHeldOut(t, "English", enHeldOut, "en")
}
