package extract

import "testing"

// enHeldOut23 is a blind held-out English evaluation set of 16 invented but
// realistic whole news articles (150-300 words each), each with its own DCT
// (publication date; any dateline agrees with it). The styles imitated are a
// mix of 2015-2026 journalism: AP and Reuters news of the day (legislature
// vote, quarterly results, rocket launch scrub, trial verdict, records
// investigation), The Guardian (moorland fire, swimming-baths campaign),
// NPR (cicadas, flood anniversary), Al Jazeera English (Sudan floods), The
// Hindu (Chennai water shutdown), ABC Australia (bushwalker rescue, hospital
// waits) and CBC (Halifax transit). Two articles (a basketball recap and a
// council recount) are number-heavy, with scores, tallies, prices, ages,
// street numbers and year-like numbers such as "2,019 votes", and contain no
// temporal expression at all.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3, with TimeBank 1.2 practice
// where TimeML leaves a choice: spans include determiners and modifiers but
// not leading prepositions; "N days later" / "a week after" are DURATIONs
// whose span leaves out "later"/"after"; "N years ago" and "a decade ago"
// are DATEs resolved against the DCT; "the next morning" is a DATE with the
// day's value; in "the morning of July 11" only "July 11" is tagged; money
// and passenger rates ("$1.2 million a year", "$15 an hour") make the unit a
// SET; "a two-day walk" / "a three-month state of emergency" tag "two-day" /
// "three-month" as DURATIONs; "a year earlier" in quarterly results is the
// compared quarter; "now", "currently", "right now" are PRESENT_REF and "the
// future" FUTURE_REF; vague spans ("years", "recent years", "the coming
// days/weeks/months") are DURATIONs PXY/PXD/PXW/PXM; "nearly" is APPROX.
// Ages, sports scores and names containing a date word ("Fall River",
// "Second Avenue") are not timexes. Bare weekdays resolve to the occurrence
// the tense implies, and every relative value was computed with Python's
// datetime. The set was written without reading the tagger's source, tests
// or data.
//
// First run, on the committed tagger (e748416) before any fix it prompted:
// relaxed F1 0.997, value accuracy 0.934, value F1 0.932.
var enHeldOut23 = []hoCase{
	{"ap-wisconsin-minimum-wage", "2019-03-14", `MADISON, Wis. (AP) — Wisconsin lawmakers on Thursday approved a plan to raise the state's minimum wage to $15 an hour, sending the measure to the governor, who said he would sign it early next week.

The Assembly voted 52-45 after about two hours of debate. The Senate had passed the bill on Wednesday.

"Working families have waited long enough," said state Rep. Carla Dunning, a Milwaukee Democrat who sponsored the measure. "Nobody who works hard should live in poverty."

Under the bill, the wage would rise to $10 on Jan. 1 and then climb by a dollar every year until it reaches $15 in 2025.

Business groups said the increase would hurt small employers in rural areas. The Wisconsin Grocers Association said stores in border towns could lose shoppers to competitors across the state line.

The state's minimum wage is currently $7.25, and it has not changed since 2009. Lawmakers passed a similar increase two years ago, but the previous governor vetoed it.

Advocates have spent the past three years organizing rallies at state offices and fast-food restaurants. Earlier this month, hundreds of workers marched to the Capitol.

Republicans said the bill was rushed. "We got the final language on Monday night," said Rep. Tom Hartley of Oshkosh. "That is no way to make law."

The governor's office said the signing ceremony would be held in Milwaukee.`,
		[]hoGold{
			{"Thursday", "DATE", "2019-03-14", ""},
			{"an hour", "SET", "PT1H", ""},
			{"early next week", "DATE", "2019-W12", "START"},
			{"about two hours", "DURATION", "PT2H", "APPROX"},
			{"Wednesday", "DATE", "2019-03-13", ""},
			{"Jan. 1", "DATE", "2020-01-01", ""},
			{"every year", "SET", "P1Y", ""},
			{"2025", "DATE", "2025", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"2009", "DATE", "2009", ""},
			{"two years ago", "DATE", "2017", ""},
			{"the past three years", "DURATION", "P3Y", ""},
			{"Earlier this month", "DATE", "2019-03", ""},
			{"Monday night", "TIME", "2019-03-11TNI", ""},
		}},
	{"reuters-nordhaven-q3-results", "2016-10-27", `(Reuters) - Nordhaven Foods Inc reported a 12 percent rise in third-quarter profit on Thursday, helped by strong demand for its frozen meals, and raised its earnings forecast.

Net income rose to $184 million, or 96 cents per share, from $164 million, or 85 cents per share, a year earlier. Revenue climbed 7 percent to $2.1 billion, beating analysts' average estimate of $2.04 billion, according to Thomson Reuters I/B/E/S.

The Minneapolis-based company now expects 2016 earnings of $3.70 to $3.80 per share, up from its previous forecast of $3.55 to $3.65.

"Our new product lines have done better than we planned," Chief Executive Marian Stokes said on a call with analysts. "We expect that momentum to carry into the fourth quarter."

Nordhaven has spent about $400 million over the past two years to expand plants in Iowa and Ohio. The company said on Tuesday it would close an older facility in Kansas by the end of 2017, cutting about 300 jobs.

Sales of frozen meals rose 11 percent in the quarter, while sales of snacks were flat.

Shares rose 4.2 percent to $61.15 in premarket trading. The stock had fallen about 9 percent this year through the close on Wednesday.

The company will pay a dividend of 42 cents per share on Nov. 15 to shareholders of record as of Nov. 1.`,
		[]hoGold{
			{"third-quarter", "DATE", "2016-Q3", ""},
			{"Thursday", "DATE", "2016-10-27", ""},
			{"a year earlier", "DATE", "2015-Q3", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2016", "DATE", "2016", ""},
			{"the fourth quarter", "DATE", "2016-Q4", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"Tuesday", "DATE", "2016-10-25", ""},
			{"the end of 2017", "DATE", "2017", "END"},
			{"the quarter", "DATE", "2016-Q3", ""},
			{"this year", "DATE", "2016", ""},
			{"Wednesday", "DATE", "2016-10-26", ""},
			{"Nov. 15", "DATE", "2016-11-15", ""},
			{"Nov. 1", "DATE", "2016-11-01", ""},
		}},
	{"guardian-moorland-fire", "2021-07-19", `Firefighters were still damping down a moorland fire in West Yorkshire on Monday after a blaze that started in the early hours of Sunday spread across more than 200 hectares.

Twelve households on the edge of Silsden were evacuated on Sunday afternoon and allowed to return at about 9pm, once crews had cut a firebreak. About 60 firefighters from three services then worked through Sunday night to stop the flames reaching the town.

West Yorkshire fire and rescue service said the fire was "largely under control" but warned that hotspots could flare up again in the coming days, with temperatures forecast to reach 31C on Tuesday.

"The peat is bone dry and the wind keeps changing direction," said the group manager, Dan Whitley. "Our crews have been absolutely outstanding."

The Met Office has issued an amber extreme heat warning for much of England until Thursday, and forecasters said this week could be the hottest in the country for two years.

Residents said the moor had not burned on this scale since 2018, when a fire on nearby Ilkley Moor smouldered for three weeks. Walkers have been asked to avoid the area and not to light barbecues anywhere on the moors.

Police said they were investigating whether the fire had been started deliberately and appealed for anyone who saw a vehicle parked near Silsden reservoir on Saturday night to come forward.`,
		[]hoGold{
			{"Monday", "DATE", "2021-07-19", ""},
			{"the early hours of Sunday", "TIME", "2021-07-18TNI", ""},
			{"Sunday afternoon", "TIME", "2021-07-18TAF", ""},
			{"about 9pm", "TIME", "2021-07-18T21:00", "APPROX"},
			{"Sunday night", "TIME", "2021-07-18TNI", ""},
			{"the coming days", "DURATION", "PXD", ""},
			{"Tuesday", "DATE", "2021-07-20", ""},
			{"Thursday", "DATE", "2021-07-22", ""},
			{"this week", "DATE", "2021-W29", ""},
			{"two years", "DURATION", "P2Y", ""},
			{"2018", "DATE", "2018", ""},
			{"three weeks", "DURATION", "P3W", ""},
			{"Saturday night", "TIME", "2021-07-17TNI", ""},
		}},
	{"npr-cicada-double-brood", "2024-04-24", `Billions of cicadas are about to tunnel out of the ground across the Midwest and Southeast, and scientists say the emergence this spring will be unlike anything seen in more than two centuries.

Two broods — one that surfaces every 13 years and one that appears every 17 years — will come up together, in neighboring parts of Illinois. The last time that happened was in 1803, when Thomas Jefferson was president.

"It's a rare overlap," said Gwen Alcott, an entomologist at the University of Illinois. "Most people alive now will never see it again."

The insects wait until the soil about 8 inches down warms to 64 degrees. In parts of Georgia and South Carolina, the first nymphs were spotted last week, and Alcott expects the peak in central Illinois by mid-May.

Once above ground, the adults live for about six weeks. Males sing to attract mates, and their chorus can reach 100 decibels, about as loud as a lawn mower.

Cicadas don't bite or sting, and they pose little threat to gardens, though young trees can be damaged when females lay eggs in their branches. Alcott recommends covering saplings with netting through June.

She has checked her own backyard for emergence holes every morning since Monday. "Right now I'm finding maybe two or three per square foot," she said. "By next month, it could be dozens."`,
		[]hoGold{
			{"this spring", "DATE", "2024-SP", ""},
			{"more than two centuries", "DURATION", "P200Y", "MORE_THAN"},
			{"every 13 years", "SET", "P13Y", ""},
			{"every 17 years", "SET", "P17Y", ""},
			{"1803", "DATE", "1803", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"last week", "DATE", "2024-W16", ""},
			{"mid-May", "DATE", "2024-05", "MID"},
			{"about six weeks", "DURATION", "P6W", "APPROX"},
			{"June", "DATE", "2024-06", ""},
			{"every morning", "SET", "XXXX-XX-XXTMO", ""},
			{"Monday", "DATE", "2024-04-22", ""},
			{"Right now", "DATE", "PRESENT_REF", ""},
			{"next month", "DATE", "2024-05", ""},
		}},
	{"aljazeera-sudan-floods", "2022-08-15", `Khartoum, Sudan – At least 38 people have been killed and thousands of homes destroyed after a week of heavy rain caused flooding across Sudan, officials said on Monday.

The worst damage was in River Nile state, where the Nile rose above 17 metres at Atbara on Saturday, its highest level since 1988, according to the irrigation ministry.

Residents of Al-Managil, south of the capital, said water began pouring into their homes late Friday. "We had warnings the day before, but nobody expected this," said Fatima Idris, 52, who fled with her six children. "By that evening, the whole street was a river."

The United Nations says more than 14,000 homes have been damaged or destroyed since the rains began in June. Aid agencies warn that cholera and malaria could spread in the coming weeks as stagnant water collects in low-lying neighbourhoods.

Sudan's civil defence council declared a state of emergency in six states on Sunday and appealed for international help.

Sudan sees flooding every year, but experts say the rains have grown heavier and less predictable in recent years. In 2020, floods killed more than 100 people and damaged over 100,000 homes, prompting a three-month state of emergency.

The Sudan Meteorological Authority has forecast more heavy rain for Tuesday and Wednesday, particularly in the eastern states of Kassala and Gedaref.`,
		[]hoGold{
			{"a week", "DURATION", "P1W", ""},
			{"Monday", "DATE", "2022-08-15", ""},
			{"Saturday", "DATE", "2022-08-13", ""},
			{"1988", "DATE", "1988", ""},
			{"late Friday", "DATE", "2022-08-12", "END"},
			{"the day before", "DATE", "2022-08-11", ""},
			{"that evening", "TIME", "2022-08-12TEV", ""},
			{"June", "DATE", "2022-06", ""},
			{"the coming weeks", "DURATION", "PXW", ""},
			{"Sunday", "DATE", "2022-08-14", ""},
			{"every year", "SET", "P1Y", ""},
			{"recent years", "DURATION", "PXY", ""},
			{"2020", "DATE", "2020", ""},
			{"three-month", "DURATION", "P3M", ""},
			{"Tuesday", "DATE", "2022-08-16", ""},
			{"Wednesday", "DATE", "2022-08-17", ""},
		}},
	{"hindu-chennai-water-shutdown", "2018-11-22", `CHENNAI

Residents of several localities in south Chennai will face a disruption in piped water supply for two days from Saturday as Chennai Metrowater carries out repairs on a main pipeline at Velachery, officials said on Thursday.

Supply will be suspended from 6 a.m. Saturday and is expected to resume by 10 p.m. Sunday. Areas affected include Adyar, Thiruvanmiyur, Besant Nagar and parts of Taramani.

Metrowater has arranged for 120 tanker lorries to supply water to the affected areas during the shutdown. Residents can book a tanker through the Metrowater helpline or its mobile application.

"The pipeline was laid in the 1990s and has developed leaks at three points," a senior official said. "We inspect the main trunk lines twice a year, and this stretch needs urgent attention."

The repair comes a week after a similar shutdown in Anna Nagar, which left residents without water for nearly three days when the work took longer than planned.

Consumer groups have urged the agency to give residents more notice. "Last time, we were told only a day in advance," said K. Ramesh of the Adyar Residents' Welfare Association. "Families with elderly members cannot store enough water at such short notice."

The city has received 28 cm of rain since the northeast monsoon set in last month, well below normal, adding to concerns about the reservoirs that supply Chennai.`,
		[]hoGold{
			{"two days", "DURATION", "P2D", ""},
			{"Saturday", "DATE", "2018-11-24", ""},
			{"Thursday", "DATE", "2018-11-22", ""},
			{"6 a.m. Saturday", "TIME", "2018-11-24T06:00", ""},
			{"10 p.m. Sunday", "TIME", "2018-11-25T22:00", ""},
			{"the 1990s", "DATE", "199", ""},
			{"twice a year", "SET", "P1Y", ""},
			{"a week", "DURATION", "P1W", ""},
			{"nearly three days", "DURATION", "P3D", "APPROX"},
			{"a day", "DURATION", "P1D", ""},
			{"last month", "DATE", "2018-10", ""},
		}},
	{"abc-tasmania-bushwalker-rescue", "2022-05-10", `A bushwalker who spent five days lost in Tasmania's south-west wilderness has been found alive and is recovering in Royal Hobart Hospital.

Liam Carver, 34, set out alone from the Scotts Peak car park on Wednesday morning, planning a two-day walk to Mount Anne and back.

When he failed to return, his partner raised the alarm that evening. Police and State Emergency Service volunteers began searching the next morning, but low cloud and snow kept the rescue helicopter grounded until that afternoon.

Searchers found his tent and a damaged backpack near Lake Judd on Thursday, but there was no sign of Mr Carver.

Four days later, a helicopter crew spotted him waving a red jacket on a ridge about 6 kilometres from where he had started. He was winched aboard on Monday at 11:40am.

"He was cold, he was hungry, but he was talking to us," Sergeant Amy Doyle said. "That says a lot about how he looked after himself."

Mr Carver told rescuers he had slipped on rocks not far from the track and twisted his knee, then stayed put, rationing a few muesli bars and drinking from a creek.

Tasmania Police said more than 40 people had been involved in the search over the past week.

Sergeant Doyle urged walkers to carry a personal locator beacon, which can be borrowed for free from Service Tasmania shops. "It would have made our job a lot easier," she said.`,
		[]hoGold{
			{"five days", "DURATION", "P5D", ""},
			{"Wednesday morning", "TIME", "2022-05-04TMO", ""},
			{"two-day", "DURATION", "P2D", ""},
			{"that evening", "TIME", "2022-05-04TEV", ""},
			{"the next morning", "DATE", "2022-05-05", ""},
			{"that afternoon", "TIME", "2022-05-05TAF", ""},
			{"Thursday", "DATE", "2022-05-05", ""},
			{"Four days", "DURATION", "P4D", ""},
			{"Monday", "DATE", "2022-05-09", ""},
			{"11:40am", "TIME", "2022-05-09T11:40", ""},
			{"the past week", "DURATION", "P1W", ""},
		}},
	{"cbc-halifax-rural-buses", "2017-02-14", `Halifax regional council voted Tuesday to restore bus service to three rural communities that lost their routes a decade ago, after a campaign by residents that began last spring.

Routes to Porters Lake, Fall River and Musquodoboit Harbour will start running in September, with buses every 30 minutes at peak periods. The municipality will add rural transit service for the first time since 2008. Council cut the three routes in 2007 to save about $1.2 million a year.

"People out here have been paying for transit they couldn't use," said Coun. Dana MacPhee, who represents Porters Lake. "This gives them a way to get to work without a car."

The residents' group Ride Rural collected more than 4,000 signatures over the summer and presented them to council in October. Several of its members watched from the gallery and applauded when the motion passed 14-2.

Staff estimate the new routes will cost $2.3 million a year to operate. Ridership will be reviewed after 18 months, and routes that carry fewer than 20 passengers per trip could be cut back.

Halifax Transit currently carries about 18 million passengers a year. Transit director Paul Shea said the agency would also hire 22 drivers in the coming months to deal with a shortage that has led to cancelled trips.

Council will debate the rest of the municipal budget next Tuesday.`,
		[]hoGold{
			{"Tuesday", "DATE", "2017-02-14", ""},
			{"a decade ago", "DATE", "2007", ""},
			{"last spring", "DATE", "2016-SP", ""},
			{"September", "DATE", "2017-09", ""},
			{"every 30 minutes", "SET", "PT30M", ""},
			{"2008", "DATE", "2008", ""},
			{"2007", "DATE", "2007", ""},
			{"a year", "SET", "P1Y", ""},
			{"the summer", "DATE", "2016-SU", ""},
			{"October", "DATE", "2016-10", ""},
			{"a year", "SET", "P1Y", ""},
			{"18 months", "DURATION", "P18M", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"a year", "SET", "P1Y", ""},
			{"the coming months", "DURATION", "PXM", ""},
			{"next Tuesday", "DATE", "2017-02-21", ""},
		}},
	{"ap-college-basketball-no-timex", "2020-02-08", `TOLEDO, Ohio (AP) — Jalen Moss scored 31 points, Darius Fontaine had 22 points and 11 rebounds, and Toledo beat Ball State 88-79 to improve to 14-6 and 6-1 in the Mid-American Conference.

Moss made 11 of 17 shots, including 5 of 8 from 3-point range, and went 4 for 4 from the free-throw line. Fontaine, a 6-foot-9 forward, also blocked four shots.

The Rockets shot 52.3% from the field and outrebounded the Cardinals 41-30. Toledo led by as many as 17 points before Ball State used a 12-2 run to get within 81-76, but Moss answered with a 3-pointer and two free throws.

Tavin Brooks led Ball State (10-10, 3-4) with 24 points. Kellen Ruiz scored 15 and handed out seven assists, but the Cardinals made only 9 of 26 attempts from beyond the arc and committed 16 turnovers.

"We gave up 19 points off turnovers," Ball State coach Rick Haddad said. "You can't do that against a team this good."

Moss, a 21-year-old junior from Detroit, has scored at least 20 points in six straight games and is averaging 19.8 points, second in the conference. He has 1,204 career points, 96 shy of 1,300.

A crowd of 6,412 watched at Savage Arena, which seats 7,300. Toledo has won 9 of its last 11 home games and is 3-1 in games decided by four points or fewer.

UP NEXT

Ball State: Hosts Kent State.

Toledo: At Northern Illinois.`,
		[]hoGold{}},
	{"guardian-ward-recount-no-timex", "2023-05-06", `A recount has confirmed that Labour's Priya Nair won the Riverside ward seat on Harlow council by just 19 votes.

Nair received 2,019 votes to 2,000 for the Conservative candidate, Martin Gale. The Liberal Democrat, Susan Webb, finished third with 1,487, and the Green candidate, Tom Ashby, took 590. Turnout was 31.4%, with 6,118 ballot papers issued and 22 rejected.

Gale, 58, requested the recount after the first count put the margin at 23. Staff at the count centre on 14 Second Avenue rechecked all 6,096 valid papers in bundles of 50, finding four that had been placed in the wrong pile.

"Nineteen votes is painfully close, but that's democracy and I accept it," Gale said. He polled 312 more votes than the Conservative candidate in the ward had managed at the previous contest.

The result leaves Labour with 17 of the 33 seats on the council, the Conservatives with 14 and the Liberal Democrats with two.

Nair, a 41-year-old pharmacist who runs a shop at 212 Fourth Avenue, said she would push to cut the £45 charge for garden waste bins and to reopen the branch library at 1 Rectory Lane, which closed after its running costs rose to £86,000.`,
		[]hoGold{}},
	{"reuters-munich-embezzlement-trial", "2024-06-11", `BERLIN, June 11 (Reuters) - A German court on Tuesday sentenced a former hospital accountant to eight years and six months in prison for embezzling more than 3 million euros ($3.2 million) from a Munich clinic over nearly a decade.

The Munich regional court found that the 56-year-old, identified only as Thomas K. under German privacy rules, diverted payments to shell companies he controlled between 2013 and 2022.

"The defendant showed no real remorse," presiding judge Claudia Berger said as she read out the verdict. "He treated the clinic's accounts as his own for years."

The trial opened in February and heard from 31 witnesses. Prosecutors had asked for 10 years. Defence lawyers, who had argued for a suspended sentence, said on Tuesday evening they would appeal.

The fraud came to light on Nov. 3, 2022, when a newly hired finance director noticed invoices from a cleaning firm that did not exist. The accountant was arrested the following week at his home near Rosenheim and has been in custody ever since.

The clinic said it had recovered about 1.1 million euros so far and was pursuing civil claims for the rest. Its chief executive, Ulrike Sander, said internal controls had been overhauled.

Under German law, the defendant could be eligible for early release after serving two-thirds of his sentence.

($1 = 0.9310 euros)`,
		[]hoGold{
			{"June 11", "DATE", "2024-06-11", ""},
			{"Tuesday", "DATE", "2024-06-11", ""},
			{"eight years and six months", "DURATION", "P8Y6M", ""},
			{"nearly a decade", "DURATION", "P10Y", "APPROX"},
			{"2013", "DATE", "2013", ""},
			{"2022", "DATE", "2022", ""},
			{"years", "DURATION", "PXY", ""},
			{"February", "DATE", "2024-02", ""},
			{"10 years", "DURATION", "P10Y", ""},
			{"Tuesday evening", "TIME", "2024-06-11TEV", ""},
			{"Nov. 3, 2022", "DATE", "2022-11-03", ""},
			{"the following week", "DATE", "2022-W45", ""},
		}},
	{"ap-pennsylvania-dam-records", "2025-10-08", `HARRISBURG, Pa. (AP) — Seven months before an earthen dam gave way in rural Pennsylvania, state inspectors flagged seepage at its base and told the owner to hire an engineer, according to records obtained by The Associated Press.

The warning, in a report dated Feb. 12, was never followed up. The owner, a private hunting club, said it did not receive the letter until late March and had struggled to find an engineer willing to take the job.

The dam, built in the 1950s, collapsed at about 3:50 a.m. on Sept. 27 after nearly 5 inches of rain fell in 24 hours, sending a wall of water into the village of Millbrook. Two people died and 40 homes were damaged.

"We had no idea anything was wrong up there," said Ray Kessler, 67, whose house was pushed off its foundation. "Nobody told us a thing."

The Department of Environmental Protection inspects high-hazard dams once a year, but it has only 11 inspectors for more than 3,000 dams, a shortage that has grown over the past decade, agency data show.

In a statement Tuesday, the department said it had opened a review of the case and would release its findings within 60 days. A spokesperson for the governor said he would ask lawmakers to fund 10 more inspector positions next year.

Residents are scheduled to meet with state officials on Thursday night at the Millbrook fire hall. Many of them are still living with relatives.`,
		[]hoGold{
			{"Seven months", "DURATION", "P7M", ""},
			{"Feb. 12", "DATE", "2025-02-12", ""},
			{"late March", "DATE", "2025-03", "END"},
			{"the 1950s", "DATE", "195", ""},
			{"about 3:50 a.m.", "TIME", "2025-09-27T03:50", "APPROX"},
			{"Sept. 27", "DATE", "2025-09-27", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"once a year", "SET", "P1Y", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"Tuesday", "DATE", "2025-10-07", ""},
			{"60 days", "DURATION", "P60D", ""},
			{"next year", "DATE", "2026", ""},
			{"Thursday night", "TIME", "2025-10-09TNI", ""},
		}},
	{"ap-cape-canaveral-scrub", "2018-01-30", `CAPE CANAVERAL, Fla. (AP) — A commercial rocket carrying a weather satellite for Japan was grounded Tuesday night, just before liftoff, when a sensor detected a problem with one of its engines.

The countdown stopped at 6:42 p.m., and the launch team began draining the fuel tanks about an hour later. The company said it would try again Friday.

"Our computers did exactly what they're designed to do," launch director Karen Wills told reporters. "We'd rather scrub than take a chance with a customer's satellite."

It was the second delay this month. The first attempt, on Jan. 18, was called off because of high winds over the Atlantic.

The satellite, built by Mitsubishi Electric, is designed to operate for 15 years from an orbit about 22,000 miles above the equator. It will replace a spacecraft launched in 2006 that is running low on fuel.

The launch would be the company's fifth from Florida since last summer. It has flown 24 missions since its first flight in 2010, with one failure.

Air Force forecasters put the odds of acceptable weather on Friday at 70 percent.`,
		[]hoGold{
			{"Tuesday night", "TIME", "2018-01-30TNI", ""},
			{"6:42 p.m.", "TIME", "2018-01-30T18:42", ""},
			{"about an hour", "DURATION", "PT1H", "APPROX"},
			{"Friday", "DATE", "2018-02-02", ""},
			{"this month", "DATE", "2018-01", ""},
			{"Jan. 18", "DATE", "2018-01-18", ""},
			{"15 years", "DURATION", "P15Y", ""},
			{"2006", "DATE", "2006", ""},
			{"last summer", "DATE", "2017-SU", ""},
			{"2010", "DATE", "2010", ""},
			{"Friday", "DATE", "2018-02-02", ""},
		}},
	{"guardian-sheffield-baths-campaign", "2026-02-20", `Campaigners fighting to save a Victorian swimming baths in Sheffield say they have raised £250,000 in less than a month, after the city council confirmed it would close the building at the end of March.

Friends of Hillsborough Baths launched a crowdfunding appeal on 23 January, a day after councillors voted to shut the pool to save £400,000 a year. By Wednesday night the total had passed its first target.

"People have been giving £5, £10, whatever they can," said Joanne Pryce, who has swum there every Friday morning for 30 years. "This place is the heart of the community."

The baths opened in 1904 and were last refurbished in the 1980s. A council survey last autumn found the roof and boilers needed about £3m of repairs.

Campaigners held a "swim-in" over the weekend, with more than 300 people taking part, and plan to present a petition to the full council on 4 March. They want a community trust to take over the building and have approached a national charity for advice.

A council spokesperson said the authority remained open to proposals but that its budget was "under enormous pressure". Councils across England have closed dozens of public pools in recent years as energy costs have soared.

The group hopes to publish a business plan in the coming weeks.`,
		[]hoGold{
			{"less than a month", "DURATION", "P1M", "LESS_THAN"},
			{"the end of March", "DATE", "2026-03", "END"},
			{"23 January", "DATE", "2026-01-23", ""},
			{"a day", "DURATION", "P1D", ""},
			{"a year", "SET", "P1Y", ""},
			{"Wednesday night", "TIME", "2026-02-18TNI", ""},
			{"every Friday morning", "SET", "XXXX-WXX-5TMO", ""},
			{"30 years", "DURATION", "P30Y", ""},
			{"1904", "DATE", "1904", ""},
			{"the 1980s", "DATE", "198", ""},
			{"last autumn", "DATE", "2025-FA", ""},
			{"the weekend", "DATE", "2026-W07-WE", ""},
			{"4 March", "DATE", "2026-03-04", ""},
			{"recent years", "DURATION", "PXY", ""},
			{"the coming weeks", "DURATION", "PXW", ""},
		}},
	{"abc-queensland-ed-waits", "2023-11-06", `Patients arriving at Queensland's busiest emergency departments are waiting longer than at any point in the past five years, new figures show.

Data released by Queensland Health on Monday shows only 54 per cent of emergency patients were seen within the recommended time in the September quarter, down from 61 per cent a year earlier.

At Gold Coast University Hospital, patients admitted through the emergency department currently wait a median of seven hours for a ward bed.

"We have ambulances lined up outside again and again, and patients being treated in corridors," said Kate Veach, a senior nurse at the hospital. "Staff are exhausted."

The Health Minister said the state had opened 300 new beds since January and would add another 450 by the middle of next year.

The Australian Medical Association Queensland said the pressure on hospitals would only grow in the future unless the state trained and kept more staff. Queensland's population has grown by almost 200,000 people over the past two years, much of it in the south-east.

Hospital performance figures are published four times a year. The next update is due in early February.`,
		[]hoGold{
			{"the past five years", "DURATION", "P5Y", ""},
			{"Monday", "DATE", "2023-11-06", ""},
			{"the September quarter", "DATE", "2023-Q3", ""},
			{"a year earlier", "DATE", "2022-Q3", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"seven hours", "DURATION", "PT7H", ""},
			{"January", "DATE", "2023-01", ""},
			{"the middle of next year", "DATE", "2024", "MID"},
			{"the future", "DATE", "FUTURE_REF", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"four times a year", "SET", "P1Y", ""},
			{"early February", "DATE", "2024-02", "START"},
		}},
	{"npr-barre-flood-anniversary", "2024-07-10", `BARRE, Vt. — One year ago, floodwaters filled the streets of downtown Barre up to the windows of its shops. Most of the storefronts on Main Street have since reopened, but some owners say they are still paying for the damage.

Heavy rain began falling on July 10, 2023, and kept up for nearly two days. By the morning of July 11, the Stevens Branch had risen more than 12 feet and spilled into the center of town.

Sandra Pike, who has owned a bakery on Main Street since 2009, spent the following week shoveling mud out of her basement. "We lost two ovens, the walk-in cooler, everything," she said. She reopened in October, but only after taking out a $150,000 loan she will be repaying for 10 years.

The city estimates the flood caused $30 million in damage to public property. FEMA has reimbursed about half of that so far, according to city manager Mark Ellery.

Ellery said the city is currently studying a flood wall along the river, which also overflowed in 1927 and 1992. "We can't keep rebuilding the same blocks," he said.

Forecasters are watching a storm system that could bring more heavy rain to central Vermont on Thursday and Friday, and some shop owners have already moved stock to upper floors.

On Saturday, the city will mark the anniversary with a street festival, with music, food trucks and a memorial for the two residents who died in the flood.`,
		[]hoGold{
			{"One year ago", "DATE", "2023", ""},
			{"July 10, 2023", "DATE", "2023-07-10", ""},
			{"nearly two days", "DURATION", "P2D", "APPROX"},
			{"July 11", "DATE", "2023-07-11", ""},
			{"2009", "DATE", "2009", ""},
			{"the following week", "DATE", "2023-W29", ""},
			{"October", "DATE", "2023-10", ""},
			{"10 years", "DURATION", "P10Y", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"1927", "DATE", "1927", ""},
			{"1992", "DATE", "1992", ""},
			{"Thursday", "DATE", "2024-07-11", ""},
			{"Friday", "DATE", "2024-07-12", ""},
			{"Saturday", "DATE", "2024-07-13", ""},
		}},
}

func TestEnglishHeldOut23(t *testing.T) { guardHeldOut(t, "English 23", enHeldOut23, "en", 0.95) }
