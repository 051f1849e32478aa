package extract

import "testing"

// enHeldOut17 is a blind held-out set of 16 invented but realistic English
// news articles (2014-2026), each a whole article with its own DCT (the
// publication date, which agrees with the dateline or byline date). The
// styles imitated are AP (a mayoral runoff, a golf playoff), Reuters
// (quarterly company results, a museum reopening), Bloomberg (the bond
// market before a Fed decision, chipmaker results), The New York Times (a
// manslaughter verdict), The Washington Post (a state insulin bill), NPR (a
// sleep study), CBS News (a tropical storm), The Globe and Mail (home
// sales), The Irish Times (the budget), Al Jazeera English (a truce in
// Sudan) and the Straits Times (an MRT breakdown). Three articles recount
// the previous days of a developing story (the verdict, the storm, the
// truce). Two articles (a basketball game story and a council recount) are
// number-heavy - scores, tallies, prices, ages, street numbers and
// year-like numbers such as "2,019 votes" - and contain no timex at all.
//
// The gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 conventions, with
// TimeBank 1.2 practice where TimeML leaves a choice: spans keep
// determiners and modifiers but drop leading prepositions; bare weekdays
// and months resolve to the occurrence the tense implies, computed from the
// DCT with Python's datetime; "the next day" / "the following day" / "the
// next morning" are DATEs of the day after the last narrated date; in "the
// morning of June 18" only "June 18" is tagged; "a year earlier" in results
// is the compared period (2013-Q3, 2024-Q4, 2018-06, 2023-01); money and
// visitor rates ("$30 a month", "an hour", "a year") are SETs; "10-year",
// "two-year", "18-month" as modifiers are DURATIONs; "now" and "currently"
// are PRESENT_REF; early/mid/late map to START/MID/END and
// nearly/about/almost to APPROX, over/more than to MORE_THAN, less than to
// LESS_THAN. Ages ("a 24-year-old"), scores, street numbers and names such
// as "Morning Edition" are not tagged.
//
// The set was written without reading the tagger's source, tests, data or
// documentation, and without running it.
//
// First run, on the committed tagger (9556e00) before any fix it prompted:
// relaxed F1 0.996, value accuracy 0.979, value F1 0.975.
var enHeldOut17 = []hoCase{
	{"ap-mayor-runoff", "2022-12-07", `Okafor wins Port Hadley mayoral runoff, ousting two-term incumbent

PORT HADLEY, Ore. (AP) — City Council member Renata Okafor won the runoff for mayor of Port Hadley on Tuesday, defeating a two-term incumbent who had led the city for the past eight years, according to unofficial results released early Wednesday.

Okafor, a former public defender, took about 54% of the vote. Election workers resumed counting at 9 a.m., and the last batch of mail ballots was tallied by noon. Mayor Dale Fentress conceded in a brief statement Wednesday afternoon.

"People told us for months that this city wanted a change," Okafor told supporters at a downtown brewery Tuesday night. "The hard part starts now."

Neither candidate cleared 50% in the Nov. 8 general election, forcing a runoff under a charter amendment voters approved in 2018. Turnout was lower than in November but higher than officials had predicted last week, the county elections office said.

Fentress, first elected in 2014, had campaigned on a downtown revitalization plan and a property tax freeze he pushed through earlier this year. Okafor focused on housing costs, which have climbed steadily since the 1990s, and promised to open two new shelters within 100 days of taking office.

The results will be certified next Tuesday, and Okafor is scheduled to be sworn in on Jan. 3. She said she would name a transition team by the end of the week and hold her first public budget hearing in February.

The county's elections director, Mark Liu, said his staff is currently reviewing about 300 ballots with signature problems, far too few to change the outcome.`,
		[]hoGold{
			{"Tuesday", "DATE", "2022-12-06", ""},
			{"the past eight years", "DURATION", "P8Y", ""},
			{"early Wednesday", "DATE", "2022-12-07", "START"},
			{"9 a.m.", "TIME", "2022-12-07T09:00", ""},
			{"noon", "TIME", "2022-12-07T12:00", ""},
			{"Wednesday afternoon", "TIME", "2022-12-07TAF", ""},
			{"months", "DURATION", "PXM", ""},
			{"Tuesday night", "TIME", "2022-12-06TNI", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Nov. 8", "DATE", "2022-11-08", ""},
			{"2018", "DATE", "2018", ""},
			{"November", "DATE", "2022-11", ""},
			{"last week", "DATE", "2022-W48", ""},
			{"2014", "DATE", "2014", ""},
			{"earlier this year", "DATE", "2022", ""},
			{"the 1990s", "DATE", "199", ""},
			{"100 days", "DURATION", "P100D", ""},
			{"next Tuesday", "DATE", "2022-12-13", ""},
			{"Jan. 3", "DATE", "2023-01-03", ""},
			{"the end of the week", "DATE", "2022-W49", "END"},
			{"February", "DATE", "2023-02", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
		}},
	{"reuters-q3-results", "2014-10-23", `Halvorsen profit beats forecasts on aircraft parts demand, raises outlook

By Jonathan Mercer

Oct 23 (Reuters) - Halvorsen Industries Inc reported a better-than-expected third-quarter profit on Thursday, helped by strong demand for aircraft components, and raised its earnings forecast for the full year.

Net income rose to $312 million, or $1.41 per share, in the quarter, from $268 million, or $1.19 per share, a year earlier.

Revenue climbed 9 percent to $3.2 billion. Analysts on average had expected earnings of $1.33 per share on revenue of $3.1 billion, according to Thomson Reuters I/B/E/S.

The Cleveland-based company now expects 2014 earnings of $5.40 to $5.50 per share, up from the $5.20 to $5.35 it forecast in July.

"Order books going into the fourth quarter look as strong as at any point in the past five years," Chief Executive Karen Lindqvist told analysts on a conference call.

Halvorsen said it would close a plant in Dayton, Ohio, early next year and shift production to a newer facility in South Carolina that opened last month. The move will eliminate about 400 jobs over 18 months.

The company also said it would buy back up to $500 million of its shares over the next two years and raised its dividend by 4 cents to 62 cents per share.

Halvorsen shares rose 3.8 percent to $92.15 in New York. The stock had lost about 6 percent this year before the results.

(Reporting by Jonathan Mercer in Chicago; Editing by Peter Galloway)`,
		[]hoGold{
			{"Oct 23", "DATE", "2014-10-23", ""},
			{"third-quarter", "DATE", "2014-Q3", ""},
			{"Thursday", "DATE", "2014-10-23", ""},
			{"the full year", "DATE", "2014", ""},
			{"the quarter", "DATE", "2014-Q3", ""},
			{"a year earlier", "DATE", "2013-Q3", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2014", "DATE", "2014", ""},
			{"July", "DATE", "2014-07", ""},
			{"the fourth quarter", "DATE", "2014-Q4", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"early next year", "DATE", "2015", "START"},
			{"last month", "DATE", "2014-09", ""},
			{"18 months", "DURATION", "P18M", ""},
			{"the next two years", "DURATION", "P2Y", ""},
			{"this year", "DATE", "2014", ""},
		}},
	{"bloomberg-treasuries", "2019-07-31", `Treasuries Hold Gains as Traders Brace for Fed Decision, Jobs Data

By Alexandra Wren
July 31, 2019

Treasuries held most of their gains from earlier this week as traders positioned for the Federal Reserve's policy decision on Wednesday. The statement is due at 2 p.m. in Washington.

The yield on 10-year notes was little changed at 2.05% after sliding seven basis points over the previous two sessions. The two-year yield, more sensitive to the outlook for monetary policy, stood at 1.87%.

Swaps traders are pricing in a quarter-point cut today and at least one more by the end of the year, according to data compiled by Bloomberg. It would be the first reduction since December 2008.

"The market has already made up its mind," said Priya Natarajan, a strategist at a New York-based asset manager. "What matters now is whether the Fed signals this is the start of a cycle or a one-off."

Data released Tuesday showed core inflation, the Fed's preferred gauge, rose 1.6% in June from a year earlier, still short of the central bank's 2% goal.

Investors will also get the Labor Department's jobs report on Friday. Economists surveyed by Bloomberg expect employers added 165,000 positions in July, with the unemployment rate holding at 3.7%.

Yields have fallen about 70 basis points since early May, when trade tensions between Washington and Beijing flared again. Demand for havens has pushed the global stock of negative-yielding debt above $13 trillion.

The Treasury will announce the size of its next round of debt sales Thursday morning.`,
		[]hoGold{
			{"July 31, 2019", "DATE", "2019-07-31", ""},
			{"earlier this week", "DATE", "2019-W31", ""},
			{"Wednesday", "DATE", "2019-07-31", ""},
			{"2 p.m.", "TIME", "2019-07-31T14:00", ""},
			{"10-year", "DURATION", "P10Y", ""},
			{"two-year", "DURATION", "P2Y", ""},
			{"today", "DATE", "2019-07-31", ""},
			{"the end of the year", "DATE", "2019", "END"},
			{"December 2008", "DATE", "2008-12", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Tuesday", "DATE", "2019-07-30", ""},
			{"June", "DATE", "2019-06", ""},
			{"a year earlier", "DATE", "2018-06", ""},
			{"Friday", "DATE", "2019-08-02", ""},
			{"July", "DATE", "2019-07", ""},
			{"early May", "DATE", "2019-05", "START"},
			{"Thursday morning", "TIME", "2019-08-01TMO", ""},
		}},
	{"nyt-scaffold-verdict", "2021-11-19", `Jury Convicts Contractor in Scaffold Collapse That Killed Four Workers

By Daniel Okonkwo
Nov. 19, 2021

A Brooklyn jury on Friday convicted a construction contractor of manslaughter in the 2019 collapse of a scaffold in Bedford-Stuyvesant that killed four workers, ending a trial that lasted nearly six weeks and laid out what prosecutors called years of ignored safety warnings.

The verdict came after about 20 hours of deliberations. Jurors received the case on Monday afternoon and asked the next day to rehear testimony from a city inspector who had visited the site two weeks before the collapse. On Wednesday, they sent a note saying they were deadlocked on two counts, and Justice Miriam Castellanos urged them to keep working. On Thursday afternoon, they asked for a definition of recklessness.

The defendant, Victor Anselmi, 58, showed no emotion as the verdict was read at 11:40 a.m. His lawyer, Howard Bleich, said he would appeal.

"Four families waited more than two years for this verdict," the Brooklyn district attorney's office said in a statement.

Prosecutors said Mr. Anselmi's company had been cited for unsafe scaffolding three times since 2015 and kept using the same supports until the collapse on Aug. 6, 2019.

Mr. Anselmi faces a maximum sentence of 15 years. Sentencing is scheduled for Jan. 12. He remains free on bail.

The case is one of several the office has brought against builders over the past several years, as construction deaths in the city reached their highest level in more than a decade in 2018.`,
		[]hoGold{
			{"Nov. 19, 2021", "DATE", "2021-11-19", ""},
			{"Friday", "DATE", "2021-11-19", ""},
			{"2019", "DATE", "2019", ""},
			{"nearly six weeks", "DURATION", "P6W", "APPROX"},
			{"years", "DURATION", "PXY", ""},
			{"about 20 hours", "DURATION", "PT20H", "APPROX"},
			{"Monday afternoon", "TIME", "2021-11-15TAF", ""},
			{"the next day", "DATE", "2021-11-16", ""},
			{"two weeks", "DURATION", "P2W", ""},
			{"Wednesday", "DATE", "2021-11-17", ""},
			{"Thursday afternoon", "TIME", "2021-11-18TAF", ""},
			{"11:40 a.m.", "TIME", "2021-11-19T11:40", ""},
			{"more than two years", "DURATION", "P2Y", "MORE_THAN"},
			{"2015", "DATE", "2015", ""},
			{"Aug. 6, 2019", "DATE", "2019-08-06", ""},
			{"15 years", "DURATION", "P15Y", ""},
			{"Jan. 12", "DATE", "2022-01-12", ""},
			{"the past several years", "DURATION", "PXY", ""},
			{"more than a decade", "DURATION", "P10Y", "MORE_THAN"},
			{"2018", "DATE", "2018", ""},
		}},
	{"wapo-insulin-cap", "2023-03-15", `Maryland Senate passes insulin price cap, sending bill to House

By Rachel Dunmore
March 15, 2023

ANNAPOLIS — The Maryland Senate on Tuesday approved a bill that would cap what patients pay for insulin at $30 a month under state-regulated health plans, sending the measure to the House of Delegates with less than four weeks left in the legislative session.

The 35-to-12 vote came after nearly three hours of debate, during which Republicans argued that the cap would push insurers to raise premiums next year.

Sen. Alicia Brandt (D-Montgomery), the bill's sponsor, said she had introduced similar bills in 2020, 2021 and 2022. "Families have been rationing insulin for too long," she said. "We are going to fix that this spring."

House Speaker Denise Carrow (D-Prince George's) said in an interview Wednesday that the chamber's Health and Government Operations Committee would take up the bill next week and that she expected a floor vote before the session ends April 10.

If it becomes law, the cap would take effect Jan. 1, 2024. Colorado became the first state to pass a similar cap, in 2019; more than 20 states have since followed.

A fiscal note by the Department of Legislative Services estimated the cap would cost insurers about $4 million a year. Industry groups disputed that estimate last week, saying the true figure could be twice as high.

A spokeswoman for the governor said Monday that he supports the bill and would sign it as written.`,
		[]hoGold{
			{"March 15, 2023", "DATE", "2023-03-15", ""},
			{"Tuesday", "DATE", "2023-03-14", ""},
			{"a month", "SET", "P1M", ""},
			{"less than four weeks", "DURATION", "P4W", "LESS_THAN"},
			{"nearly three hours", "DURATION", "PT3H", "APPROX"},
			{"next year", "DATE", "2024", ""},
			{"2020", "DATE", "2020", ""},
			{"2021", "DATE", "2021", ""},
			{"2022", "DATE", "2022", ""},
			{"this spring", "DATE", "2023-SP", ""},
			{"Wednesday", "DATE", "2023-03-15", ""},
			{"next week", "DATE", "2023-W12", ""},
			{"April 10", "DATE", "2023-04-10", ""},
			{"Jan. 1, 2024", "DATE", "2024-01-01", ""},
			{"2019", "DATE", "2019", ""},
			{"a year", "SET", "P1Y", ""},
			{"last week", "DATE", "2023-W10", ""},
			{"Monday", "DATE", "2023-03-13", ""},
		}},
	{"npr-teen-sleep", "2018-06-13", `Study Links Short Sleep In Teens To High Blood Pressure

Heard on Morning Edition
June 13, 2018
By Lauren Sato

Teenagers who regularly sleep less than seven hours are more likely to develop high blood pressure as young adults, according to a study published Wednesday in the journal Pediatrics.

The researchers followed about 2,300 adolescents in central Pennsylvania for more than a decade, starting in the late 1990s. Participants wore wrist monitors that tracked their sleep, and their blood pressure was checked every two years.

By the end of the study, those who slept the least were about 60 percent more likely to have hypertension than those who slept the most, even after accounting for weight, diet and family history.

"We tend to think of blood pressure as something only older adults worry about," says Dr. Miriam Osei, a pediatric cardiologist at Penn State and the study's lead author. "What we're seeing now is that the damage can start much earlier."

The American Academy of Sleep Medicine recommends that teenagers get nine hours of sleep each day. A federal survey released last year found that nearly three-quarters of high school students fall short.

Osei says school schedules are part of the problem. Lawmakers in California are currently debating a bill that would push back the opening bell at most public high schools.

Her team plans to follow the same participants for another five years. The findings will also be presented next month at a cardiology conference in Chicago.

"Doctors should start asking teenagers about sleep the same way they ask about smoking," Osei says.`,
		[]hoGold{
			{"June 13, 2018", "DATE", "2018-06-13", ""},
			{"less than seven hours", "DURATION", "PT7H", "LESS_THAN"},
			{"Wednesday", "DATE", "2018-06-13", ""},
			{"more than a decade", "DURATION", "P10Y", "MORE_THAN"},
			{"the late 1990s", "DATE", "199", "END"},
			{"every two years", "SET", "P2Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"nine hours", "DURATION", "PT9H", ""},
			{"each day", "SET", "P1D", ""},
			{"last year", "DATE", "2017", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"another five years", "DURATION", "P5Y", ""},
			{"next month", "DATE", "2018-07", ""},
		}},
	{"cbs-storm-kendra", "2023-09-28", `Kendra weakens over Mississippi, but forecasters warn flooding will worsen

September 28, 2023 / CBS/AP

Tropical Storm Kendra weakened to a depression Thursday as it crawled inland over Mississippi, but forecasters warned that rivers swollen by three days of rain would keep rising through the weekend.

Kendra formed in the Gulf of Mexico on Sunday and strengthened into a Category 1 hurricane the following day. It came ashore near Pascagoula on Tuesday with maximum sustained winds of 85 mph.

More than 14 inches of rain has fallen in parts of Jackson County since then, the National Weather Service said. At least five deaths have been blamed on the storm, including a 71-year-old man whose pickup was swept off a flooded road Wednesday night.

The Pascagoula River is expected to crest at 22 feet on Saturday, its highest level since 1979.

"We are not out of this yet," Carla Bueno, the state's emergency management director, said at a news conference Thursday morning. "The water is still coming, and it is going to keep coming for days."

About 120,000 customers remained without power as of 6 p.m., down from a peak of 310,000 late Tuesday. Mississippi Power said most service should be restored within 72 hours.

FEMA search-and-rescue teams arrived Wednesday, and the White House approved a federal disaster declaration for 14 counties.

Kendra is the 11th named storm of the 2023 Atlantic hurricane season, which runs through Nov. 30.`,
		[]hoGold{
			{"September 28, 2023", "DATE", "2023-09-28", ""},
			{"Thursday", "DATE", "2023-09-28", ""},
			{"three days", "DURATION", "P3D", ""},
			{"the weekend", "DATE", "2023-W39-WE", ""},
			{"Sunday", "DATE", "2023-09-24", ""},
			{"the following day", "DATE", "2023-09-25", ""},
			{"Tuesday", "DATE", "2023-09-26", ""},
			{"Wednesday night", "TIME", "2023-09-27TNI", ""},
			{"Saturday", "DATE", "2023-09-30", ""},
			{"1979", "DATE", "1979", ""},
			{"Thursday morning", "TIME", "2023-09-28TMO", ""},
			{"days", "DURATION", "PXD", ""},
			{"6 p.m.", "TIME", "2023-09-28T18:00", ""},
			{"late Tuesday", "DATE", "2023-09-26", "END"},
			{"72 hours", "DURATION", "PT72H", ""},
			{"Wednesday", "DATE", "2023-09-27", ""},
			{"2023", "DATE", "2023", ""},
			{"Nov. 30", "DATE", "2023-11-30", ""},
		}},
	{"globe-home-sales", "2024-02-15", `Canadian home sales jump in January as buyers bet on rate cuts

Rachelle Younger, Real Estate Reporter
Published February 15, 2024

Canadian home sales rose sharply in January as buyers who had sat on the sidelines for much of 2023 returned to the market, betting that borrowing costs are about to come down.

Sales climbed 3.7 per cent from December and 22 per cent from a year earlier, the Canadian Real Estate Association said Thursday. The national benchmark price was $718,000, little changed from the previous month.

"It's the first real sign of life we've seen in this market in nearly two years," said Daniel Moreau, a senior economist at a Toronto-based brokerage. "Buyers are now looking past the next few months and planning for lower rates."

Economists widely expect the Bank of Canada to begin cutting its benchmark rate, which has been 5 per cent since July, by mid-year. The central bank's next rate announcement is on March 6.

New listings rose 1 per cent in January. In the Greater Toronto Area, sales were up 37 per cent, while in Greater Vancouver they rose 29 per cent.

Some analysts cautioned that the rebound could prove short-lived if the central bank waits longer than expected. "The spring market will tell us much more," said Jennifer Huang, an analyst at a Vancouver firm, adding that many buyers want to see whether the Bank of Canada moves in April or June before they commit.

Mortgage rates have eased since the fall, with five-year fixed rates falling below 6 per cent at several lenders.`,
		[]hoGold{
			{"January", "DATE", "2024-01", ""},
			{"February 15, 2024", "DATE", "2024-02-15", ""},
			{"January", "DATE", "2024-01", ""},
			{"2023", "DATE", "2023", ""},
			{"December", "DATE", "2023-12", ""},
			{"a year earlier", "DATE", "2023-01", ""},
			{"Thursday", "DATE", "2024-02-15", ""},
			{"the previous month", "DATE", "2023-12", ""},
			{"nearly two years", "DURATION", "P2Y", "APPROX"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the next few months", "DURATION", "PXM", ""},
			{"July", "DATE", "2023-07", ""},
			{"mid-year", "DATE", "2024", "MID"},
			{"March 6", "DATE", "2024-03-06", ""},
			{"January", "DATE", "2024-01", ""},
			{"spring", "DATE", "2024-SP", ""},
			{"April", "DATE", "2024-04", ""},
			{"June", "DATE", "2024-06", ""},
			{"the fall", "DATE", "2023-FA", ""},
			{"five-year", "DURATION", "P5Y", ""},
		}},
	{"irishtimes-budget", "2018-10-10", `Budget: Pensioners and low-paid workers among main winners

Harry McGrath, Political Correspondent
Oct 10, 2018

Pensioners and social welfare recipients will receive an extra €5 a week from next March under the budget announced yesterday, while the minimum wage will rise by 25 cent to €9.80 an hour from January 1st.

The Minister for Finance told the Dáil the €1.1 billion package was "prudent and balanced" and said the Government would run a small surplus next year, for the first time since 2007.

Spending on housing has more than doubled over the past five years, and a further €1.2 billion has been set aside for social housing, with the aim of delivering 10,000 new homes next year.

Opposition parties criticised the measures as too modest. "After a decade of austerity, people were told this would be the budget that finally made a difference to their lives," said the Sinn Féin spokesman on finance.

The 9 per cent VAT rate for the hospitality sector, introduced in 2011 to protect jobs during the downturn, will revert to 13.5 per cent, a move restaurant owners warned last night could cost thousands of jobs.

Carbon tax was left unchanged, despite a recommendation from the Climate Change Advisory Council last month that it be increased.

The Department of Finance projects that the debt-to-GDP ratio will fall below 60 per cent by 2021, helped by strong corporation tax receipts.

The Finance Bill, which gives legal effect to many of the budget measures, will be published next week. Dáil statements on the budget continue this evening.`,
		[]hoGold{
			{"Oct 10, 2018", "DATE", "2018-10-10", ""},
			{"a week", "SET", "P1W", ""},
			{"next March", "DATE", "2019-03", ""},
			{"yesterday", "DATE", "2018-10-09", ""},
			{"an hour", "SET", "PT1H", ""},
			{"January 1st", "DATE", "2019-01-01", ""},
			{"next year", "DATE", "2019", ""},
			{"2007", "DATE", "2007", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"next year", "DATE", "2019", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"2011", "DATE", "2011", ""},
			{"last night", "TIME", "2018-10-09TNI", ""},
			{"last month", "DATE", "2018-09", ""},
			{"2021", "DATE", "2021", ""},
			{"next week", "DATE", "2018-W42", ""},
			{"this evening", "TIME", "2018-10-10TEV", ""},
		}},
	{"aljazeera-sudan-pause", "2024-07-18", `Sudan’s warring sides agree to three-day pause in fighting around el-Obeid

Published On 18 Jul 2024

Sudan’s army and the paramilitary Rapid Support Forces (RSF) have agreed to a humanitarian pause around the besieged city of el-Obeid, mediators said, after a week of shelling that killed dozens of civilians.

The pause is due to take effect on Friday morning and last 72 hours, according to a statement released on Wednesday evening by the African Union and the Intergovernmental Authority on Development (IGAD).

Fighting around the city, the capital of North Kordofan state, escalated on Monday, when an RSF artillery strike hit a crowded market, killing at least 23 people, according to local health officials. The next day, army drones struck RSF positions on the city’s eastern outskirts.

“People have been living under fire for months,” said Amna Yousif, a volunteer with an emergency response room in el-Obeid. “Three days is not enough, but now at least the wounded can get out.”

Aid agencies said convoys carrying food and medicine were waiting in Kosti, about 300km to the east, and could reach the city within 24 hours of the pause taking effect.

The United Nations says more than 10 million people have been displaced since the war began in April 2023, making Sudan the world’s largest displacement crisis. Parts of the country could face famine by the end of the year, aid groups have warned.

Ceasefires brokered in Jeddah last year collapsed within days. Mediators said they hoped the pause could be extended and that both sides would return to talks next month.`,
		[]hoGold{
			{"three-day", "DURATION", "P3D", ""},
			{"18 Jul 2024", "DATE", "2024-07-18", ""},
			{"a week", "DURATION", "P1W", ""},
			{"Friday morning", "TIME", "2024-07-19TMO", ""},
			{"72 hours", "DURATION", "PT72H", ""},
			{"Wednesday evening", "TIME", "2024-07-17TEV", ""},
			{"Monday", "DATE", "2024-07-15", ""},
			{"The next day", "DATE", "2024-07-16", ""},
			{"months", "DURATION", "PXM", ""},
			{"Three days", "DURATION", "P3D", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"April 2023", "DATE", "2023-04", ""},
			{"the end of the year", "DATE", "2024", "END"},
			{"last year", "DATE", "2023", ""},
			{"days", "DURATION", "PXD", ""},
			{"next month", "DATE", "2024-08", ""},
		}},
	{"straitstimes-mrt-fault", "2025-06-19", `Train services on East-West Line disrupted for over three hours after power fault

Jane Lim, Transport Correspondent
Jun 19, 2025

SINGAPORE – Train services between Jurong East and Boon Lay stations were disrupted for more than three hours on the morning of June 18 after a power fault, affecting tens of thousands of commuters.

The fault occurred at about 7.10am, as many commuters were heading to work, operator SMRT said in a statement. Free bus bridging services were activated, and full train service resumed at 10.25am.

"I was stuck at Clementi for almost an hour, and the bus queue was so long I gave up," said Mr Tan Wei Jie, 34, an accountant who eventually took a taxi to his office in Raffles Place.

It was the second major disruption on the line this year, after a signalling fault near Tanah Merah in February.

The Land Transport Authority (LTA) said on Thursday that it would investigate the cause and review whether SMRT had followed its maintenance regime. Operators can be fined up to $1 million for each serious breach.

The incident came after SMRT announced last Friday that it had completed a two-year review of its power supply equipment.

LTA has said it will spend $1.6 billion over the next five years to renew power systems on the North-South and East-West lines, the oldest parts of the network, which began operating in 1987.

As part of the renewal work, some stations on the East-West Line will open later on Sundays from July. Details will be announced by SMRT.`,
		[]hoGold{
			{"over three hours", "DURATION", "PT3H", "MORE_THAN"},
			{"Jun 19, 2025", "DATE", "2025-06-19", ""},
			{"more than three hours", "DURATION", "PT3H", "MORE_THAN"},
			{"June 18", "DATE", "2025-06-18", ""},
			{"about 7.10am", "TIME", "2025-06-18T07:10", "APPROX"},
			{"10.25am", "TIME", "2025-06-18T10:25", ""},
			{"almost an hour", "DURATION", "PT1H", "APPROX"},
			{"this year", "DATE", "2025", ""},
			{"February", "DATE", "2025-02", ""},
			{"Thursday", "DATE", "2025-06-19", ""},
			{"last Friday", "DATE", "2025-06-13", ""},
			{"two-year", "DURATION", "P2Y", ""},
			{"the next five years", "DURATION", "P5Y", ""},
			{"1987", "DATE", "1987", ""},
			{"Sundays", "SET", "XXXX-WXX-7", ""},
			{"July", "DATE", "2025-07", ""},
		}},
	{"ap-golf-playoff", "2016-08-01", `Castellano birdies first playoff hole for first PGA Tour win

SHEFFIELD, Pa. (AP) — Ryan Castellano had waited nearly three years for his first PGA Tour victory. On Sunday, it took him one extra hole.

Castellano rolled in a 12-foot birdie putt on the first playoff hole to beat Tomás Ibarra at the Allegheny Classic, capping a tournament he nearly withdrew from on Wednesday because of a sore back.

The 27-year-old Arizona native closed with a 4-under 66 to finish at 13-under 271, then waited about 40 minutes while Ibarra, playing in the final group, missed a 6-foot par putt on the 18th hole that would have won it.

"My back was killing me Wednesday night," Castellano said. "I called my wife and told her I'd probably be on a flight home the next morning. I'm glad I didn't listen to myself."

Ibarra, who led by two strokes after 54 holes, was trying to win for the second time this year. He won the Texas Open in April and tied for fourth at the Memorial.

Castellano's previous best finish was a tie for third at the 2013 Canadian Open, a few months after he turned pro. He lost his card last year and spent much of 2015 on the Web.com Tour, where he won two events.

The victory earns him a two-year exemption and a spot in the Wyndham Championship, which begins Aug. 18. Castellano said he would take the next two weeks off to rest his back.`,
		[]hoGold{
			{"nearly three years", "DURATION", "P3Y", "APPROX"},
			{"Sunday", "DATE", "2016-07-31", ""},
			{"Wednesday", "DATE", "2016-07-27", ""},
			{"about 40 minutes", "DURATION", "PT40M", "APPROX"},
			{"Wednesday night", "TIME", "2016-07-27TNI", ""},
			{"the next morning", "DATE", "2016-07-28", ""},
			{"this year", "DATE", "2016", ""},
			{"April", "DATE", "2016-04", ""},
			{"2013", "DATE", "2013", ""},
			{"a few months", "DURATION", "PXM", ""},
			{"last year", "DATE", "2015", ""},
			{"2015", "DATE", "2015", ""},
			{"two-year", "DURATION", "P2Y", ""},
			{"Aug. 18", "DATE", "2016-08-18", ""},
			{"the next two weeks", "DURATION", "P2W", ""},
		}},
	{"reuters-museum-reopens", "2022-05-18", `Hamburg museum reopens after four-year renovation revealed hidden fresco

By Katrin Weller

HAMBURG, May 18 (Reuters) - Hamburg's Nordhaus Museum will reopen to the public on Saturday after a 68-million-euro renovation that uncovered a 19th-century fresco hidden behind a false wall, the museum said on Wednesday.

The building, a former customs warehouse completed in 1889, closed in March 2018 for what was planned as an 18-month refurbishment. Delays caused by the pandemic and by the discovery of the fresco in the autumn of 2019 pushed the work back repeatedly.

"Whenever we opened a wall, we found another surprise," director Annika Holm told reporters during a preview on Tuesday. "The city is getting its museum back, and more of it than before."

The fresco, which depicts sailing ships in the harbour in the 1860s, will be shown in a room of its own. Conservators spent nearly two years cleaning and stabilising it.

The museum expects about 250,000 visitors a year, roughly double the figure before it closed. Admission will be free for under-18s, and the building will stay open late on Thursdays.

German museums have struggled to win back visitors since lockdowns were lifted last year. Attendance in 2021 was still about 40 percent below 2019 levels, according to the Institute for Museum Research in Berlin.

The reopening will be marked with a free concert by the Hamburg Philharmonic in the museum's courtyard on Saturday evening.

(Reporting by Katrin Weller; Editing by Helen Marsh)`,
		[]hoGold{
			{"four-year", "DURATION", "P4Y", ""},
			{"May 18", "DATE", "2022-05-18", ""},
			{"Saturday", "DATE", "2022-05-21", ""},
			{"19th-century", "DATE", "18", ""},
			{"Wednesday", "DATE", "2022-05-18", ""},
			{"1889", "DATE", "1889", ""},
			{"March 2018", "DATE", "2018-03", ""},
			{"18-month", "DURATION", "P18M", ""},
			{"the autumn of 2019", "DATE", "2019-FA", ""},
			{"Tuesday", "DATE", "2022-05-17", ""},
			{"the 1860s", "DATE", "186", ""},
			{"nearly two years", "DURATION", "P2Y", "APPROX"},
			{"a year", "SET", "P1Y", ""},
			{"Thursdays", "SET", "XXXX-WXX-4", ""},
			{"last year", "DATE", "2021", ""},
			{"2021", "DATE", "2021", ""},
			{"2019", "DATE", "2019", ""},
			{"Saturday evening", "TIME", "2022-05-21TEV", ""},
		}},
	{"ap-nba-numbers-notimex", "2024-01-10", `Okoro scores 34, Bucks hold off Hornets 118-109

MILWAUKEE (AP) — Jalen Okoro had 34 points and 12 rebounds, and the Milwaukee Bucks held off the Charlotte Hornets 118-109 to snap a three-game losing streak.

Okoro, a 24-year-old forward, made 13 of 21 shots from the field and 6 of 7 free throws. Marcus Bell added 22 points and 11 assists, and center Dmitri Vasquez had 15 points and 14 rebounds.

Milwaukee shot 51.2% from the field and outrebounded Charlotte 52-38. The Bucks led by as many as 19 points before the Hornets cut the deficit to 104-99 with a 14-3 run.

Bell answered with a 3-pointer from the left corner, and Okoro followed with a dunk and two free throws to restore a 10-point cushion.

"We talked about getting back to defending," Bell said. "They put up 130 on us in Charlotte. Holding them to 109 is a lot better."

Terrence Hale led Charlotte with 27 points on 10-of-18 shooting, and rookie Andre Whitfield, the No. 6 overall pick, scored 16. The Hornets committed 17 turnovers, which Milwaukee converted into 24 points.

The Bucks improved to 12-9 at home. Charlotte fell to 8-14 on the road and has lost five of its last six.

A crowd of 17,341 watched at Fiserv Forum, 1111 Vel R. Phillips Ave.

TIP-INS

Hornets: Hale has scored at least 20 points in 11 straight games. ... F Nick Granger (left ankle) missed his fourth straight game.

Bucks: Vasquez moved to 2,019 career rebounds with Milwaukee, 14th in franchise history. ... Bell has 2,104 career assists.

UP NEXT

Hornets: Visit Detroit to close a five-game trip.

Bucks: Host Orlando.`,
		[]hoGold{}},
	{"ap-recount-numbers-notimex", "2015-04-23", `Recount confirms six-vote win in Kessler Falls council race

KESSLER FALLS, Ill. (AP) — A hand recount has confirmed that Patricia Lund won the Ward 4 seat on the Kessler Falls City Council by six votes, the county clerk's office said.

Lund finished with 2,019 votes to 2,013 for Tomasz Kowal, a retired firefighter. The machine count had given her a seven-vote lead, 2,020 to 2,013, but reviewers set aside one ballot after finding it had been marked for both candidates.

Kowal, 66, requested the recount and paid the $4,250 deposit required under state law for races decided by less than 1% of the votes cast. He said he would not challenge the result further.

"Six votes out of more than 4,000 — it doesn't get much closer than that," Kowal said outside the clerk's office at 719 S. Batavia Ave. "I called Pat and congratulated her."

Lund, 52, a pharmacist and first-time candidate, ran on road repairs and a cap of 2.5% on property tax increases.

Turnout in the ward was 31.4%, compared with 28.9% citywide. Precinct 12, which votes at the Hemmens Community Center at 45 Symphony Way, gave Lund her widest margin, 611 to 498.

Ward 4 has 13,112 registered voters. The recount, conducted by a team of 16 election judges, reviewed all 4,032 ballots, including 188 mail ballots and 27 provisional ballots.

The clerk's office put the total cost of the recount at $11,980, with the county covering the amount above Kowal's deposit. The ward's other large polling places were a church at 1999 Fox River Road and a school at 2024 Elm St., where a combined 1,046 ballots were cast.`,
		[]hoGold{}},
	{"bloomberg-chip-results", "2026-02-05", `Vantor Forecast Tops Estimates as AI Data Center Spending Surges

By Kenji Morrow
February 5, 2026

Vantor Semiconductor Inc. gave a sales forecast for the current quarter that beat analysts' estimates, signaling that spending on artificial intelligence data centers shows no sign of slowing.

Revenue in the period will be about $4.8 billion, the company said in a statement Thursday. Analysts on average had projected $4.5 billion, according to data compiled by Bloomberg. The shares rose about 7% in extended trading after closing at $212.40 in New York.

Fourth-quarter revenue climbed 38% to $4.4 billion from a year earlier, while profit, excluding some items, was $1.92 a share. For all of 2025, sales rose 31% to $15.6 billion.

"We are now shipping our newest accelerator to every major cloud provider," Chief Executive Officer Lena Farrokh said on a call with analysts. She said supply constraints on advanced packaging should ease in the second half of the year.

Vantor has spent the past 18 months expanding capacity at its plant in Chandler, Arizona, which began volume production in October. The company plans to spend $6 billion on new equipment this year, up from $4.1 billion in 2025.

The stock has gained 64% over the past 12 months. Rival Meridian Micro reported results on Tuesday that disappointed investors, sending its shares down 9%.

Vantor will hold an investor day on March 18, when executives are expected to lay out financial targets through 2028.`,
		[]hoGold{
			{"February 5, 2026", "DATE", "2026-02-05", ""},
			{"the current quarter", "DATE", "2026-Q1", ""},
			{"Thursday", "DATE", "2026-02-05", ""},
			{"Fourth-quarter", "DATE", "2025-Q4", ""},
			{"a year earlier", "DATE", "2024-Q4", ""},
			{"2025", "DATE", "2025", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the second half of the year", "DATE", "2026-H2", ""},
			{"the past 18 months", "DURATION", "P18M", ""},
			{"October", "DATE", "2025-10", ""},
			{"this year", "DATE", "2026", ""},
			{"2025", "DATE", "2025", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"Tuesday", "DATE", "2026-02-03", ""},
			{"March 18", "DATE", "2026-03-18", ""},
			{"2028", "DATE", "2028", ""},
		}},
}

func TestEnglishHeldOut17(t *testing.T) { guardHeldOut(t, "English 17", enHeldOut17, "en", 0.96) }
