package extract

import "testing"

// enHeldOut20 is a blind held-out English evaluation set of 16 whole news
// articles, each with its own DCT (publication date). The articles are invented
// but imitate ordinary wire and newspaper copy from 2012 to 2025: AP (datelined
// election, crime and game stories), Reuters (courts, markets, company results
// with "CITY, Month Day (Reuters) -" datelines), AFP, The New York Times, The
// Wall Street Journal, The Washington Post, the BBC, CNN and USA Today. Topics:
// elections and legislatures, courts and crime, an international crisis, an
// earthquake, quarterly and full-year results, markets, technology, health,
// weather, climate and sport. Two articles (a recount tally and a basketball box
// score) are number-heavy - scores, vote counts, prices, ages, a street number
// on Fourth of July Street and year-like numbers such as "2,019" - and contain
// no temporal expression at all.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 conventions, with TimeBank 1.2
// practice where TimeML leaves a choice: spans include determiners and
// modifiers but not leading prepositions; relative values (weekdays, month
// names, "last week", "two years ago", "next month") are resolved against the
// DCT with Python's datetime; "the next morning" and "the same day" take the
// value of the day last narrated; "N days later" is a DURATION whose span
// leaves out "later"; "a year earlier" in results is the compared period;
// "N-year" adjectives for time spans ("a 10-year bond", "a 72-hour truce") are
// DURATIONs, ages of people and things are not tagged; rates ("a day",
// "a year", "each summer") are SETs; "now" and "currently" are PRESENT_REF,
// "recent years/months" PAST_REF. mod is START/MID/END, APPROX,
// MORE_THAN, LESS_THAN, EQUAL_OR_MORE or EQUAL_OR_LESS, empty when none.
//
// The set was written without reading the tagger's source, tests, data or
// documentation, and without running the tagger.
//
// First run, on the committed tagger (38480d4) before any fix it prompted:
// relaxed F1 0.995, value accuracy 0.964, value F1 0.960.
var enHeldOut20 = []hoCase{
	{"us-midterm-house-seat", "2018-11-07", `COLUMBUS, Ohio (AP) — Democrat Laura Benning narrowly won an open U.S. House seat in central Ohio on Tuesday, edging a two-term state senator in a race that remained too close to call until early Wednesday.

Benning led Republican Tom Harlan by about 3,400 votes with all precincts reporting, according to unofficial results posted at about 2 a.m. Harlan conceded in a brief statement Wednesday morning but said his campaign would review provisional ballots over the next 10 days.

"This is not about me," Benning told cheering supporters at a downtown hotel late Tuesday. "It's about the families who have waited far too long for someone in Washington to listen."

The district, which stretches from the Columbus suburbs into farm country, had been held by Republicans for more than two decades. President Donald Trump carried it by 11 percentage points two years ago, but suburban voters shifted sharply in recent months amid anger over health care costs.

Turnout was the highest for a midterm election in the district since 1994, county officials said. Early voting began Oct. 10, and nearly 140,000 people cast ballots before Election Day.

Benning, a 44-year-old former nurse, will be sworn in on Jan. 3. She said she plans to spend the coming weeks hiring staff and meeting with local mayors.

Harlan, 58, did not rule out another run in 2020. "We'll talk with our families and decide what comes next," he said.`,
		[]hoGold{
			{"Tuesday", "DATE", "2018-11-06", ""},
			{"early Wednesday", "DATE", "2018-11-07", "START"},
			{"about 2 a.m.", "TIME", "2018-11-07T02:00", "APPROX"},
			{"Wednesday morning", "TIME", "2018-11-07TMO", ""},
			{"the next 10 days", "DURATION", "P10D", ""},
			{"late Tuesday", "DATE", "2018-11-06", "END"},
			{"more than two decades", "DURATION", "P20Y", "MORE_THAN"},
			{"two years ago", "DATE", "2016", ""},
			{"recent months", "DATE", "PAST_REF", ""},
			{"1994", "DATE", "1994", ""},
			{"Oct. 10", "DATE", "2018-10-10", ""},
			{"Election Day", "DATE", "2018-11-06", ""},
			{"Jan. 3", "DATE", "2019-01-03", ""},
			{"the coming weeks", "DURATION", "PXW", ""},
			{"2020", "DATE", "2020", ""},
		}},
	{"insider-trading-sentence", "2021-03-16", `NEW YORK, March 16 (Reuters) - A former hedge fund analyst was sentenced on Tuesday to six years in prison for trading on confidential drug trial results, with a federal judge in Manhattan rejecting defense pleas for leniency.

U.S. District Judge Miriam Castell said Daniel Okafor, 39, had abused the trust of a biotechnology company that shared data with him during a consulting project in 2017. Okafor made about $4.2 million by buying options shortly before the results were announced, prosecutors said.

"This was not a momentary lapse," Castell said at the hearing. "It was a calculated scheme that lasted more than a year."

A jury convicted Okafor in November on nine counts of securities fraud and conspiracy after a three-week trial. His lawyers had asked for a sentence of 18 months, citing his cooperation with regulators and his role caring for his elderly parents.

Prosecutors said Okafor passed tips to a college friend, who traded through an account held in his mother's name. The friend pleaded guilty last year and is scheduled to be sentenced next month.

The U.S. Securities and Exchange Commission filed a parallel civil lawsuit in 2019 that remains pending. Castell ordered Okafor to surrender to prison authorities by May 3 and to forfeit his trading profits.

His lawyer, Rachel Stein, said in an email that her client was "deeply remorseful" and would decide on an appeal in the coming days.

Insider trading prosecutions in Manhattan have declined in recent years, though officials said this month that such cases remain a priority.`,
		[]hoGold{
			{"March 16", "DATE", "2021-03-16", ""},
			{"Tuesday", "DATE", "2021-03-16", ""},
			{"six years", "DURATION", "P6Y", ""},
			{"2017", "DATE", "2017", ""},
			{"more than a year", "DURATION", "P1Y", "MORE_THAN"},
			{"November", "DATE", "2020-11", ""},
			{"three-week", "DURATION", "P3W", ""},
			{"18 months", "DURATION", "P18M", ""},
			{"last year", "DATE", "2020", ""},
			{"next month", "DATE", "2021-04", ""},
			{"2019", "DATE", "2019", ""},
			{"May 3", "DATE", "2021-05-03", ""},
			{"the coming days", "DURATION", "PXD", ""},
			{"recent years", "DATE", "PAST_REF", ""},
			{"this month", "DATE", "2021-03", ""},
		}},
	{"south-sudan-truce", "2023-10-19", `Juba (AFP) - Rival commanders in South Sudan's Upper Nile state agreed on Thursday to a 72-hour truce to let aid convoys reach tens of thousands of civilians trapped by fighting, the United Nations said.

The deal, brokered by regional mediators in the capital, follows nearly two weeks of clashes around the town of Nasir that have killed at least 80 people, according to local officials.

"The next three days are critical," said UN humanitarian coordinator Ana Ferreira. "If the trucks get through, we can prevent a catastrophe."

Some 40,000 people have fled their homes since October 6, many crossing the Sobat river on foot, the UN refugee agency said. Aid workers described families sheltering under trees with little food or clean water.

The violence erupted after a dispute over the appointment of a county commissioner in late September, but quickly drew in armed youth groups from neighbouring areas.

South Sudan won independence from Sudan in 2011 and plunged into civil war two years later. A 2018 peace agreement has largely held, but elections promised for December 2024 have been repeatedly delayed.

Mediators said they hoped to turn the truce into a lasting ceasefire by the end of the month. Government spokesman Michael Lual told AFP that a delegation would travel to Nasir on Saturday.

"Nobody wants to go back to the war of the past decade," he said.`,
		[]hoGold{
			{"Thursday", "DATE", "2023-10-19", ""},
			{"72-hour", "DURATION", "PT72H", ""},
			{"nearly two weeks", "DURATION", "P2W", "APPROX"},
			{"The next three days", "DURATION", "P3D", ""},
			{"October 6", "DATE", "2023-10-06", ""},
			{"late September", "DATE", "2023-09", "END"},
			{"2011", "DATE", "2011", ""},
			{"two years", "DURATION", "P2Y", ""},
			{"2018", "DATE", "2018", ""},
			{"December 2024", "DATE", "2024-12", ""},
			{"the end of the month", "DATE", "2023-10", "END"},
			{"Saturday", "DATE", "2023-10-21", ""},
			{"the past decade", "DURATION", "P10Y", ""},
		}},
	{"automation-maker-q3", "2013-10-24", `Harwell Industrial Corp. said third-quarter profit rose 14% as demand for its factory-automation equipment recovered in China and North America, sending its shares up 6% in extended trading.

The Milwaukee-based company reported net income of $312 million, or $1.48 a share, for the third quarter, compared with $274 million, or $1.29 a share, a year earlier. Revenue climbed 9% to $3.1 billion.

Analysts polled by Thomson Reuters had expected earnings of $1.39 a share on revenue of $3.02 billion.

"Orders picked up steadily through the summer, and our backlog is now the largest in the company's history," Chief Executive Karen Voss said on a call with analysts Thursday.

Harwell raised its earnings forecast for 2013 to between $5.60 and $5.70 a share, from a range of $5.35 to $5.50. It expects fourth-quarter revenue to grow at a similar pace.

The results mark a turnaround from the first half of the year, when a slowdown in Europe and a strong dollar weighed on sales. Harwell cut about 1,200 jobs in the spring and closed two plants in Germany.

Ms. Voss said the company would decide by the end of the year whether to go ahead with a $400 million expansion of its plant in Monterrey, Mexico. She added that pricing pressure from Asian rivals remained a concern for 2014.

Harwell shares have gained 22% so far this year, outpacing the 19% rise in the S&P 500.`,
		[]hoGold{
			{"third-quarter", "DATE", "2013-Q3", ""},
			{"the third quarter", "DATE", "2013-Q3", ""},
			{"a year earlier", "DATE", "2012-Q3", ""},
			{"the summer", "DATE", "2013-SU", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Thursday", "DATE", "2013-10-24", ""},
			{"2013", "DATE", "2013", ""},
			{"fourth-quarter", "DATE", "2013-Q4", ""},
			{"the first half of the year", "DATE", "2013-H1", ""},
			{"the spring", "DATE", "2013-SP", ""},
			{"the end of the year", "DATE", "2013", "END"},
			{"2014", "DATE", "2014", ""},
			{"this year", "DATE", "2013", ""},
		}},
	{"europe-stocks-rate-bets", "2024-04-15", `LONDON, April 15 (Reuters) - European shares slipped on Monday as investors trimmed bets on interest rate cuts this year after another batch of strong U.S. data, while oil prices held near their highest levels since October.

The pan-European STOXX 600 index fell 0.4%, after posting its biggest gain in two months last week. Germany's DAX lost 0.6% and Britain's FTSE 100 was down 0.2%.

Retail sales in the United States rose more than expected in March, figures showed on Monday, adding to signs that the world's largest economy is running hot. Traders now see the Federal Reserve delivering its first rate cut in September, compared with June at the start of the month.

"The market has had to unlearn a lot of what it believed in January," said Kate Mills, a strategist at a London brokerage. "The cuts are coming, but later and fewer."

Brent crude futures were little changed at $90.10 a barrel, having risen about 17% since the start of the year.

Among individual stocks, Dutch payments firm Veltra jumped 8% after reporting first-quarter revenue ahead of forecasts, while Swedish truck maker Nordvik fell 3% after a broker downgrade.

The European Central Bank meets again in June, and policymakers have signalled they could cut rates then regardless of what the Fed does. Euro zone inflation slowed to 2.4% in March, close to the bank's 2% target.

Investors will also watch first-quarter earnings from major U.S. banks later this week.`,
		[]hoGold{
			{"April 15", "DATE", "2024-04-15", ""},
			{"Monday", "DATE", "2024-04-15", ""},
			{"this year", "DATE", "2024", ""},
			{"October", "DATE", "2023-10", ""},
			{"two months", "DURATION", "P2M", ""},
			{"last week", "DATE", "2024-W15", ""},
			{"March", "DATE", "2024-03", ""},
			{"Monday", "DATE", "2024-04-15", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"September", "DATE", "2024-09", ""},
			{"June", "DATE", "2024-06", ""},
			{"the start of the month", "DATE", "2024-04", "START"},
			{"January", "DATE", "2024-01", ""},
			{"the start of the year", "DATE", "2024", "START"},
			{"first-quarter", "DATE", "2024-Q1", ""},
			{"June", "DATE", "2024-06", ""},
			{"March", "DATE", "2024-03", ""},
			{"first-quarter", "DATE", "2024-Q1", ""},
			{"later this week", "DATE", "2024-W16", ""},
		}},
	{"phone-maker-offline-ai", "2024-09-10", `SAN FRANCISCO — Lumio, the smartphone maker that has spent the past two years trying to catch up with Apple and Samsung in artificial intelligence, unveiled a new line of phones on Tuesday that it says can translate conversations instantly without an internet connection.

The phones, which go on sale Sept. 27 in the United States and Europe, run a language model directly on the device, a feature that executives described as a privacy safeguard. Prices start at $799.

"For a decade, people have been told they had to send their data to the cloud to get smart features," Lumio's chief executive, Priya Raman, said at a launch event in a converted warehouse. "That is no longer true."

Analysts were cautious. Lumio shipped about 11 million phones last year, a fraction of the more than 220 million sold by Samsung, according to IDC, a research firm. The company has lost money in each of the past three years.

Lumio's stock, which has fallen nearly 30 percent since January, rose 4 percent after the presentation.

The company said it planned to bring the translation software to older models early next year, pending tests of battery life. A version for tablets is expected in the first half of 2025.

Regulators in Brussels are currently reviewing whether on-device A.I. features fall under the European Union's new rules on artificial intelligence, which take effect in stages over the next three years. A spokeswoman for the European Commission declined to comment on Tuesday.`,
		[]hoGold{
			{"the past two years", "DURATION", "P2Y", ""},
			{"Tuesday", "DATE", "2024-09-10", ""},
			{"Sept. 27", "DATE", "2024-09-27", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"last year", "DATE", "2023", ""},
			{"the past three years", "DURATION", "P3Y", ""},
			{"January", "DATE", "2024-01", ""},
			{"early next year", "DATE", "2025", "START"},
			{"the first half of 2025", "DATE", "2025-H1", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"the next three years", "DURATION", "P3Y", ""},
			{"Tuesday", "DATE", "2024-09-10", ""},
		}},
	{"walking-diabetes-study", "2024-05-21", `(CNN) — Adults who walked briskly for at least 30 minutes a day had a markedly lower risk of developing type 2 diabetes over roughly a decade, according to a large study published Tuesday.

Researchers followed more than 62,000 adults in Britain, Denmark and the Netherlands who were between 40 and 69 years old when they enrolled in 2012 and 2013. Participants wore activity trackers for a week at the start of the study and filled out health questionnaires every two years.

Those who averaged at least half an hour of brisk walking daily were 31% less likely to be diagnosed with diabetes by the end of 2023 than those who walked less than 10 minutes, the researchers wrote in the journal Diabetologia.

"Walking is free, it's available to almost everyone, and you don't need to do it all at once," said Dr. Helen Marsh, an epidemiologist at the University of Leeds and the study's lead author. "Three short walks count just as much as one long one."

The findings come as diabetes rates continue to climb. About 537 million adults worldwide currently live with the disease, and that number could reach 780 million by 2045, according to the International Diabetes Federation.

Marsh cautioned that the study was observational and could not prove cause and effect. The team plans to publish data on heart disease outcomes later this year.

Outside experts said the results reinforced existing guidance. The World Health Organization recommends at least 150 minutes of moderate activity a week for adults.`,
		[]hoGold{
			{"at least 30 minutes", "DURATION", "PT30M", "EQUAL_OR_MORE"},
			{"a day", "SET", "P1D", ""},
			{"roughly a decade", "DURATION", "P10Y", "APPROX"},
			{"Tuesday", "DATE", "2024-05-21", ""},
			{"2012", "DATE", "2012", ""},
			{"2013", "DATE", "2013", ""},
			{"a week", "DURATION", "P1W", ""},
			{"every two years", "SET", "P2Y", ""},
			{"at least half an hour", "DURATION", "PT30M", "EQUAL_OR_MORE"},
			{"daily", "SET", "P1D", ""},
			{"the end of 2023", "DATE", "2023", "END"},
			{"less than 10 minutes", "DURATION", "PT10M", "LESS_THAN"},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"2045", "DATE", "2045", ""},
			{"later this year", "DATE", "2024", ""},
			{"at least 150 minutes", "DURATION", "PT150M", "EQUAL_OR_MORE"},
			{"a week", "SET", "P1W", ""},
		}},
	{"plains-heat-wave", "2015-07-16", `A dangerous heat wave will tighten its grip on the central U.S. through the weekend, with temperatures expected to top 100 degrees in parts of Kansas, Missouri and Oklahoma and heat index values approaching 115, forecasters said Thursday.

Excessive heat warnings were in effect for more than 40 million people Thursday afternoon, the National Weather Service said. Kansas City reached 104 degrees on Wednesday, tying a record set in 1954.

"The heat just isn't letting up, and that's what makes this so dangerous," said meteorologist Dan Pruitt of the weather service office in Pleasant Hill, Missouri. "People's bodies never get a chance to recover."

Low temperatures in some cities are forecast to stay near 80 degrees until Sunday. Relief is not expected until early next week, when a cold front should push highs back into the 80s.

Officials in St. Louis opened cooling centers at libraries and recreation centers, which will stay open daily through Monday. The utility Ameren asked customers to conserve power and to check on elderly neighbors.

At least three deaths in Missouri have been blamed on the heat since last Friday, according to county medical examiners.

Heat is the deadliest weather hazard in the U.S., killing more people on average each year than floods, tornadoes or hurricanes. Scientists say heat waves have become more frequent and more intense over the past 50 years as the planet warms.`,
		[]hoGold{
			{"the weekend", "DATE", "2015-W29-WE", ""},
			{"Thursday", "DATE", "2015-07-16", ""},
			{"Thursday afternoon", "TIME", "2015-07-16TAF", ""},
			{"Wednesday", "DATE", "2015-07-15", ""},
			{"1954", "DATE", "1954", ""},
			{"Sunday", "DATE", "2015-07-19", ""},
			{"early next week", "DATE", "2015-W30", "START"},
			{"daily", "SET", "P1D", ""},
			{"Monday", "DATE", "2015-07-20", ""},
			{"last Friday", "DATE", "2015-07-10", ""},
			{"each year", "SET", "P1Y", ""},
			{"the past 50 years", "DURATION", "P50Y", ""},
		}},
	{"championship-manager-sacked", "2019-04-08", `Westbridge Athletic have sacked manager Gary Holt with the club two points above the Championship relegation zone and four games remaining.

Holt, 47, was appointed in October 2017 and guided the Reds to a ninth-place finish in his first full campaign, but they have won just once since Boxing Day.

Saturday's 3-0 home defeat by Millbrook, in which Athletic had two players sent off, proved to be his final game in charge.

"The board felt a change was needed now to give the club the best possible chance of staying up," chairman Richard Dane said in a statement on Monday.

"Gary has given everything to this club over the past 18 months and we thank him for his hard work."

Academy director Steve Lomas will take charge of the team for Wednesday's trip to Hallam Town, and the club hope to appoint a permanent successor before the summer.

Athletic were promoted from League One in 2016 and have not finished in the bottom three of any division since 2009.

Holt is the 14th Championship manager to lose his job since August.

Dane said the club would not rush the appointment. "We will speak to a number of candidates over the next few weeks," he said. "But the only thing that matters is Wednesday night."`,
		[]hoGold{
			{"October 2017", "DATE", "2017-10", ""},
			{"Boxing Day", "DATE", "2018-12-26", ""},
			{"Saturday", "DATE", "2019-04-06", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Monday", "DATE", "2019-04-08", ""},
			{"the past 18 months", "DURATION", "P18M", ""},
			{"Wednesday", "DATE", "2019-04-10", ""},
			{"the summer", "DATE", "2019-SU", ""},
			{"2016", "DATE", "2016", ""},
			{"2009", "DATE", "2009", ""},
			{"August", "DATE", "2018-08", ""},
			{"the next few weeks", "DURATION", "PXW", ""},
			{"Wednesday night", "TIME", "2019-04-10TNI", ""},
		}},
	{"statehouse-recount-tally", "2016-12-01", `ALLENTOWN, Pa. (AP) — A hand recount in a closely watched Pennsylvania state House race confirmed Republican Dale Kessler as the winner by 77 votes, county election officials said, ending a contest that drew attention and money from across the state.

Kessler finished with 14,268 votes to 14,191 for Democrat Anita Ruiz, a margin of about 0.27 percentage point. The machine count had shown Kessler ahead by 81 votes.

Officials reviewed 28,459 ballots from 46 precincts, including 2,019 absentee ballots and 1,998 ballots cast at the polling place at 1420 Fourth of July Street, the busiest in the district. Only 112 ballots were challenged, and 97 of those were ultimately counted.

"The numbers moved by four. That tells you the machines did their job," said Lehigh County Commissioner Gary Woods, 61, who oversaw the process.

Ruiz, a 38-year-old schoolteacher, conceded in a statement and thanked the roughly 300 volunteers who knocked on more than 52,000 doors for her campaign. She said she would not pursue a court challenge.

Kessler's victory gives Republicans 121 seats in the 203-member chamber, to 82 for Democrats. The two parties and outside groups poured nearly $1.6 million into the race, including $640,000 for television advertising and $85,000 for mailers.

The recount cost taxpayers an estimated $48,500, election director Tim Benner said. Ruiz supporters had filed recount petitions in 31 of the 46 precincts, each signed by at least three voters.

Kessler, 55, a former township supervisor, will represent about 63,000 residents in parts of Allentown, Emmaus and Macungie.`,
		[]hoGold{}},
	{"nuggets-blazers-boxscore", "2022-02-10", `DENVER (AP) — Marcus Reed scored 34 points, Jalen Okoye added 21 points and 12 rebounds, and the Denver Nuggets beat the Portland Trail Blazers 118-104 to snap a three-game losing streak.

Reed, 29, made 13 of 22 shots, including 5 of 9 from 3-point range, and handed out nine assists. He moved past 12,000 career points with a layup that put Denver ahead 96-80.

Okoye, a 22-year-old rookie taken 19th overall in the draft, recorded his sixth double-double. Backup center Tomas Varga had 11 points and eight rebounds off the bench.

Denver (31-24) shot 51.2% from the field and outrebounded Portland 49-38. The Nuggets scored 24 points off 17 turnovers and held a 58-36 edge in the paint.

Anfernee Walls led Portland with 27 points, and Dwayne Crisp, 34, scored 18 in his 1,000th career game. The Blazers (22-33) have lost seven of eight.

"We just didn't have enough legs," Portland coach Mike Delaney said. "You give up 49 rebounds, you're not winning many of those."

A crowd of 19,520 watched at Ball Arena, where the Nuggets improved to 19-8 at home. Fans who bought one of the 2,020 discounted upper-deck seats at $19.99 each also received a replica of Reed's No. 15 jersey.`,
		[]hoGold{}},
	{"maryland-gas-tax-delay", "2025-02-12", `ANNAPOLIS — Maryland lawmakers will decide by Friday whether to delay a scheduled increase in the state's gas tax, Senate leaders said Wednesday, as a projected budget shortfall forces hard choices in Annapolis.

The increase, approved by the General Assembly in 2023, would raise the tax by about 4 cents a gallon on July 1. Republicans and some moderate Democrats want to push it back by at least a year, arguing that families are already squeezed by high prices.

"Nobody likes raising taxes when people are hurting," said Senate Majority Leader Tom Albright (D-Baltimore County). "But we have to be honest about the numbers."

The state faces a $2.9 billion gap over the next two fiscal years, according to legislative analysts, and transportation officials say the money is needed to repair bridges and expand bus service. A spokeswoman for the governor said he would review any bill that reaches his desk but has not taken a position.

Hearings on the proposal began last week, and committee votes are expected in the coming weeks. The legislative session ends April 7.

State transportation officials said the department has deferred maintenance on roughly 300 bridges since 2019 and that construction costs have risen about 25 percent over the past five years.

Lawmakers also plan to take up a separate measure at a special session later this year that would replace the gas tax with a per-mile fee for electric vehicles, which now make up nearly 5 percent of new car sales in the state.`,
		[]hoGold{
			{"Friday", "DATE", "2025-02-14", ""},
			{"Wednesday", "DATE", "2025-02-12", ""},
			{"2023", "DATE", "2023", ""},
			{"July 1", "DATE", "2025-07-01", ""},
			{"at least a year", "DURATION", "P1Y", "EQUAL_OR_MORE"},
			{"the next two fiscal years", "DURATION", "P2Y", ""},
			{"last week", "DATE", "2025-W06", ""},
			{"the coming weeks", "DURATION", "PXW", ""},
			{"April 7", "DATE", "2025-04-07", ""},
			{"2019", "DATE", "2019", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"later this year", "DATE", "2025", ""},
			{"now", "DATE", "PRESENT_REF", ""},
		}},
	{"portland-church-arson", "2014-10-30", `PORTLAND, Maine (AP) — A 19-year-old man was charged Thursday with setting a fire that gutted a 146-year-old church in downtown Portland last week, police said.

Kyle Denning, of Westbrook, was arrested Wednesday evening at a relative's home in South Portland and is being held on $50,000 bail. He is due in court Friday.

Investigators say Denning broke into St. Brendan's Church on the night of Oct. 23 and set fire to pews near the altar. Firefighters were called at 11:48 p.m. and battled the blaze for about four hours before bringing it under control. Part of the roof collapsed the next morning.

No one was hurt. The church, built in 1868, had been closed for renovations since spring.

Three days later, a detective reviewing surveillance video from a nearby convenience store spotted a man carrying a gas can along Congress Street, according to a police affidavit. Tips from the public led investigators to Denning this week.

"This community lost a piece of its history, and we owed it to the congregation to find out who did this," Police Chief Anne Royce said at a news conference.

The Rev. Thomas Keane said parishioners have been worshipping in a school gymnasium. He said rebuilding could take at least two years.

Denning faces up to 30 years in prison if convicted of arson. His lawyer did not return a call seeking comment.`,
		[]hoGold{
			{"Thursday", "DATE", "2014-10-30", ""},
			{"last week", "DATE", "2014-W43", ""},
			{"Wednesday evening", "TIME", "2014-10-29TEV", ""},
			{"Friday", "DATE", "2014-10-31", ""},
			{"Oct. 23", "DATE", "2014-10-23", ""},
			{"11:48 p.m.", "TIME", "2014-10-23T23:48", ""},
			{"about four hours", "DURATION", "PT4H", "APPROX"},
			{"the next morning", "DATE", "2014-10-24", ""},
			{"1868", "DATE", "1868", ""},
			{"spring", "DATE", "2014-SP", ""},
			{"Three days", "DURATION", "P3D", ""},
			{"this week", "DATE", "2014-W44", ""},
			{"at least two years", "DURATION", "P2Y", "EQUAL_OR_MORE"},
			{"up to 30 years", "DURATION", "P30Y", "EQUAL_OR_LESS"},
		}},
	{"peru-andes-earthquake", "2012-03-05", `Rescuers in southern Peru are searching for survivors after a magnitude 6.8 earthquake struck the Andean region of Arequipa on Sunday, killing at least 23 people and flattening hundreds of adobe homes.

The quake hit at 04:12, when most residents were asleep, according to Peru's Geophysical Institute. It was centred about 60km (37 miles) north-east of the town of Chivay, at a depth of 35km.

Peru's prime minister flew to the region the same day and declared a 60-day state of emergency in 14 districts. The government said 1,200 homes had been destroyed and a further 3,000 damaged.

"We heard a roar and then everything was shaking," said Rosa Quispe, 52, whose house in the village of Yanque collapsed. "We have been sleeping outside for two days and the children are cold."

Dozens of aftershocks have rattled the area since the main tremor, the strongest measuring 5.4 on Monday morning.

Roads into the Colca Canyon, a popular tourist destination, were blocked by landslides, and officials said about 300 foreign visitors were stranded. Authorities hope to reopen the main highway by Wednesday.

Peru sits on the Pacific "Ring of Fire" and is hit by frequent earthquakes. In 2007, a magnitude 8.0 quake near the coastal city of Pisco killed more than 500 people.

The Red Cross said it had sent 40 tonnes of supplies and would step up deliveries in the coming days. Temperatures in the highlands can fall well below freezing, raising fears for families left without shelter.`,
		[]hoGold{
			{"Sunday", "DATE", "2012-03-04", ""},
			{"04:12", "TIME", "2012-03-04T04:12", ""},
			{"the same day", "DATE", "2012-03-04", ""},
			{"60-day", "DURATION", "P60D", ""},
			{"two days", "DURATION", "P2D", ""},
			{"Monday morning", "TIME", "2012-03-05TMO", ""},
			{"Wednesday", "DATE", "2012-03-07", ""},
			{"2007", "DATE", "2007", ""},
			{"the coming days", "DURATION", "PXD", ""},
		}},
	{"chemicals-full-year", "2015-02-05", `FRANKFURT, Feb 5 (Reuters) - German chemicals maker Rheinfeld AG posted a 9 percent rise in operating profit for 2014 on Thursday, helped by lower raw material costs and a weaker euro, and said it expected further growth this year.

Earnings before interest and tax rose to 1.84 billion euros ($2.1 billion) from 1.69 billion a year earlier, the company said. Sales grew 4 percent to 15.2 billion euros.

Chief Executive Hans Lorenz said volumes picked up in the fourth quarter as customers in the automotive industry restocked. "We have good momentum, but we are not getting carried away," he told reporters.

Rheinfeld proposed raising its dividend to 2.20 euros per share from 2.00 euros. It also said it planned to sell a 10-year bond worth 500 million euros next week to refinance debt maturing in March, taking advantage of record low borrowing costs.

The company will cut 1,000 jobs over the next three years under a savings programme that should save about 200 million euros a year by 2018.

Analysts said the outlook was cautious. Rheinfeld forecast only "slight" growth in operating profit this year, citing uncertainty in Russia and Ukraine, which together accounted for about 5 percent of sales last year.

Shares in Rheinfeld, which have risen 12 percent since the start of the year, were trading 2.3 percent higher. The stock lagged the sector in 2014, falling 6 percent as investors worried about weak demand in Europe.`,
		[]hoGold{
			{"Feb 5", "DATE", "2015-02-05", ""},
			{"2014", "DATE", "2014", ""},
			{"Thursday", "DATE", "2015-02-05", ""},
			{"this year", "DATE", "2015", ""},
			{"a year earlier", "DATE", "2013", ""},
			{"the fourth quarter", "DATE", "2014-Q4", ""},
			{"10-year", "DURATION", "P10Y", ""},
			{"next week", "DATE", "2015-W07", ""},
			{"March", "DATE", "2015-03", ""},
			{"the next three years", "DURATION", "P3Y", ""},
			{"a year", "SET", "P1Y", ""},
			{"2018", "DATE", "2018", ""},
			{"this year", "DATE", "2015", ""},
			{"last year", "DATE", "2014", ""},
			{"the start of the year", "DATE", "2015", "START"},
			{"2014", "DATE", "2014", ""},
		}},
	{"swiss-glacier-melt", "2017-01-18", `GENEVA — Switzerland's glaciers lost about 3 percent of their remaining ice last year, the steepest drop since systematic measurements began in the early 20th century, according to a report released on Wednesday by the country's glacier monitoring network.

The losses were driven by thin snow cover in the spring and a heat wave in July and August, when the freezing level in the Alps climbed above 5,000 meters for several days.

Glaciers in the Alps have been retreating since the end of the Little Ice Age in the mid-19th century, but the pace has accelerated sharply since the 1990s, said Lena Brunner, a glaciologist at ETH Zurich who led the study.

"What we are seeing now would have been unthinkable 30 years ago," Dr. Brunner said. "Many of the smaller glaciers will be gone by 2050."

Switzerland has about 1,500 glaciers, and their combined volume has fallen by more than a third over the past four decades, the report said.

At the Rhone Glacier, a tourist attraction in the central Alps, workers cover parts of the ice with white fleece blankets each summer to slow melting. The glacier has retreated about 1.4 kilometers since 1856.

The Swiss government has pledged to cut greenhouse gas emissions in half by 2030 compared with 1990 levels. Voters will decide on a new energy law in a referendum in May.`,
		[]hoGold{
			{"last year", "DATE", "2016", ""},
			{"the early 20th century", "DATE", "19", "START"},
			{"Wednesday", "DATE", "2017-01-18", ""},
			{"the spring", "DATE", "2016-SP", ""},
			{"July", "DATE", "2016-07", ""},
			{"August", "DATE", "2016-08", ""},
			{"several days", "DURATION", "PXD", ""},
			{"the mid-19th century", "DATE", "18", "MID"},
			{"the 1990s", "DATE", "199", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"30 years ago", "DATE", "1987", ""},
			{"2050", "DATE", "2050", ""},
			{"the past four decades", "DURATION", "P40Y", ""},
			{"each summer", "SET", "XXXX-SU", ""},
			{"1856", "DATE", "1856", ""},
			{"2030", "DATE", "2030", ""},
			{"1990", "DATE", "1990", ""},
			{"May", "DATE", "2017-05", ""},
		}},
}

func TestEnglishHeldOut20(t *testing.T) { guardHeldOut(t, "English 20", enHeldOut20, "en", 0.96) }
