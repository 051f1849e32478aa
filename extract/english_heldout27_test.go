package extract

import "testing"

// enHeldOut27 is a blind English held-out set of 16 invented but realistic
// whole news articles (150-300 words each), imitating long-form features and
// investigations from 2005-2026 in the styles of ProPublica, The New York
// Times, The Washington Post, the Guardian, Reuters (Investigates and
// company news), the BBC, NPR and the Atlantic. The stories move between the
// publication date and the past: what happened on a given day years ago
// ("On the night of March 3, 2009", "that evening", "the next morning", "Two
// weeks later"), what has happened since ("the years that followed", "the
// past decade") and what is planned ("next month", "by 2030"). Two items are
// number-heavy (vote tallies, chess ratings, ages, prices, street numbers and
// year-like numbers such as "2,019 votes" or "1918 Ridge Road") and contain no
// temporal expression at all.
//
// Each case carries its own DCT (the publication date; datelines agree with
// it). The gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 conventions, with
// TimeBank 1.2 practice where TimeML leaves a choice: spans keep determiners
// and modifiers but not leading prepositions; "N days/years later" and "N
// years after" are DURATIONs whose span leaves out "later"/"after"; "N years
// ago" is a DATE resolved against the DCT; "the next morning"/"the next day"
// are DATEs with the narrated day's value; in "the night of July 28, 1993"
// only the date is tagged; "that night"/"that evening"/"that morning" are
// TIMEs (TNI/TEV/TMO) of the narrated day; bare weekdays and months resolve
// to the occurrence meant (past: most recent before the DCT; future: next
// one); "a year" in "$90 million a year" is a SET P1Y; "a year earlier" in
// quarterly results is the compared quarter; "now" is PRESENT_REF; ages,
// sports/game numbers and adjectival lengths of non-time things are not
// tagged. Relative values were computed with Python's datetime.
//
// The set was written without reading the tagger's source, data or other
// tests.
//
// First run, on the committed tagger (1a66ea4) before any fix it prompted:
// relaxed F1 0.986, value accuracy 0.951, value F1 0.938.
var enHeldOut27 = []hoCase{
	{"propublica-dam-gate", "2019-06-12", `On the night of March 3, 2009, the spillway gate at the Harlow Creek dam jammed halfway open. By the next morning, water had reached the porches of 41 homes in the town of Bellmont, and two residents were dead.

The state engineer's office promised a full review. Ten years later, that review has never been made public, and records obtained by ProPublica show that the same gate failed inspection at least four times in the years that followed.

"We were told it was fixed that summer," said Carla Minden, whose mother drowned in the flood. "Nobody has told us anything since."

Inspectors first flagged the corroded hinge on the gate in 2006, according to maintenance logs reviewed by ProPublica. The next inspection, in the spring of 2010, found the same problem. By the end of that year, the state had instead spent $1.2 million on repairs to a different structure upstream.

The dam's owner, a local irrigation district, said in a statement last week that it had "acted in good faith for more than a decade" and that a replacement gate would be installed by 2021. It did not answer written questions about the inspections.

State officials now say the review will be released next month. In the meantime, residents who live below the dam say they sleep badly whenever it rains for more than two days in a row.

"Every spring we watch the creek," Minden said. "We've been doing that for ten years."`,
		[]hoGold{
			{"March 3, 2009", "DATE", "2009-03-03", ""},
			{"the next morning", "DATE", "2009-03-04", ""},
			{"Ten years", "DURATION", "P10Y", ""},
			{"the years that followed", "DURATION", "PXY", ""},
			{"that summer", "DATE", "2009-SU", ""},
			{"2006", "DATE", "2006", ""},
			{"the spring of 2010", "DATE", "2010-SP", ""},
			{"the end of that year", "DATE", "2010", "END"},
			{"last week", "DATE", "2019-W23", ""},
			{"more than a decade", "DURATION", "P10Y", "MORE_THAN"},
			{"2021", "DATE", "2021", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"next month", "DATE", "2019-07", ""},
			{"more than two days", "DURATION", "P2D", "MORE_THAN"},
			{"Every spring", "SET", "XXXX-SP", ""},
			{"ten years", "DURATION", "P10Y", ""},
		}},
	{"nyt-steel-town", "2014-09-21", `YOUNGSFIELD, Pa. — The whistle at the Carrick Steel works blew for the last time on Friday, Dec. 19, 2003, at 3:40 p.m. Joe Pastorek, who had worked the open hearth for 31 years, remembers that he did not go home that evening. He went to the Legion hall and stayed until it closed.

The next morning, the company's lawyers filed for bankruptcy in Pittsburgh. Two weeks later, the pension checks stopped.

More than a decade on, this town of 6,000 is still arguing about what it lost. The mill site, 140 acres along the Monongahela River, has been vacant since 2004. Proposals for a casino, a state prison and a logistics hub have come and gone over the past 10 years.

"Somebody always shows up with a nice drawing," said Mayor Diane Koval, 58. "And then nothing happens."

This fall may be different. A Philadelphia developer said on Thursday that it had closed on the property and planned to begin demolition early next year. The company expects the first warehouse to open by 2017 and says the site will eventually employ about 900 people.

Mr. Pastorek, now 79, is skeptical. He still keeps his last pay stub, dated Dec. 12, 2003, in a kitchen drawer.

"They said the same thing in the nineties," he said. "I'd like to see it before I die."

The developer has scheduled a public meeting for Oct. 7 at the high school. It will be the third such meeting in three years.`,
		[]hoGold{
			{"Friday, Dec. 19, 2003", "DATE", "2003-12-19", ""},
			{"3:40 p.m.", "TIME", "2003-12-19T15:40", ""},
			{"31 years", "DURATION", "P31Y", ""},
			{"that evening", "TIME", "2003-12-19TEV", ""},
			{"The next morning", "DATE", "2003-12-20", ""},
			{"Two weeks", "DURATION", "P2W", ""},
			{"More than a decade", "DURATION", "P10Y", "MORE_THAN"},
			{"2004", "DATE", "2004", ""},
			{"the past 10 years", "DURATION", "P10Y", ""},
			{"This fall", "DATE", "2014-FA", ""},
			{"Thursday", "DATE", "2014-09-18", ""},
			{"early next year", "DATE", "2015", "START"},
			{"2017", "DATE", "2017", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Dec. 12, 2003", "DATE", "2003-12-12", ""},
			{"the nineties", "DATE", "199", ""},
			{"Oct. 7", "DATE", "2014-10-07", ""},
			{"three years", "DURATION", "P3Y", ""},
		}},
	{"wapo-icu-nurse-year", "2021-03-15", `Teresa Alvarado remembers exactly where she was on March 11, 2020. She was halfway through a 12-hour shift in the intensive care unit at a hospital in Cheverly, Md., when a colleague held up a phone: The World Health Organization had declared a pandemic.

That night, the unit admitted its first coronavirus patient. By the following week, it had nine.

"We thought it would be a few weeks," Alvarado, 37, said in an interview Saturday. "Then it was the summer. Then it was Christmas."

Over the past 12 months, the hospital has treated more than 4,000 covid-19 patients, according to figures released Friday. Alvarado has worked every weekend for most of that stretch. Twice, in April and again in December, she slept in her car in the parking garage so she would not bring the virus home to her mother.

Hospital officials say the worst may be over. Admissions have fallen for six consecutive weeks, and the ICU had 11 covid patients on Sunday, down from 58 at the peak in mid-January.

Still, the staff is exhausted. A survey conducted last month found that a third of the hospital's nurses were considering leaving the profession within the next two years.

Alvarado is not one of them. She received her second vaccine dose in January and plans to take her first real vacation in May, a week at the beach in Delaware with her two sons.

"I haven't seen the ocean since 2019," she said. "I think I've earned it."`,
		[]hoGold{
			{"March 11, 2020", "DATE", "2020-03-11", ""},
			{"12-hour", "DURATION", "PT12H", ""},
			{"That night", "TIME", "2020-03-11TNI", ""},
			{"the following week", "DATE", "2020-W12", ""},
			{"a few weeks", "DURATION", "PXW", ""},
			{"Saturday", "DATE", "2021-03-13", ""},
			{"the summer", "DATE", "2020-SU", ""},
			{"Christmas", "DATE", "2020-12-25", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"Friday", "DATE", "2021-03-12", ""},
			{"every weekend", "SET", "XXXX-WXX-WE", ""},
			{"April", "DATE", "2020-04", ""},
			{"December", "DATE", "2020-12", ""},
			{"six consecutive weeks", "DURATION", "P6W", ""},
			{"Sunday", "DATE", "2021-03-14", ""},
			{"mid-January", "DATE", "2021-01", "MID"},
			{"last month", "DATE", "2021-02", ""},
			{"the next two years", "DURATION", "P2Y", ""},
			{"January", "DATE", "2021-01", ""},
			{"May", "DATE", "2021-05", ""},
			{"a week", "DURATION", "P1W", ""},
			{"2019", "DATE", "2019", ""},
		}},
	{"guardian-cumbria-flood", "2025-11-19", `The water came into Margaret Ashby's kitchen at about 2am on 20 November 2015. Within six hours it was up to the light switches, and by the evening the whole of Mill Lane in Hollinbeck, a village of 400 people on the edge of the Lake District, was under a metre of brown floodwater.

Ten years on, Ashby, 71, still keeps a bag packed by the back door.

"You don't forget something like that," she said on Monday, standing in the same kitchen. "When the forecast says heavy rain, I don't go to bed. I sit by the window and watch the beck."

The flood, which followed 36 hours of continuous rain, damaged 112 homes. Some families spent more than a year in caravans while insurers argued over claims. The Environment Agency promised a new flood wall within five years.

It was finally completed in the spring of 2023, three years behind schedule and at twice the original cost. Residents say it has been tested twice, most recently last winter, and held both times.

But the agency's own modelling, published in September, suggests the wall may not be high enough by the 2050s as storms become more intense. A consultation on raising it by a further 60cm will open early next year.

"We've had a decade of meetings," said the parish council chair, Tom Reddy. "People here are tired. They want to know what happens next."

The agency said it would hold a drop-in session at the village hall on Thursday 27 November.`,
		[]hoGold{
			{"about 2am", "TIME", "2015-11-20T02:00", "APPROX"},
			{"20 November 2015", "DATE", "2015-11-20", ""},
			{"six hours", "DURATION", "PT6H", ""},
			{"the evening", "TIME", "2015-11-20TEV", ""},
			{"Ten years", "DURATION", "P10Y", ""},
			{"Monday", "DATE", "2025-11-17", ""},
			{"36 hours", "DURATION", "PT36H", ""},
			{"more than a year", "DURATION", "P1Y", "MORE_THAN"},
			{"five years", "DURATION", "P5Y", ""},
			{"the spring of 2023", "DATE", "2023-SP", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"last winter", "DATE", "2024-WI", ""},
			{"September", "DATE", "2025-09", ""},
			{"the 2050s", "DATE", "205", ""},
			{"early next year", "DATE", "2026", "START"},
			{"a decade", "DURATION", "P10Y", ""},
			{"Thursday 27 November", "DATE", "2025-11-27", ""},
		}},
	{"reuters-delta-spill", "2018-08-07", `PORT HARCOURT, Nigeria (Reuters) - In the early hours of Jan. 14, 2012, fishermen in the creek village of Okoroba noticed a rainbow sheen spreading across the water. Within three days, the mangroves along a 9-km stretch of the river were black with crude.

More than six years later, the 2,300 residents of Okoroba have received no compensation, and the pipeline operator, a joint venture led by a unit of a European oil major, has yet to finish the clean-up it promised in 2013, a Reuters review of court filings and company documents shows.

"They came twice a year to take photographs," said fisherman Ebiye Tonye, 52. "After 2015 they stopped coming."

The spill released about 4,000 barrels of oil, according to a joint investigation report signed the following month. The company later blamed sabotage, a finding villagers dispute.

A federal court ruled in the villagers' favour in November 2016. The operator appealed, and the case has been adjourned 11 times. The next hearing is set for Sept. 24.

In a statement on Monday, the operator said it "remains committed to remediation" and expected to complete work at the site by the end of 2019. It declined to comment on the court case.

Nigeria's environmental regulator said it had inspected the site in the first quarter of this year and found hydrocarbon levels still well above legal limits.

Tonye now drives a motorcycle taxi in Port Harcourt. His two sons, he said, have never caught a fish in the creek.`,
		[]hoGold{
			{"Jan. 14, 2012", "DATE", "2012-01-14", ""},
			{"three days", "DURATION", "P3D", ""},
			{"More than six years", "DURATION", "P6Y", "MORE_THAN"},
			{"2013", "DATE", "2013", ""},
			{"twice a year", "SET", "P1Y", ""},
			{"2015", "DATE", "2015", ""},
			{"the following month", "DATE", "2012-02", ""},
			{"November 2016", "DATE", "2016-11", ""},
			{"Sept. 24", "DATE", "2018-09-24", ""},
			{"Monday", "DATE", "2018-08-06", ""},
			{"the end of 2019", "DATE", "2019", "END"},
			{"the first quarter of this year", "DATE", "2018-Q1", ""},
			{"now", "DATE", "PRESENT_REF", ""},
		}},
	{"bbc-powys-appeal", "2023-04-26", `Police have renewed an appeal for information about a teenager who vanished on her way home from a school disco 25 years ago.

Rachel Pryce, 15, was last seen at about 22:15 on 24 April 1998, walking along the A470 near Llanidloes in Powys.

Dyfed-Powys Police said on Tuesday that advances in DNA testing over the past decade meant evidence gathered in 1998 could now be re-examined.

Her brother, Gareth, said the family had "never stopped hoping".

"Every April we go back to that road," he said. "It's been a quarter of a century, but it has never got easier."

Rachel's rucksack was found in a lay-by two days later. A local man was arrested the following summer but released without charge.

The case was reviewed in 2008 and again in 2016, without any breakthrough.

Det Supt Helen Morgan, who is leading the new review, said officers would carry out fresh searches of woodland near the town over the next few weeks.

"Someone out there knows what happened that night," she said. "After 25 years, loyalties change."

A memorial service will be held at St Idloes Church on Saturday evening.

Rachel's mother, Ann, died in 2019. The family has set up a page to collect information, and says it has received more than 300 messages since it was launched on 12 April.`,
		[]hoGold{
			{"25 years ago", "DATE", "1998", ""},
			{"about 22:15", "TIME", "1998-04-24T22:15", "APPROX"},
			{"24 April 1998", "DATE", "1998-04-24", ""},
			{"Tuesday", "DATE", "2023-04-25", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"1998", "DATE", "1998", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Every April", "SET", "XXXX-04", ""},
			{"a quarter of a century", "DURATION", "P25Y", ""},
			{"two days", "DURATION", "P2D", ""},
			{"the following summer", "DATE", "1999-SU", ""},
			{"2008", "DATE", "2008", ""},
			{"2016", "DATE", "2016", ""},
			{"the next few weeks", "DURATION", "PXW", ""},
			{"that night", "TIME", "1998-04-24TNI", ""},
			{"25 years", "DURATION", "P25Y", ""},
			{"Saturday evening", "TIME", "2023-04-29TEV", ""},
			{"2019", "DATE", "2019", ""},
			{"12 April", "DATE", "2023-04-12", ""},
		}},
	{"npr-tornado-town", "2018-05-10", `The tornado sirens in Harlan Springs, Okla., started wailing at 9:12 p.m. on May 9, 2008. Eleven minutes later, the storm had flattened most of Main Street.

Brenda Keck was in her bathtub with her two daughters. When she climbed out, she could see the grain elevator from her living room. The walls in between were gone.

"I didn't know where I was," Keck told NPR this week. "I'd lived in that town my whole life, and I didn't recognize a thing."

Eight people died that night. By the next morning, the National Guard had set up a command post in the high school parking lot, and within a month, FEMA trailers lined the county fairgrounds.

The rebuilding took nearly 10 years. The new school opened in August 2011. The hospital followed two years after that. The town adopted a stricter building code, and every new home now has a storm shelter.

But the population never fully came back. Harlan Springs had 1,900 residents before the tornado; the 2010 census counted 1,350.

Mayor Luis Ortega says that is starting to change. Three new businesses have opened on Main Street since January, and a 40-unit housing development is planned for next spring.

On Wednesday, the town marked the anniversary the way it does every year: The sirens sounded at 9:12 p.m., and residents stood in silence for 11 minutes.

Keck's daughters are grown now. One of them lives in Tulsa. The other is getting married in Harlan Springs in October.`,
		[]hoGold{
			{"9:12 p.m.", "TIME", "2008-05-09T21:12", ""},
			{"May 9, 2008", "DATE", "2008-05-09", ""},
			{"Eleven minutes", "DURATION", "PT11M", ""},
			{"this week", "DATE", "2018-W19", ""},
			{"that night", "TIME", "2008-05-09TNI", ""},
			{"the next morning", "DATE", "2008-05-10", ""},
			{"a month", "DURATION", "P1M", ""},
			{"nearly 10 years", "DURATION", "P10Y", "APPROX"},
			{"August 2011", "DATE", "2011-08", ""},
			{"two years", "DURATION", "P2Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2010", "DATE", "2010", ""},
			{"January", "DATE", "2018-01", ""},
			{"next spring", "DATE", "2019-SP", ""},
			{"Wednesday", "DATE", "2018-05-09", ""},
			{"every year", "SET", "P1Y", ""},
			{"9:12 p.m.", "TIME", "2018-05-09T21:12", ""},
			{"11 minutes", "DURATION", "PT11M", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"October", "DATE", "2018-10", ""},
		}},
	{"atlantic-rail-promise", "2024-01-09", `The ribbon-cutting was supposed to happen in 2020. On October 19, 2009, the governor of Washington stood on a windy platform in Tacoma and promised that within a decade, trains would carry passengers from Portland to Vancouver in less than three hours.

I was there that day, a 24-year-old reporter with a borrowed camera. I remember thinking that 2020 sounded impossibly far away.

It is now 2024, and the Cascadia Express does not exist. What exists instead is a 14-mile stretch of concrete viaduct south of Olympia, completed in 2016 and never used, and a $410 million line in the state budget that has been carried over in every budget since.

The story of how that happened is not a story of corruption, exactly. It is a story of delay. The environmental review alone took four years. The first construction contract was not signed until the summer of 2014. By that point, the federal money that had made the project possible was being clawed back.

Over the past 15 years, I have interviewed three governors, two transportation secretaries, and dozens of engineers about the project. Almost all of them told me it would be built eventually. None of them could say when.

Last month, the state's rail office released a new timeline. It projects that service could begin by 2035, assuming Congress approves the money this year. A public hearing is scheduled for February.

I am 38 now. The kid with the borrowed camera would be disappointed, but not, I think, surprised.`,
		[]hoGold{
			{"2020", "DATE", "2020", ""},
			{"October 19, 2009", "DATE", "2009-10-19", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"less than three hours", "DURATION", "PT3H", "LESS_THAN"},
			{"that day", "DATE", "2009-10-19", ""},
			{"2020", "DATE", "2020", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2024", "DATE", "2024", ""},
			{"2016", "DATE", "2016", ""},
			{"four years", "DURATION", "P4Y", ""},
			{"the summer of 2014", "DATE", "2014-SU", ""},
			{"the past 15 years", "DURATION", "P15Y", ""},
			{"Last month", "DATE", "2023-12", ""},
			{"2035", "DATE", "2035", ""},
			{"this year", "DATE", "2024", ""},
			{"February", "DATE", "2024-02", ""},
			{"now", "DATE", "PRESENT_REF", ""},
		}},
	{"wapo-low-fuel-flights", "2022-10-30", `At 6:47 a.m. on Aug. 2, 2017, a regional jet carrying 68 people touched down at Charlotte Douglas International Airport with less than 20 minutes of fuel left in its tanks. The pilots had been circling for nearly an hour, waiting for a line of thunderstorms to clear. The airport had closed two of its four runways that morning.

The incident drew little attention. The Federal Aviation Administration closed its inquiry three months later without taking any action.

But a Washington Post review of more than 1,200 safety reports filed over the past five years found that low-fuel emergencies at regional carriers have nearly doubled since 2017, a trend that pilots and safety experts say reflects chronic understaffing and pressure to keep flights on schedule.

"Every pilot I know has had at least one of these," said a captain at a regional carrier, who spoke on the condition of anonymity. "Ten years ago, it was rare."

The FAA said in a statement Thursday that it "takes fuel management seriously" and had increased inspections at regional airlines this year. It did not respond to questions about specific incidents.

The Post identified 41 low-fuel emergencies in 2021 alone. In the first half of this year, there were 29.

The airline involved in the 2017 incident, which flies under a major carrier's brand, said its pilots receive fuel-planning training twice a year. It said it had hired 600 pilots in the past 12 months and plans to hire 500 more by the end of next year.

Congress is expected to take up a bill requiring at least 10 hours of rest between shifts for regional pilots when it returns in November. A similar bill died in committee in 2019.`,
		[]hoGold{
			{"6:47 a.m.", "TIME", "2017-08-02T06:47", ""},
			{"Aug. 2, 2017", "DATE", "2017-08-02", ""},
			{"less than 20 minutes", "DURATION", "PT20M", "LESS_THAN"},
			{"nearly an hour", "DURATION", "PT1H", "APPROX"},
			{"that morning", "TIME", "2017-08-02TMO", ""},
			{"three months", "DURATION", "P3M", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"2017", "DATE", "2017", ""},
			{"Ten years ago", "DATE", "2012", ""},
			{"Thursday", "DATE", "2022-10-27", ""},
			{"this year", "DATE", "2022", ""},
			{"2021", "DATE", "2021", ""},
			{"the first half of this year", "DATE", "2022-H1", ""},
			{"2017", "DATE", "2017", ""},
			{"twice a year", "SET", "P1Y", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"the end of next year", "DATE", "2023", "END"},
			{"at least 10 hours", "DURATION", "PT10H", "EQUAL_OR_MORE"},
			{"November", "DATE", "2022-11", ""},
			{"2019", "DATE", "2019", ""},
		}},
	{"nyt-wildfire-rebuild", "2026-02-18", `OAK HOLLOW, Calif. — The evacuation order arrived by text message at 4:05 a.m. on Sept. 8, 2020, when the fire was already burning on the ridge above town. Most of the 3,200 residents got out with what they could carry. By that evening, 840 homes were gone.

More than five years later, fewer than half have been rebuilt.

Lupe Serrano, 66, moved back into her house on Cedar Court last spring, after more than four years in a rented apartment in Chico. She rebuilt on the same lot, with a metal roof and a 100-foot ring of gravel where her roses used to be.

"I wanted to come home," she said last week, "but home is different now."

The slow pace has many causes. Insurance payouts were delayed for months. Construction costs rose about 40 percent between 2020 and 2023. And in the summer of 2022, the state classified the entire town as a very high fire-hazard zone, which tightened building rules and led two major insurers to stop writing new policies here.

Town officials say the worst is behind them. The county approved 73 building permits in Oak Hollow in 2025, the most since the fire, and a new elementary school is scheduled to open in August.

But the ridge above town is green again, and fire scientists say the brush that fueled the 2020 blaze will have fully grown back within a decade.

The town council will vote next Tuesday on a plan to clear a 300-foot firebreak along the ridge. It would take three years to complete.`,
		[]hoGold{
			{"4:05 a.m.", "TIME", "2020-09-08T04:05", ""},
			{"Sept. 8, 2020", "DATE", "2020-09-08", ""},
			{"that evening", "TIME", "2020-09-08TEV", ""},
			{"More than five years", "DURATION", "P5Y", "MORE_THAN"},
			{"last spring", "DATE", "2025-SP", ""},
			{"more than four years", "DURATION", "P4Y", "MORE_THAN"},
			{"last week", "DATE", "2026-W07", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"months", "DURATION", "PXM", ""},
			{"2020", "DATE", "2020", ""},
			{"2023", "DATE", "2023", ""},
			{"the summer of 2022", "DATE", "2022-SU", ""},
			{"2025", "DATE", "2025", ""},
			{"August", "DATE", "2026-08", ""},
			{"2020", "DATE", "2020", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"next Tuesday", "DATE", "2026-02-24", ""},
			{"three years", "DURATION", "P3Y", ""},
		}},
	{"reuters-axle-turnaround", "2013-10-24", `TOLEDO, Ohio (Reuters) - Five years after it came close to bankruptcy, auto parts maker Marwick Axle Corp on Thursday reported its biggest profit since 2007, helped by a rebound in U.S. truck sales.

Net income rose to $48 million, or 91 cents a share, in the third quarter, from $29 million, or 55 cents a share, a year earlier. Revenue climbed 14 percent to $1.1 billion, beating analysts' estimates.

The results mark a striking turnaround for a company that in the fall of 2008 had less than two weeks of cash on hand. On Dec. 4, 2008, Marwick's board voted to lay off 2,600 workers, nearly half its staff, and close plants in Indiana and Michigan.

"There was a night that December when I didn't think we would make payroll," Chief Executive Ruth Danner, who joined the company as finance chief in 2006, told Reuters in an interview.

The company survived on a $250 million loan from its banks, which it finished repaying early last year. It has since rehired about 1,100 workers and reopened the Indiana plant.

Marwick raised its forecast and now expects 2013 revenue of $4.3 billion to $4.4 billion. It said it would spend about $90 million a year over the next three years to expand capacity at its plant in Saltillo, Mexico.

Shares of Marwick rose 6 percent to $37.20 on the New York Stock Exchange. The stock has nearly tripled over the past 12 months.`,
		[]hoGold{
			{"Five years", "DURATION", "P5Y", ""},
			{"Thursday", "DATE", "2013-10-24", ""},
			{"2007", "DATE", "2007", ""},
			{"the third quarter", "DATE", "2013-Q3", ""},
			{"a year earlier", "DATE", "2012-Q3", ""},
			{"the fall of 2008", "DATE", "2008-FA", ""},
			{"less than two weeks", "DURATION", "P2W", "LESS_THAN"},
			{"Dec. 4, 2008", "DATE", "2008-12-04", ""},
			{"that December", "DATE", "2008-12", ""},
			{"2006", "DATE", "2006", ""},
			{"early last year", "DATE", "2012", "START"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2013", "DATE", "2013", ""},
			{"a year", "SET", "P1Y", ""},
			{"the next three years", "DURATION", "P3Y", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
		}},
	{"nyt-exoneration-angola", "2016-03-02", `SHREVEPORT, La. — Darnell Hollis was 19 when he was arrested on the morning of July 30, 1993, for a liquor store robbery he has always said he did not commit. On Monday, he walked out of the Louisiana State Penitentiary at Angola a 41-year-old man, after more than 22 years behind bars.

A state judge vacated his conviction last month after prosecutors acknowledged that a key witness had recanted in 1997 and that the district attorney's office never disclosed the recantation to the defense.

"I missed my whole twenties and thirties," Mr. Hollis said Tuesday, sitting in his sister's kitchen. "I'm trying not to think about that. I'm trying to think about what comes next."

The robbery took place on the night of July 28, 1993. Mr. Hollis, his family says, spent that night at a cousin's house across town. The clerk, who was shot in the arm, told detectives the next day that the gunman wore a red cap. Two days later, a neighbor told the police she had seen Mr. Hollis in a red cap that week.

The trial lasted three days. The jury deliberated for about two hours.

Mr. Hollis's lawyers filed their first appeal in 1995. Over the next two decades, they filed nine more. Each was denied.

The Innocence Project New Orleans took up the case in 2011. It is now seeking compensation from the state, which pays the wrongfully convicted $25,000 a year for up to 10 years.

Prosecutors have until April 15 to decide whether to retry him. The district attorney said Wednesday that his office was reviewing the case "carefully and quickly."`,
		[]hoGold{
			{"July 30, 1993", "DATE", "1993-07-30", ""},
			{"Monday", "DATE", "2016-02-29", ""},
			{"more than 22 years", "DURATION", "P22Y", "MORE_THAN"},
			{"last month", "DATE", "2016-02", ""},
			{"1997", "DATE", "1997", ""},
			{"Tuesday", "DATE", "2016-03-01", ""},
			{"July 28, 1993", "DATE", "1993-07-28", ""},
			{"that night", "TIME", "1993-07-28TNI", ""},
			{"the next day", "DATE", "1993-07-29", ""},
			{"Two days", "DURATION", "P2D", ""},
			{"that week", "DATE", "1993-W30", ""},
			{"three days", "DURATION", "P3D", ""},
			{"about two hours", "DURATION", "PT2H", "APPROX"},
			{"1995", "DATE", "1995", ""},
			{"the next two decades", "DURATION", "P20Y", ""},
			{"2011", "DATE", "2011", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"a year", "SET", "P1Y", ""},
			{"up to 10 years", "DURATION", "P10Y", "EQUAL_OR_LESS"},
			{"April 15", "DATE", "2016-04-15", ""},
			{"Wednesday", "DATE", "2016-03-02", ""},
		}},
	{"numbers-select-board-count", "2019-03-07", `HARTWELL, Vt. — Janet Oduya kept her seat on the Hartwell select board by 35 votes, finishing with 2,019 votes to 1,984 for challenger Paul Brennan, according to the certified count.

A third candidate, Miriam Salas, drew 412 votes. There were also 203 write-ins, most of them for a local dog named Biscuit, and 18 spoiled ballots. Turnout was 63.1 percent of the town's 7,350 registered voters, the clerk's office said.

Brennan carried Ward 1, 751 to 702, and Ward 2, 693 to 629, but Oduya's 148-vote margin in Ward 3, where she won 688 to 540, was enough.

Oduya, 54, a retired nurse who lives at 1918 Ridge Road, thanked about 60 volunteers at the Grange hall at 2200 Main Street. "Two thousand and nineteen people trusted me," she said. "I'm not going to let them down."

Brennan, 38, a contractor, said he would not seek a recount, which state law allows when the margin is under 2 percent of the votes cast. A recount would cost the town an estimated $4,800.

Voters also approved a $1.35 million bond for a new fire station on Route 1776, 2,604 to 1,811, and rejected a proposal to raise the speed limit on Depot Street to 35 mph, 1,297 to 3,022.

Brennan said he plans to stay involved. "I'll be at every meeting," he said. "Row two, seat 14."`,
		[]hoGold{}},
	{"numbers-chess-open", "2022-07-05", `CLEVELAND — A 13-year-old from Lakewood won the Ohio Open chess championship outright, scoring 7 1/2 points from nine games and finishing a full point ahead of a field of 214 players.

Priya Raman, rated 2,019 entering the event, beat three masters along the way, including the top seed, International Master Dmitri Volkov, 41, who is rated 2,487. Her performance rating for the event was 2,406, according to figures posted by the organizers.

"I just tried to play solid moves," said Raman, who learned the game at age 6 at the public library branch at 1776 Detroit Avenue. "Against Volkov I was worse for a long way, but he let me back in."

Three players tied for second with 6 1/2 points: Volkov; Marcus Bell, 17, of Akron; and Elena Sokolova, 63, a retired engineer from Dayton who has won the title four times.

The tournament, held at the Hilton at 1300 Euclid Avenue, paid out $18,500 in prizes, with $3,000 to the winner. Entry cost $95 for adults and $45 for juniors.

The 214 entrants came from 11 states and ranged in age from 8 to 87. The oldest, Walter Higgins of Sandusky, scored 4 points and drew with two players rated above 2,100.

The result lifts Raman's rating to 2,061 and makes her the youngest champion in the event's history. She is ranked No. 3 nationally among girls 13 and under.`,
		[]hoGold{}},
	{"guardian-sewage-outfall", "2024-08-15", `A water company that promised in 2019 to end routine sewage spills by 2025 discharged untreated waste into a single Gloucestershire stream for more than 2,100 hours last year, according to data obtained by the Guardian.

The outfall at Ashcombe, which serves about 6,000 homes, spilled 312 times in 2023 – more than any other site operated by Severnside Water. In the first half of this year it spilled a further 94 times, the figures show.

Residents first complained about the outfall in the summer of 2012, when dead fish began appearing downstream after heavy rain. The Environment Agency investigated the following year but took no action.

"We've been writing letters for 12 years," said Jenny Carlisle, 59, who chairs the Friends of Ashcombe Brook. "My grandchildren have never been allowed to paddle in it."

Severnside said on Wednesday that it had invested £40m in the area over the past five years and that a storage tank at Ashcombe would be completed by the end of 2026, 12 months behind schedule. It said spills had fallen 18% in the second quarter compared with a year earlier.

But campaigners point out that the company's own records show the outfall spilled every day for three weeks in March, when rainfall in the county was nearly double the average.

The regulator Ofwat is expected to publish its final decision on the company's spending plans in December. Severnside has asked to raise bills by 34% by 2030.

A spokesperson for the Department for Environment, Food and Rural Affairs said the government would set out new rules for water companies before the end of the year.`,
		[]hoGold{
			{"2019", "DATE", "2019", ""},
			{"2025", "DATE", "2025", ""},
			{"more than 2,100 hours", "DURATION", "PT2100H", "MORE_THAN"},
			{"last year", "DATE", "2023", ""},
			{"2023", "DATE", "2023", ""},
			{"the first half of this year", "DATE", "2024-H1", ""},
			{"the summer of 2012", "DATE", "2012-SU", ""},
			{"the following year", "DATE", "2013", ""},
			{"12 years", "DURATION", "P12Y", ""},
			{"Wednesday", "DATE", "2024-08-14", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"the end of 2026", "DATE", "2026", "END"},
			{"12 months", "DURATION", "P12M", ""},
			{"the second quarter", "DATE", "2024-Q2", ""},
			{"a year earlier", "DATE", "2023-Q2", ""},
			{"every day", "SET", "P1D", ""},
			{"three weeks", "DURATION", "P3W", ""},
			{"March", "DATE", "2024-03", ""},
			{"December", "DATE", "2024-12", ""},
			{"2030", "DATE", "2030", ""},
			{"the end of the year", "DATE", "2024", "END"},
		}},
	{"npr-plant-explosion-40", "2019-11-05", `For 40 years, the people of Velma, Texas, have gathered every Nov. 2 outside First Baptist Church. The bell rings 23 times, once for each worker killed when the Gulfstar chemical plant exploded on Nov. 2, 1979.

This year, for the first time, the company that now owns the site sent a representative.

"It took them four decades to show up," said Royce Dunlap, 81, who was working on the loading dock when the blast threw him 30 feet. He spent the next six months in a burn unit in Galveston.

The explosion, caused by a leaking valve on a storage tank, was felt 20 miles away. Within hours, state and federal investigators were on the scene. A report released in the spring of 1980 blamed the company for ignoring repeated warnings, but no one was ever charged.

Families sued. The last of those lawsuits was settled in 1991, 12 years after the blast, for an undisclosed sum.

Velma has since become something of a case study for safety regulators. The federal process safety standard adopted in 1992 cites the Gulfstar disaster in its preamble.

On Saturday, about 200 people stood in the rain outside the church. Dunlap sat in the front row, next to the widow of his old supervisor, who is 96.

The current owner, a Houston-based refiner that bought the site in 2014, said in a statement on Monday that it plans to dismantle the last of the original tanks next year and build a memorial garden by 2022.

"That's nice," Dunlap said. "I'd like to be here to see it."`,
		[]hoGold{
			{"40 years", "DURATION", "P40Y", ""},
			{"every Nov. 2", "SET", "XXXX-11-02", ""},
			{"Nov. 2, 1979", "DATE", "1979-11-02", ""},
			{"This year", "DATE", "2019", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"four decades", "DURATION", "P40Y", ""},
			{"the next six months", "DURATION", "P6M", ""},
			{"hours", "DURATION", "PTXH", ""},
			{"the spring of 1980", "DATE", "1980-SP", ""},
			{"1991", "DATE", "1991", ""},
			{"12 years", "DURATION", "P12Y", ""},
			{"1992", "DATE", "1992", ""},
			{"Saturday", "DATE", "2019-11-02", ""},
			{"2014", "DATE", "2014", ""},
			{"Monday", "DATE", "2019-11-04", ""},
			{"next year", "DATE", "2020", ""},
			{"2022", "DATE", "2022", ""},
		}},
}

func TestEnglishHeldOut27(t *testing.T) { guardHeldOut(t, "English 27", enHeldOut27, "en", 0.93) }
