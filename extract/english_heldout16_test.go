package extract

import "testing"

// enHeldOut16 is the sixteenth blind English held-out set: 16 invented but
// realistic whole articles (150-300 words each) about narrative time, written
// in the styles of AP, Reuters, The New York Times, The Washington Post, the
// Los Angeles Times, BBC News and The Guardian, with publication dates (DCTs)
// from 1993 to 2024. The stories reconstruct a night or a week (a tornado, a
// wildfire, a bank rescue weekend, a lost boy, a missing walker), report trial
// testimony and official investigations, and retell events of years ago in
// obituaries and anniversary pieces, so most dates point to other dates of the
// story ("that night", "the next morning", "two days later", "the following
// week", weekdays of the story's week, clock times of the day last narrated,
// months and days without a year inside a story set in an earlier year). Two
// articles (a basketball recap and a council by-election result) are
// number-heavy and contain no temporal expression at all.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 conventions with TimeBank 1.2
// practice where TimeML leaves a choice: spans keep determiners and modifiers
// but not leading prepositions; "N days later/earlier" is a DURATION whose span
// leaves "later"/"earlier" out; "N years ago" is a DATE resolved against the
// DCT; "the next morning"/"the following day" are DATEs with the day's value;
// in "the morning of March 10, 2008" only the date is tagged; "a year earlier"
// in quarterly results is the compared quarter; "now" is PRESENT_REF; bare
// weekdays resolve to the occurrence the text means, and every relative value
// was computed with Python's datetime. Ages, scores, prices, street numbers
// and year-like counts are not timexes. The set was written blind, without
// reading the tagger's source, tests, data or documentation.
//
// First run, on the committed tagger (d6b7f33) before any fix it prompted:
// relaxed F1 0.983, value accuracy 0.871, value F1 0.856.
var enHeldOut16 = []hoCase{
	{"ap-tornado-night", "2012-04-20", `CARVER SPRINGS, Kan. (AP) — The sirens in this town of 1,800 sounded at 9:12 p.m. Tuesday. Eleven minutes later, the tornado was on Main Street.

By the time it lifted, around 9:40 p.m., it had cut a path half a mile wide through the east side of town, destroyed 140 homes and killed four people, according to the Kansas Division of Emergency Management.

Interviews with survivors, dispatchers and forecasters show how the night unfolded.

The National Weather Service had warned of severe storms since Sunday, and a tornado watch was issued at 4 p.m. Tuesday for much of south-central Kansas. Earlier that day, school officials had sent children home an hour early.

At 9:05 p.m., a storm spotter radioed that a funnel had touched down west of town. Dispatcher Carla Renner, 31, was alone at the console. "I hit the sirens and didn't let go," she said.

Marvin and Judy Pruett, both 72, rode out the storm in a basement closet. "It sounded like a freight train for about two minutes," Judy Pruett said Thursday. "Then it was quiet, and the roof was gone."

Rescuers worked through the night with flashlights and chain saws. The last survivor, a 9-year-old boy, was pulled from the rubble of a duplex at 6:40 a.m. Wednesday.

The governor toured the damage Wednesday afternoon and declared a disaster area in three counties.

Mayor Dale Oakes said cleanup would take months. Power should be restored to most homes by early next week, Westar Energy said.`,
		[]hoGold{
			{"9:12 p.m. Tuesday", "TIME", "2012-04-17T21:12", ""},
			{"Eleven minutes", "DURATION", "PT11M", ""},
			{"around 9:40 p.m.", "TIME", "2012-04-17T21:40", "APPROX"},
			{"the night", "TIME", "2012-04-17TNI", ""},
			{"Sunday", "DATE", "2012-04-15", ""},
			{"4 p.m. Tuesday", "TIME", "2012-04-17T16:00", ""},
			{"Earlier that day", "DATE", "2012-04-17", ""},
			{"an hour", "DURATION", "PT1H", ""},
			{"9:05 p.m.", "TIME", "2012-04-17T21:05", ""},
			{"about two minutes", "DURATION", "PT2M", "APPROX"},
			{"Thursday", "DATE", "2012-04-19", ""},
			{"the night", "TIME", "2012-04-17TNI", ""},
			{"6:40 a.m. Wednesday", "TIME", "2012-04-18T06:40", ""},
			{"Wednesday afternoon", "TIME", "2012-04-18TAF", ""},
			{"months", "DURATION", "PXM", ""},
			{"early next week", "DATE", "2012-W17", "START"},
		}},
	{"reuters-insider-trial", "2010-10-14", `NEW YORK, Oct 14 (Reuters) - A former trader at hedge fund Brightwater Capital told jurors on Wednesday that his boss ordered him to buy shares of a drug maker hours before a takeover was announced in March 2008.

Daniel Kessler, 38, testifying in Manhattan federal court, said portfolio manager Raymond Oduya called him from a car on the morning of March 10, 2008, and told him to "load up" on Venari Pharmaceuticals stock.

"He said we had until the close," Kessler said. "He said it twice."

The purchase of 400,000 shares was completed that afternoon. The following morning, Venari agreed to be acquired for $41 a share, and its stock jumped 62 percent.

Kessler told jurors that two days later Oduya asked him to delete every text message from that Monday. He said he refused and kept copies on a personal laptop for more than two years before turning them over to the FBI in June 2010 under a cooperation agreement.

Oduya, 51, has pleaded not guilty to securities fraud and conspiracy charges. He faces up to 20 years in prison on the most serious count.

Under cross-examination, defense lawyer Ellen Marsh noted that Kessler had lied to investigators twice in 2009. "You've been lying for years, haven't you?" she asked.

"Not since last year," Kessler replied.

The trial, which began Oct 4, is expected to last three weeks. Kessler returns to the stand on Monday.`,
		[]hoGold{
			{"Oct 14", "DATE", "2010-10-14", ""},
			{"Wednesday", "DATE", "2010-10-13", ""},
			{"hours", "DURATION", "PTXH", ""},
			{"March 2008", "DATE", "2008-03", ""},
			{"March 10, 2008", "DATE", "2008-03-10", ""},
			{"that afternoon", "TIME", "2008-03-10TAF", ""},
			{"The following morning", "DATE", "2008-03-11", ""},
			{"two days", "DURATION", "P2D", ""},
			{"that Monday", "DATE", "2008-03-10", ""},
			{"more than two years", "DURATION", "P2Y", "MORE_THAN"},
			{"June 2010", "DATE", "2010-06", ""},
			{"up to 20 years", "DURATION", "P20Y", "EQUAL_OR_LESS"},
			{"2009", "DATE", "2009", ""},
			{"years", "DURATION", "PXY", ""},
			{"last year", "DATE", "2009", ""},
			{"Oct 4", "DATE", "2010-10-04", ""},
			{"three weeks", "DURATION", "P3W", ""},
			{"Monday", "DATE", "2010-10-18", ""},
		}},
	{"nyt-obit-saxophonist", "1997-06-12", `Harold (Buddy) Lanier, a tenor saxophonist whose husky ballads anchored the house band at the Blue Lantern in Harlem for three decades, died on Tuesday at his home in Manhattan. He was 78.

The cause was heart failure, said his daughter, Denise Lanier-Watts.

Mr. Lanier was born on Nov. 2, 1918, in Richmond, Va., and moved to New York with his mother in 1931. He bought his first saxophone at 14 with money earned shining shoes on Lenox Avenue, and by the late 1930's he was sitting in at after-hours clubs uptown.

After serving in the Army from 1942 to 1945, he recorded a handful of sides for small labels. The best known, "Lantern Light," was cut in early 1949 and sold 200,000 copies.

He joined the Blue Lantern band in 1953 and stayed until the club closed in 1981. For most of his tenure he played six nights a week, and he rarely missed the club's jam sessions on Monday nights.

"He thought a ballad should take as long as it needed," the pianist Cyril Mays said yesterday. "Three minutes, ten minutes, it didn't matter to Buddy."

In the 1980's he taught at a community music school in the Bronx. He performed in public for the last time in April, at a benefit concert at Town Hall.

In addition to his daughter, he is survived by a son, Harold Jr., of Philadelphia; a sister, Mae Harris, of Richmond, and four grandchildren.`,
		[]hoGold{
			{"three decades", "DURATION", "P30Y", ""},
			{"Tuesday", "DATE", "1997-06-10", ""},
			{"Nov. 2, 1918", "DATE", "1918-11-02", ""},
			{"1931", "DATE", "1931", ""},
			{"the late 1930's", "DATE", "193", "END"},
			{"1942", "DATE", "1942", ""},
			{"1945", "DATE", "1945", ""},
			{"early 1949", "DATE", "1949", "START"},
			{"1953", "DATE", "1953", ""},
			{"1981", "DATE", "1981", ""},
			{"six nights a week", "SET", "P1W", ""},
			{"Monday nights", "SET", "XXXX-WXX-1TNI", ""},
			{"yesterday", "DATE", "1997-06-11", ""},
			{"Three minutes", "DURATION", "PT3M", ""},
			{"ten minutes", "DURATION", "PT10M", ""},
			{"the 1980's", "DATE", "198", ""},
			{"April", "DATE", "1997-04", ""},
		}},
	{"wapo-ice-storm-anniversary", "2006-02-12", `Ten years ago, the Washington region woke up encased in ice.

The storm began as a cold drizzle on the afternoon of Feb. 8, 1996. By 11 p.m., power lines were snapping across Montgomery and Fairfax counties under the weight of frozen branches. By the next morning, 600,000 households were without electricity, and some of them stayed that way for eight days.

Federal offices closed on Friday and again the following Monday. Schools in Prince George's County did not reopen until Feb. 20.

"We ate cold cereal by candlelight for a week," recalled Linda Amato, now a fourth-grade teacher in Silver Spring. "My dad kept promising the lights would come back. We stopped believing him."

The storm killed nine people, most of them in traffic accidents, and caused an estimated $410 million in damage. Pepco, which took the brunt of the criticism, later acknowledged that it had cut its tree-trimming budget by a third in the early 1990s.

Since then, utilities in the region have spent more than $300 million clearing branches from lines and burying cables. Pepco says the average outage in its territory now lasts 94 minutes, compared with about 11 hours in 1996.

Still, engineers warn that the region's aging overhead lines remain vulnerable. "An ice storm is the worst case for us," said Pepco spokeswoman Marcia Ledbetter. "It's not a question of if. It's a question of when."`,
		[]hoGold{
			{"Ten years ago", "DATE", "1996", ""},
			{"Feb. 8, 1996", "DATE", "1996-02-08", ""},
			{"11 p.m.", "TIME", "1996-02-08T23:00", ""},
			{"the next morning", "DATE", "1996-02-09", ""},
			{"eight days", "DURATION", "P8D", ""},
			{"Friday", "DATE", "1996-02-09", ""},
			{"the following Monday", "DATE", "1996-02-12", ""},
			{"Feb. 20", "DATE", "1996-02-20", ""},
			{"a week", "DURATION", "P1W", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the early 1990s", "DATE", "199", "START"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"94 minutes", "DURATION", "PT94M", ""},
			{"about 11 hours", "DURATION", "PT11H", "APPROX"},
			{"1996", "DATE", "1996", ""},
		}},
	{"lat-er-wait-investigation", "2014-08-17", `When Maria Espinoza arrived at the emergency room of Valley Crest Medical Center in Van Nuys in the early morning of June 3, she told a triage nurse she had the worst headache of her life.

She waited more than six hours to see a doctor. By the time a CT scan showed bleeding in her brain, it was 11:20 a.m. She died two days later at a hospital in Encino. She was 46.

A Times investigation found that Espinoza's case was not unusual. An analysis of state records shows that patients at Valley Crest waited a median of 4 hours 12 minutes to see a physician in 2013, more than twice the statewide figure. Over the past five years, at least 14 patients have died after waiting more than four hours, according to records and interviews.

Internal emails obtained by The Times show that hospital administrators were warned about staffing shortages as early as September 2011. On weekends, a single physician often covered the entire emergency department.

Hospital spokesman Kevin Lusk said Friday that the center had hired six emergency physicians since January and now sees most patients in less than an hour.

"We have made real changes," Lusk said. "Any delay is one too many."

Espinoza's family filed a wrongful-death lawsuit last month in Los Angeles County Superior Court, alleging negligence.

Her husband, Rafael, said he still replays that morning. "She kept asking me what time it was," he said. "I didn't know what to tell her."`,
		[]hoGold{
			{"June 3", "DATE", "2014-06-03", ""},
			{"more than six hours", "DURATION", "PT6H", "MORE_THAN"},
			{"11:20 a.m.", "TIME", "2014-06-03T11:20", ""},
			{"two days", "DURATION", "P2D", ""},
			{"4 hours 12 minutes", "DURATION", "PT4H12M", ""},
			{"2013", "DATE", "2013", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"more than four hours", "DURATION", "PT4H", "MORE_THAN"},
			{"September 2011", "DATE", "2011-09", ""},
			{"weekends", "SET", "XXXX-WXX-WE", ""},
			{"Friday", "DATE", "2014-08-15", ""},
			{"January", "DATE", "2014-01", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"less than an hour", "DURATION", "PT1H", "LESS_THAN"},
			{"last month", "DATE", "2014-07", ""},
			{"that morning", "TIME", "2014-06-03TMO", ""},
		}},
	{"bbc-trawler-maib-report", "2019-03-07", `A fishing boat that sank off Shetland with the loss of two lives had been taking on water for at least an hour before the crew raised the alarm, investigators have found.

The Marine Accident Investigation Branch (MAIB) said in a report published on Tuesday that the Northern Dawn's bilge alarm had been switched off weeks earlier because it kept sounding.

The 18m trawler left Scalloway on 14 January 2018 with four men on board. At about 14:10, the skipper noticed the vessel was listing to starboard, but the mayday call was not made until 15:22. By the time the Lerwick lifeboat arrived 50 minutes later, the boat had capsized.

Two crewmen, including 27-year-old Liam Tait, were pulled from the water.

"I think about that afternoon every day," Mr Tait, who has not returned to fishing, told BBC Scotland.

The body of deckhand Marek Nowak was recovered the following day. The skipper, Robert Jamieson, 58, has never been found.

The report found that the crew had worked 19 hours without rest on 13 January and that the boat's stability had not been reassessed after a heavier winch was fitted in 2015.

It recommends that owners of small fishing vessels test bilge alarms every month and keep a written record of the checks.

Fishing remains one of the UK's most dangerous industries. Seven fishermen died in accidents at sea last year, according to the MAIB.`,
		[]hoGold{
			{"at least an hour", "DURATION", "PT1H", "EQUAL_OR_MORE"},
			{"Tuesday", "DATE", "2019-03-05", ""},
			{"weeks", "DURATION", "PXW", ""},
			{"14 January 2018", "DATE", "2018-01-14", ""},
			{"about 14:10", "TIME", "2018-01-14T14:10", "APPROX"},
			{"15:22", "TIME", "2018-01-14T15:22", ""},
			{"50 minutes", "DURATION", "PT50M", ""},
			{"that afternoon", "TIME", "2018-01-14TAF", ""},
			{"every day", "SET", "P1D", ""},
			{"the following day", "DATE", "2018-01-15", ""},
			{"19 hours", "DURATION", "PT19H", ""},
			{"13 January", "DATE", "2018-01-13", ""},
			{"2015", "DATE", "2015", ""},
			{"every month", "SET", "P1M", ""},
			{"last year", "DATE", "2018", ""},
		}},
	{"guardian-missing-walker", "2022-09-24", `On the morning of Saturday 13 August, Tom Whitcombe sent his sister a photograph of a cloudless sky over Glen Coe. "Perfect weather for it," he wrote. It was the last message anyone received from him.

Whitcombe, a 34-year-old software engineer from Leeds, had arrived in the Highlands five days earlier, planning to walk the West Highland Way in a week and finish with a scramble along the Aonach Eagach ridge.

His route is easy to reconstruct. On Tuesday he posted a video from the shore of Loch Lomond. On Wednesday evening he checked into a bunkhouse in Kinlochleven, where the manager, Fiona Grant, remembers him well. "He asked about the forecast for the weekend and whether the ridge would be busy," she said. "He seemed happy. Careful, even."

Police were alerted on Monday 15 August, when he failed to turn up at his office. A search involving helicopters, dogs and more than 100 volunteers began that evening and continued for 11 days.

More than a month later, his family still have no answers. Every weekend since, his sister Hannah has driven north to put up posters in car parks and cafes.

Mountain rescue teams say about 30 walkers are reported missing in the Highlands each year, and almost all are found in less than 48 hours.

"You keep thinking the phone will ring," Hannah said this week. "Every time it does, your heart stops."

Police Scotland said on Thursday that the case remained open.`,
		[]hoGold{
			{"Saturday 13 August", "DATE", "2022-08-13", ""},
			{"five days", "DURATION", "P5D", ""},
			{"a week", "DURATION", "P1W", ""},
			{"Tuesday", "DATE", "2022-08-09", ""},
			{"Wednesday evening", "TIME", "2022-08-10TEV", ""},
			{"the weekend", "DATE", "2022-W32-WE", ""},
			{"Monday 15 August", "DATE", "2022-08-15", ""},
			{"that evening", "TIME", "2022-08-15TEV", ""},
			{"11 days", "DURATION", "P11D", ""},
			{"More than a month", "DURATION", "P1M", "MORE_THAN"},
			{"Every weekend", "SET", "XXXX-WXX-WE", ""},
			{"each year", "SET", "P1Y", ""},
			{"less than 48 hours", "DURATION", "PT48H", "LESS_THAN"},
			{"this week", "DATE", "2022-W38", ""},
			{"Thursday", "DATE", "2022-09-22", ""},
		}},
	{"ap-basketball-numbers", "2003-02-15", `STORRS, Conn. (AP) — Jalen Mitchell scored 31 points, hitting 7 of 9 from 3-point range, and No. 12 Connecticut beat Providence 88-79 before a sellout crowd of 10,167 at Gampel Pavilion.

Mitchell, a 20-year-old junior from the Bronx, was 11 of 17 from the field and added six rebounds and five assists. Devon Hale had 18 points and 12 rebounds for the Huskies (19-4, 8-3 Big East), who have won seven straight.

Marcus Reid scored 24 for Providence (14-10, 5-7), which had won three of four. Kenny Dupree added 15 points and nine rebounds, and freshman Tyrell Banks had 11 points off the bench.

The Friars led 41-38 at the break behind 52 percent shooting. Connecticut answered with a 14-2 run, and Mitchell's 3-pointer from the left wing made it 66-55. Providence got no closer than seven the rest of the way.

Connecticut shot 51.6 percent (32 of 62) and outrebounded Providence 40-29. The Huskies made 17 of 20 free throws; the Friars were 9 of 16 and committed 18 turnovers.

Coach Phil Brandt earned his 412th win at the school. Hale, a 6-foot-9 senior, moved into ninth place on the program's career rebounding list with 871, one behind No. 8 Walt Ferris.

Attendance for the Huskies' 13 home games stands at 131,204, an average of 10,093, and the student section of 2,019 seats has been full for all 13.

Providence plays host to No. 20 Georgetown next. Connecticut travels to St. John's.`,
		[]hoGold{}},
	{"guardian-byelection-numbers", "1998-11-06", `Labour has held the Hartcliffe ward on Bristol city council by 21 votes after a recount.

Sharon Doyle, 44, a school dinner supervisor, took 2,019 votes to 1,998 for the Liberal Democrat candidate, Paul Venn, 61. The Conservatives came third with 612, the Greens polled 188 and an independent, Kevin Tapp, 29, finished with 97.

Turnout was 31.4%, up from 27.9% at the previous contest in the ward.

The recount was requested by Venn after the first tally put the gap at 16. Officials re-examined 4,914 ballot papers, and 22 were rejected, most of them because voters had marked two boxes.

"Twenty-one votes is twenty-one votes," Doyle said at the count at the Council House. "I'll be knocking on doors on Hareclive Road the same as before. Nothing changes."

Venn, a retired postman who lives at 1847 Whitchurch Lane, said he would not challenge the result. "I've stood four times and lost four times," he said. "I'm 61 and I've got a pension and a bad knee. Somebody else can have a go."

The result leaves Labour with 39 of the council's 70 seats, the Liberal Democrats with 18 and the Conservatives with 13. Labour's working majority on the council is eight.

Doyle fills the seat left vacant by the death of Frank Ashby, 76, a former dock worker who won the ward with 2,406 votes at his last contest. Flags at the Council House on College Green flew at half-mast for him.`,
		[]hoGold{}},
	{"reuters-bank-rescue-weekend", "2009-04-21", `LONDON, April 21 (Reuters) - Halden Bank, the mid-sized British lender rescued by the government in October, returned to profit in the first quarter, helped by lower funding costs and a recovery in trading income.

The bank said it made a pre-tax profit of 212 million pounds in the quarter, compared with a loss of 95 million pounds a year earlier. Net interest income rose 8 percent from the fourth quarter.

The results mark a turnaround for a bank that came within hours of collapse six months ago. Executives and officials interviewed by Reuters described how the rescue came together.

On Friday, Oct 10, Halden's shares fell 41 percent as depositors withdrew 2 billion pounds. That evening, chief executive Anna Kerr called the Treasury and warned that the bank could not open on Monday.

Talks ran through Saturday and into the early hours of Sunday. A 5 billion pound capital injection was announced before the market opened on Monday, Oct 13, leaving the state with 58 percent of the bank.

"Nobody slept," one official recalled. "We lived on sandwiches for three days."

Kerr told reporters the bank aimed to repay the state by the end of 2011 and would not pay a dividend until then. Shares in Halden rose 6.2 percent to 48 pence by 1030 GMT.

Analysts were cautious. "One set of results doesn't make a recovery," said Colin Marsh, an analyst at Keefe Hartley. "Bad debts are still rising."`,
		[]hoGold{
			{"April 21", "DATE", "2009-04-21", ""},
			{"October", "DATE", "2008-10", ""},
			{"the first quarter", "DATE", "2009-Q1", ""},
			{"the quarter", "DATE", "2009-Q1", ""},
			{"a year earlier", "DATE", "2008-Q1", ""},
			{"the fourth quarter", "DATE", "2008-Q4", ""},
			{"hours", "DURATION", "PTXH", ""},
			{"six months ago", "DATE", "2008-10", ""},
			{"Friday, Oct 10", "DATE", "2008-10-10", ""},
			{"That evening", "TIME", "2008-10-10TEV", ""},
			{"Monday", "DATE", "2008-10-13", ""},
			{"Saturday", "DATE", "2008-10-11", ""},
			{"Sunday", "DATE", "2008-10-12", ""},
			{"Monday, Oct 13", "DATE", "2008-10-13", ""},
			{"three days", "DURATION", "P3D", ""},
			{"the end of 2011", "DATE", "2011", "END"},
			{"1030 GMT", "TIME", "2009-04-21T10:30", ""},
		}},
	{"nyt-police-shooting-report", "1993-07-22", `BRIDGEPORT, Conn., July 22 — It was the early morning of July 4, and the holiday fireworks over Seaside Park had barely ended. At 1:47 a.m., a woman in a third-floor apartment on Hallett Street called 911 to report that her son was "acting crazy" and had "a phone in his hand."

Six minutes later, two police officers were at her door. Less than a minute after that, her son, Andre Tolliver, 19, was dead.

A report released today by the State's Attorney's office reconstructs what happened from radio logs, 41 interviews and the recording of the call. It found that the dispatcher told the officers the caller had reported "a man with a gun."

The officers, both with less than two years on the force, said Mr. Tolliver raised a dark object toward them. It was a cordless telephone. His mother, Gloria Tolliver, said he had been asleep on the couch minutes earlier.

The officers were placed on administrative duty the next day and returned to patrol on July 12. The State's Attorney, Frances Kimura, said no criminal charges would be filed, calling the shooting "a tragedy compounded by a miscommunication."

On Sunday, several hundred people marched from Hallett Street to police headquarters on Congress Street. A lawyer for the family, Michael Rosado, said he would file a civil suit in Federal District Court next week.

It was the third fatal shooting by Bridgeport police officers since 1990.`,
		[]hoGold{
			{"July 22", "DATE", "1993-07-22", ""},
			{"July 4", "DATE", "1993-07-04", ""},
			{"1:47 a.m.", "TIME", "1993-07-04T01:47", ""},
			{"Six minutes", "DURATION", "PT6M", ""},
			{"Less than a minute", "DURATION", "PT1M", "LESS_THAN"},
			{"today", "DATE", "1993-07-22", ""},
			{"less than two years", "DURATION", "P2Y", "LESS_THAN"},
			{"minutes", "DURATION", "PTXM", ""},
			{"the next day", "DATE", "1993-07-05", ""},
			{"July 12", "DATE", "1993-07-12", ""},
			{"Sunday", "DATE", "1993-07-18", ""},
			{"next week", "DATE", "1993-W30", ""},
			{"1990", "DATE", "1990", ""},
		}},
	{"wapo-murder-trial-neighbor", "2001-01-18", `A Prince William County jury heard yesterday from the last person known to have seen Teresa Galloway alive, a neighbor who testified that he watched her car pull out of her driveway at about 10:30 p.m. on the night of Oct. 23, 1999.

Prosecutors say Galloway, 34, a nurse at Potomac Hospital, drove to the Dale City townhouse of her estranged husband, Curtis Galloway, 38, and that he killed her there that night. They say he then drove her car to a commuter lot in Woodbridge, where police found it the following week.

Her sister reported her missing two days later. Her body was found in a wooded area near Dumfries on Nov. 14, and her husband was arrested in March 2000.

The neighbor, Walter Briggs, a retired postal worker, told jurors he remembered the time because he had just let his dog out. "She waved," he said. "She always waved."

Under cross-examination, defense attorney Lisa Harrow noted that Briggs had told a detective in December 1999 that he saw the car "around 11 p.m." Briggs said he had been confused by the detective's questions. "I'm 67 years old," he said. "But I know what I saw."

Curtis Galloway, who has pleaded not guilty to first-degree murder, watched the testimony without expression. If convicted, he faces up to life in prison.

The trial, which began Jan. 8, is expected to go to the jury early next month.`,
		[]hoGold{
			{"yesterday", "DATE", "2001-01-17", ""},
			{"about 10:30 p.m.", "TIME", "1999-10-23T22:30", "APPROX"},
			{"Oct. 23, 1999", "DATE", "1999-10-23", ""},
			{"that night", "TIME", "1999-10-23TNI", ""},
			{"the following week", "DATE", "1999-W43", ""},
			{"two days", "DURATION", "P2D", ""},
			{"Nov. 14", "DATE", "1999-11-14", ""},
			{"March 2000", "DATE", "2000-03", ""},
			{"December 1999", "DATE", "1999-12", ""},
			{"around 11 p.m.", "TIME", "1999-10-23T23:00", "APPROX"},
			{"Jan. 8", "DATE", "2001-01-08", ""},
			{"early next month", "DATE", "2001-02", "START"},
		}},
	{"bbc-obit-oceanographer", "2016-12-29", `The oceanographer Margaret Ellery, who mapped the currents of the Celtic Sea and was one of the first women to lead a British research cruise, has died at the age of 91.

Her family said she died peacefully at her home in Plymouth on Boxing Day.

Born in Cardiff in 1925, she studied physics at the University of Bristol and joined the Marine Biological Association in 1951, when few women were allowed to work at sea.

Over the next four decades she led more than 60 research voyages, spending a total of about six years on board ship. Her 1968 survey of the Celtic Sea remains the standard reference for the region's tides and is still used by fishing fleets.

She was elected a fellow of the Royal Society in 1979 and appointed CBE in 1990.

She retired in 1988 but continued to publish well into her eighties; her last paper appeared in 2011.

A former colleague, Dr Ian Pryce, said on Wednesday: "She once spent 19 days in a force nine gale and came back with the best data anyone had collected. She never complained, and she never let anyone else complain either."

The Marine Biological Association said it would name a new research fellowship after her.

Her husband, the geologist Alan Ellery, died in 2004. She is survived by two sons and five grandchildren.

A funeral will be held in Plymouth next month.`,
		[]hoGold{
			{"Boxing Day", "DATE", "2016-12-26", ""},
			{"1925", "DATE", "1925", ""},
			{"1951", "DATE", "1951", ""},
			{"the next four decades", "DURATION", "P40Y", ""},
			{"about six years", "DURATION", "P6Y", "APPROX"},
			{"1968", "DATE", "1968", ""},
			{"1979", "DATE", "1979", ""},
			{"1990", "DATE", "1990", ""},
			{"1988", "DATE", "1988", ""},
			{"2011", "DATE", "2011", ""},
			{"Wednesday", "DATE", "2016-12-28", ""},
			{"19 days", "DURATION", "P19D", ""},
			{"2004", "DATE", "2004", ""},
			{"next month", "DATE", "2017-01", ""},
		}},
	{"guardian-pit-fire-30-years", "2015-11-18", `Thirty years ago today, the night shift at Hartley Moor colliery in County Durham was almost over when the alarm sounded underground.

At 6.40am, a conveyor belt caught fire 400 metres below the surface. Smoke filled the main roadway within minutes. By 8am, 137 men had reached the surface. Eleven did not.

Rescue teams worked for three days in thick smoke before the last of the bodies was brought up on the Thursday morning. The youngest of the dead, Gary Pattison, was 19; the oldest, Jack Wardle, was 58.

The pit, which had survived the miners' strike that ended in March 1985, never recovered. It closed 18 months later, and with it went 600 jobs.

An inquiry in 1986 blamed a seized roller and poorly maintained fire doors, but the full report was kept from the families. For years they campaigned for its release; it was finally published in 2012.

On Sunday, about 400 people gathered at the memorial on Front Street, where the names of the 11 are carved in granite. The names will be read aloud again this morning at the old colliery gates.

Jean Haswell, 81, whose husband Ron was among the dead, has not missed a service. "People say time heals," she said. "It doesn't. You just learn to carry it."

Her son Michael, who was 22 and working the same shift, was one of the last men out. He never went underground again.`,
		[]hoGold{
			{"Thirty years ago today", "DATE", "1985-11-18", ""},
			{"6.40am", "TIME", "1985-11-18T06:40", ""},
			{"minutes", "DURATION", "PTXM", ""},
			{"8am", "TIME", "1985-11-18T08:00", ""},
			{"three days", "DURATION", "P3D", ""},
			{"the Thursday morning", "TIME", "1985-11-21TMO", ""},
			{"March 1985", "DATE", "1985-03", ""},
			{"18 months", "DURATION", "P18M", ""},
			{"1986", "DATE", "1986", ""},
			{"years", "DURATION", "PXY", ""},
			{"2012", "DATE", "2012", ""},
			{"Sunday", "DATE", "2015-11-15", ""},
			{"this morning", "TIME", "2015-11-18TMO", ""},
		}},
	{"lat-wildfire-week", "2024-09-14", `The first 911 call came from a motorist on Highway 138 at 1:52 p.m. Sept. 6: a patch of brush was burning on the shoulder near Piñon Hills, and the wind was pushing the flames uphill.

Temperatures that afternoon topped 108 degrees. By evening, the Ridgeback fire had burned 3,000 acres and was 0% contained.

Over the weekend, dry northeast winds gusting to 50 mph drove it east across the desert foothills. Evacuation orders for Piñon Hills went out at 4:10 a.m. Sunday, and many residents said they had less than an hour to leave.

"We grabbed the dog and the photo albums," said Teresa Villalobos, 63, whose house on Mescal Road burned. "That was it."

By Monday, 212 homes had been destroyed and the fire had grown to 41,000 acres. The next day, humidity rose and the winds dropped, and crews finally began to cut line around its eastern edge. Containment reached 60% on Wednesday and 85% by Friday.

A Times review of dispatch records shows the first engine did not arrive for 23 minutes, because the nearest station, on Oasis Road, had been closed since 2022 to save money.

"With a wind like that, you have to hit it hard and fast," said Ron Mestas, a retired Cal Fire battalion chief. "They never got that chance."

The San Bernardino County Board of Supervisors will take up the station closure Tuesday. The cause of the fire remains under investigation.`,
		[]hoGold{
			{"1:52 p.m. Sept. 6", "TIME", "2024-09-06T13:52", ""},
			{"that afternoon", "TIME", "2024-09-06TAF", ""},
			{"evening", "TIME", "2024-09-06TEV", ""},
			{"the weekend", "DATE", "2024-W36-WE", ""},
			{"4:10 a.m. Sunday", "TIME", "2024-09-08T04:10", ""},
			{"less than an hour", "DURATION", "PT1H", "LESS_THAN"},
			{"Monday", "DATE", "2024-09-09", ""},
			{"The next day", "DATE", "2024-09-10", ""},
			{"Wednesday", "DATE", "2024-09-11", ""},
			{"Friday", "DATE", "2024-09-13", ""},
			{"23 minutes", "DURATION", "PT23M", ""},
			{"2022", "DATE", "2022", ""},
			{"Tuesday", "DATE", "2024-09-17", ""},
		}},
	{"ap-lost-boy-found", "1990-05-11", `HAILEY, Idaho (AP) — For four days, Danny Kessel survived in the Sawtooth foothills on creek water, snow and two granola bars. On Wednesday morning, a helicopter crew spotted the 8-year-old waving a red jacket from a rock ledge 3 miles from where he was last seen.

The boy had wandered away from his family's campsite near Baker Creek late Saturday afternoon while his father was gathering firewood. By 8 p.m., more than 40 volunteers were searching the hillsides with flashlights. That night, the temperature dropped to 24 degrees.

On Sunday, the search grew to 300 people, two tracking dogs and a National Guard helicopter. Rain and sleet fell for much of the next day, grounding the aircraft.

Blaine County Sheriff Dale Purcell said Tuesday evening that hope was fading. "We're now looking at this as a recovery," he told reporters at the command post.

Hours later, a searcher found a small boot print in the mud along a creek bank, and the search shifted north.

Doctors at Wood River Medical Center said Thursday that the boy was dehydrated and had frostbite on two toes but would probably go home this weekend.

"He told his mother he kept walking downhill because his dad once told him water runs downhill to people," said family friend Carol Ames.

Forty-one people have been reported lost in the Sawtooth National Recreation Area since 1980. All but three were found alive.`,
		[]hoGold{
			{"four days", "DURATION", "P4D", ""},
			{"Wednesday morning", "TIME", "1990-05-09TMO", ""},
			{"late Saturday afternoon", "TIME", "1990-05-05TAF", "END"},
			{"8 p.m.", "TIME", "1990-05-05T20:00", ""},
			{"That night", "TIME", "1990-05-05TNI", ""},
			{"Sunday", "DATE", "1990-05-06", ""},
			{"the next day", "DATE", "1990-05-07", ""},
			{"Tuesday evening", "TIME", "1990-05-08TEV", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Hours", "DURATION", "PTXH", ""},
			{"Thursday", "DATE", "1990-05-10", ""},
			{"this weekend", "DATE", "1990-W19-WE", ""},
			{"1980", "DATE", "1980", ""},
		}},
}

func TestEnglishHeldOut16(t *testing.T) { guardHeldOut(t, "English 16", enHeldOut16, "en", 0.87) }
