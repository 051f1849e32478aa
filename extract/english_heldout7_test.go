package extract

import "testing"

// enHeldOut7 is a seventh blind English held-out set that stresses narrative
// time: invented news passages in the style of the TempEval-3 sources (AP and
// NYT wire 1998-2000, Xinhua English 1998-99, WSJ 1989-1991, ABC/CNN/VOA
// broadcast transcripts 1998) and of 2010s-2020s Reuters/AP wire. Most of the
// passages reconstruct past events (an NTSB crash report, court testimony,
// flood and mine-disaster timelines, an obituary, history features, a bribery
// indictment, a ferry inquiry, a wildfire investigation), so many expressions
// are anchored to another date in the text rather than to the DCT: "the next
// day", "the following morning", "two days later", "a week earlier", "the
// previous month", "later that year", "that night", "the same day", "the day
// before", "38 minutes later", "hours later", "five months later", plus
// DCT-relative weekdays, datelines and explicit dates. Two number-heavy
// passages have no timex (nil).
//
// Gold follows TimeML 1.2.1 / TempEval-3: spans include determiners and
// modifiers but not prepositions; anaphoric expressions take the value of the
// date they point to; "N days after EVENT" / "N years after EVENT" is a
// DURATION (the preposition is a signal), while "two days later", "the day
// after" and "hours later" pointing to a moment are DATE/TIME; "the months
// that followed" is PXM; "at the time" is not tagged. Every resolved value was
// computed with Python's datetime. The set was written without reading the
// tagger code, its other tests, its docs or the dev corpus.
var enHeldOut7 = []hoCase{
	{
		"ap-ntsb-commuter-crash", "1999-03-10",
		`WASHINGTON (AP) -- The captain of a commuter plane that crashed in Maine last summer had been on duty for more than 14 hours the day before the accident, federal investigators said Tuesday.

In a report released at a hearing here, the National Transportation Safety Board reconstructed the events leading up to the crash of Northeast Air Flight 311, which went down in a wooded ravine near Bangor on Aug. 7, 1998, killing all nine people aboard.

According to the report, Capt. Daniel Roarke reported for work at 5:40 a.m. on Aug. 6 and did not leave the airport until 9:20 p.m. that night. He was back in the cockpit at 6 a.m. the next day.

The plane left Boston at 4:55 p.m. on Aug. 7 and dropped off radar 38 minutes later. Searchers found the wreckage the following morning, about two miles short of the runway.

Investigators said a fuel gauge on the aircraft had been repaired twice the previous month. A mechanic who inspected the plane two days before the crash told the board that no one had told him of the earlier repairs.

Northeast Air, which grounded its nine turboprops for a week after the accident, said it has since hired 12 new mechanics. The board is expected to issue its final findings in June.

Relatives of the victims, some of whom attended the hearing, said they would press Congress this year for tighter limits on pilot duty time.`,
		[]hoGold{
			{"last summer", "DATE", "1998-SU", ""},
			{"more than 14 hours", "DURATION", "PT14H", "MORE_THAN"},
			{"the day before", "DATE", "1998-08-06", ""},
			{"Tuesday", "DATE", "1999-03-09", ""},
			{"Aug. 7, 1998", "DATE", "1998-08-07", ""},
			{"5:40 a.m.", "TIME", "1998-08-06T05:40", ""},
			{"Aug. 6", "DATE", "1998-08-06", ""},
			{"9:20 p.m.", "TIME", "1998-08-06T21:20", ""},
			{"that night", "TIME", "1998-08-06TNI", ""},
			{"6 a.m.", "TIME", "1998-08-07T06:00", ""},
			{"the next day", "DATE", "1998-08-07", ""},
			{"4:55 p.m.", "TIME", "1998-08-07T16:55", ""},
			{"Aug. 7", "DATE", "1998-08-07", ""},
			{"38 minutes later", "TIME", "1998-08-07T17:33", ""},
			{"the following morning", "TIME", "1998-08-08TMO", ""},
			{"the previous month", "DATE", "1998-07", ""},
			{"two days", "DURATION", "P2D", ""},
			{"a week", "DURATION", "P1W", ""},
			{"June", "DATE", "1999-06", ""},
			{"this year", "DATE", "1999", ""},
		},
	},
	{
		"nyt-kessler-trial-testimony", "1999-11-18",
		`BOSTON -- A former bookkeeper testified Wednesday that she saw the defendant, Martin Kessler, at his brother's office on the evening of Feb. 12, 1997, hours before the brother was found shot to death.

Ellen Marsh, 52, told the jury that she had stayed late that day to finish the payroll and that Mr. Kessler arrived at about 6:10 p.m. The two brothers argued for about 20 minutes, she said, and she left the building at 6:45.

Prosecutors say Victor Kessler was killed later that night. His body was discovered by a cleaning crew the next morning.

Under cross-examination, Ms. Marsh acknowledged that she had not gone to the police until March 3, 19 days after the killing, and that she had told a friend a week earlier that she "didn't want to get involved."

She also said that Martin Kessler had called her at home two days after the funeral and asked whether she had spoken to detectives. The funeral was held on Feb. 17.

Defense lawyers contend that Martin Kessler was at a restaurant in Cambridge from 7:30 p.m. until 11:15 p.m., and they plan to call the restaurant's manager and two waiters next week.

The trial, which began on Nov. 1, has so far heard from 23 witnesses. Judge Ruth Abrams told jurors that she expected the case to go to them before Thanksgiving.`,
		[]hoGold{
			{"Wednesday", "DATE", "1999-11-17", ""},
			{"the evening of Feb. 12, 1997", "TIME", "1997-02-12TEV", ""},
			{"hours", "DURATION", "PTXH", ""},
			{"that day", "DATE", "1997-02-12", ""},
			{"about 6:10 p.m.", "TIME", "1997-02-12T18:10", "APPROX"},
			{"about 20 minutes", "DURATION", "PT20M", "APPROX"},
			{"6:45", "TIME", "1997-02-12T18:45", ""},
			{"later that night", "TIME", "1997-02-12TNI", ""},
			{"the next morning", "TIME", "1997-02-13TMO", ""},
			{"March 3", "DATE", "1997-03-03", ""},
			{"19 days", "DURATION", "P19D", ""},
			{"a week earlier", "DATE", "1997-02-24", ""},
			{"two days", "DURATION", "P2D", ""},
			{"Feb. 17", "DATE", "1997-02-17", ""},
			{"7:30 p.m.", "TIME", "1997-02-12T19:30", ""},
			{"11:15 p.m.", "TIME", "1997-02-12T23:15", ""},
			{"next week", "DATE", "1999-W47", ""},
			{"Nov. 1", "DATE", "1999-11-01", ""},
			{"Thanksgiving", "DATE", "1999-11-25", ""},
		},
	},
	{
		"xinhua-songhua-flood-crest", "1998-08-25",
		`HARBIN, August 25 (Xinhua) -- The highest flood crest in the recorded history of the Songhua River passed through Harbin, capital of northeast China's Heilongjiang Province, on Sunday night, local flood control officials said today.

The water level at the city's hydrological station peaked at 120.89 meters at 9 p.m. on Sunday and began to fall slowly the next day, the officials said. By 8 a.m. today the level had dropped to 120.62 meters.

Heavy rain began to fall over the upper reaches of the river in late June and continued almost without a break for two months. On August 8, the water at Harbin rose above the warning line, and the provincial government declared a flood emergency three days later.

In the following two weeks, more than 300,000 soldiers and civilians reinforced 250 kilometers of dikes along the river. On August 17, a 50-meter section of dike in the city's eastern suburbs was breached, and workers closed the gap within 30 hours.

The flood is the worst since 1932, when the river overflowed and inundated most of the city. In 1957, another major flood forced the evacuation of 120,000 residents.

Officials said the river is expected to stay above the warning line for more than ten days, and urged residents to remain on alert until mid-September.`,
		[]hoGold{
			{"August 25", "DATE", "1998-08-25", ""},
			{"Sunday night", "TIME", "1998-08-23TNI", ""},
			{"today", "DATE", "1998-08-25", ""},
			{"9 p.m.", "TIME", "1998-08-23T21:00", ""},
			{"Sunday", "DATE", "1998-08-23", ""},
			{"the next day", "DATE", "1998-08-24", ""},
			{"8 a.m. today", "TIME", "1998-08-25T08:00", ""},
			{"late June", "DATE", "1998-06", "END"},
			{"two months", "DURATION", "P2M", ""},
			{"August 8", "DATE", "1998-08-08", ""},
			{"three days later", "DATE", "1998-08-11", ""},
			{"the following two weeks", "DURATION", "P2W", ""},
			{"August 17", "DATE", "1998-08-17", ""},
			{"30 hours", "DURATION", "PT30H", ""},
			{"1932", "DATE", "1932", ""},
			{"1957", "DATE", "1957", ""},
			{"more than ten days", "DURATION", "P10D", "MORE_THAN"},
			{"mid-September", "DATE", "1998-09", "MID"},
		},
	},
	{
		"wsj-sunbelt-thrift-referral", "1990-06-14",
		`Federal regulators said yesterday they have referred to the Justice Department evidence that executives of Sunbelt Savings Association of Texas concealed mounting losses during the 18 months before the thrift was seized.

According to a report by the Office of Thrift Supervision, Sunbelt's board learned at a meeting on March 9, 1988, that its real-estate loans were worth at least $400 million less than their book value. Two weeks later, the board approved a $1.2 million dividend to the thrift's holding company.

The report says that in the months that followed, Sunbelt sold $85 million of its best-performing assets to meet withdrawals while reporting a profit for the first quarter of 1988 and again for the second quarter. Examiners who arrived in August of that year found many loan files incomplete.

Sunbelt was taken over by regulators on Feb. 2, 1989. The following day, its chairman, Harold Pruitt, resigned.

The cost of the collapse to taxpayers is estimated at $1.6 billion, up from $900 million estimated last year. Mr. Pruitt, who couldn't be reached for comment yesterday, has said he didn't learn of the losses until late 1988.

The referral is the latest in a string of cases growing out of the savings-and-loan debacle of the 1980s. Justice Department officials said last month that they have opened more than 300 criminal investigations of failed thrifts since 1987.`,
		[]hoGold{
			{"yesterday", "DATE", "1990-06-13", ""},
			{"the 18 months", "DURATION", "P18M", ""},
			{"March 9, 1988", "DATE", "1988-03-09", ""},
			{"Two weeks later", "DATE", "1988-03-23", ""},
			{"the months that followed", "DURATION", "PXM", ""},
			{"the first quarter of 1988", "DATE", "1988-Q1", ""},
			{"the second quarter", "DATE", "1988-Q2", ""},
			{"August of that year", "DATE", "1988-08", ""},
			{"Feb. 2, 1989", "DATE", "1989-02-02", ""},
			{"The following day", "DATE", "1989-02-03", ""},
			{"last year", "DATE", "1989", ""},
			{"yesterday", "DATE", "1990-06-13", ""},
			{"late 1988", "DATE", "1988", "END"},
			{"the 1980s", "DATE", "198", ""},
			{"last month", "DATE", "1990-05", ""},
			{"1987", "DATE", "1987", ""},
		},
	},
	{
		"ap-obit-varga-photographer", "2000-02-09",
		`NEW YORK (AP) -- Helen Varga, a Hungarian-born photographer whose pictures of the 1956 uprising in Budapest were smuggled out of the country on rolls of film sewn into a coat lining, died Monday at her home in Manhattan. She was 81.

Her son, Peter, said she had suffered a stroke the previous week.

Born in Debrecen in 1918, Mrs. Varga joined a Budapest newspaper as a darkroom assistant in 1937 and married Laszlo Varga, an engineer, later that year. During the German occupation she hid three Jewish neighbors in her family's cellar for more than a year, an act for which Israel honored her in 1991.

On Oct. 23, 1956, as the revolt began, she photographed students toppling a bronze statue of Stalin. Two weeks later, after Soviet tanks had returned to the city, she fled to Austria with her husband and infant son. The family reached New York in January 1957.

In the years that followed, she worked for Life and Look magazines and taught photography at the New School for more than 20 years.

Her first exhibition in Hungary opened in Budapest in 1990, a year after the Communist government fell. "I waited 34 years to show these pictures at home," she told The Associated Press.

Her husband died before her. Besides her son, she is survived by two grandchildren. A memorial service will be held Saturday at the New School.`,
		[]hoGold{
			{"1956", "DATE", "1956", ""},
			{"Monday", "DATE", "2000-02-07", ""},
			{"the previous week", "DATE", "2000-W05", ""},
			{"1918", "DATE", "1918", ""},
			{"1937", "DATE", "1937", ""},
			{"later that year", "DATE", "1937", ""},
			{"more than a year", "DURATION", "P1Y", "MORE_THAN"},
			{"1991", "DATE", "1991", ""},
			{"Oct. 23, 1956", "DATE", "1956-10-23", ""},
			{"Two weeks later", "DATE", "1956-11-06", ""},
			{"January 1957", "DATE", "1957-01", ""},
			{"the years that followed", "DURATION", "PXY", ""},
			{"more than 20 years", "DURATION", "P20Y", "MORE_THAN"},
			{"1990", "DATE", "1990", ""},
			{"a year", "DURATION", "P1Y", ""},
			{"34 years", "DURATION", "P34Y", ""},
			{"Saturday", "DATE", "2000-02-12", ""},
		},
	},
	{
		"cnn-harmon-mine-collapse", "1998-12-04",
		`BERNARD SHAW, CNN ANCHOR: Good evening. Rescuers in western Pennsylvania say they expect to reach the last two trapped coal miners by tomorrow morning. It has been four days since part of the roof of the Harmon No. 2 mine collapsed. CNN's Tom Price is at the mine.

TOM PRICE, CNN CORRESPONDENT: Bernie, the collapse happened at about 6:50 a.m. Monday, about an hour after the first shift went underground. Eleven men were inside. Six of them walked out on their own later that morning. Two more were found alive within hours and were pulled out that night. A third miner was brought up alive two days later, after 60 hours underground.

Crews have since drilled a six-inch hole into the section where the last two men are believed to be trapped, and on Thursday afternoon they heard tapping.

Mine officials say that section had been inspected the previous Friday and that no problems were found. But federal records show the mine was cited for roof-control violations twice in 1997 and again this past March.

The families have been waiting in a church hall a mile from the mine since Monday. Tonight, for the first time since the collapse, some of them have gone home to sleep.

SHAW: Tom Price in Harmon, Pennsylvania. Thank you, Tom.`,
		[]hoGold{
			{"tomorrow morning", "TIME", "1998-12-05TMO", ""},
			{"four days", "DURATION", "P4D", ""},
			{"about 6:50 a.m. Monday", "TIME", "1998-11-30T06:50", "APPROX"},
			{"about an hour", "DURATION", "PT1H", "APPROX"},
			{"later that morning", "TIME", "1998-11-30TMO", ""},
			{"hours", "DURATION", "PTXH", ""},
			{"that night", "TIME", "1998-11-30TNI", ""},
			{"two days later", "DATE", "1998-12-02", ""},
			{"60 hours", "DURATION", "PT60H", ""},
			{"Thursday afternoon", "TIME", "1998-12-03TAF", ""},
			{"the previous Friday", "DATE", "1998-11-27", ""},
			{"1997", "DATE", "1997", ""},
			{"this past March", "DATE", "1998-03", ""},
			{"Monday", "DATE", "1998-11-30", ""},
			{"Tonight", "TIME", "1998-12-04TNI", ""},
		},
	},
	{
		"xinhua-baiyun-reservoir-40-years", "1999-04-20",
		`ZHENGZHOU, April 20 (Xinhua) -- Forty years after construction began, the Baiyun Reservoir in central China's Henan Province still supplies drinking water to more than 2 million people, local officials said today.

Work on the dam started on April 18, 1959, when about 40,000 farmers arrived at the site with shovels and handcarts. The first stage of the project was completed in October the following year, and the reservoir began storing water in the spring of 1961.

In August 1975, when torrential rains caused several dams in the province to fail, the Baiyun dam held. Engineers raised the dam by 3.5 meters in the early 1980s, and a hydropower station with a capacity of 24,000 kilowatts was added in 1993.

Since the reform and opening-up began in 1978, the area irrigated by the reservoir has doubled to 95,000 hectares. Over the past five years, local authorities have invested 230 million yuan in water treatment plants and canals.

A ceremony marking the anniversary was held on Sunday, two days after a new 12-kilometer pipeline to the city of Pingdingshan went into service. Officials said a second pipeline, which will carry water to industrial users, will be completed by the end of next year.`,
		[]hoGold{
			{"April 20", "DATE", "1999-04-20", ""},
			{"Forty years", "DURATION", "P40Y", ""},
			{"today", "DATE", "1999-04-20", ""},
			{"April 18, 1959", "DATE", "1959-04-18", ""},
			{"October the following year", "DATE", "1960-10", ""},
			{"the spring of 1961", "DATE", "1961-SP", ""},
			{"August 1975", "DATE", "1975-08", ""},
			{"the early 1980s", "DATE", "198", "START"},
			{"1993", "DATE", "1993", ""},
			{"1978", "DATE", "1978", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"Sunday", "DATE", "1999-04-18", ""},
			{"two days", "DURATION", "P2D", ""},
			{"the end of next year", "DATE", "2000", "END"},
		},
	},
	{
		"voa-berlin-airlift-50", "1998-06-26",
		`ANNOUNCER: Fifty years ago, the United States and Britain began one of the largest relief operations in history, the Berlin Airlift. Correspondent Jim Malone reports from Berlin.

MALONE: On June 24, 1948, Soviet forces closed the roads, railways and canals leading into the western sectors of Berlin, cutting off more than two million people. Two days later, the first American C-47 cargo planes landed at Tempelhof airfield with milk, flour and medicine.

Allied officials expected the operation to last a few weeks. Instead, it went on for more than 15 months. The hardest test came that winter, when fog grounded many flights, coal for heating ran short and Berliners burned furniture to stay warm.

At its peak, in the spring of 1949, a plane landed in the city every three minutes.

The Soviet Union lifted the blockade on May 12, 1949, but the flights continued until the end of September to build up reserves of food and fuel. In all, allied crews flew more than 270,000 missions and delivered about 2.3 million tons of supplies.

Gail Halvorsen, the American pilot who dropped candy to children on tiny parachutes, returned to Berlin this week for the anniversary ceremonies. He says the city has changed beyond recognition since he first landed there in July 1948.

Historians say the airlift set the pattern for a Cold War that would last four decades. For VOA News, this is Jim Malone in Berlin.`,
		[]hoGold{
			{"Fifty years ago", "DATE", "1948", ""},
			{"June 24, 1948", "DATE", "1948-06-24", ""},
			{"Two days later", "DATE", "1948-06-26", ""},
			{"a few weeks", "DURATION", "PXW", ""},
			{"more than 15 months", "DURATION", "P15M", "MORE_THAN"},
			{"that winter", "DATE", "1948-WI", ""},
			{"the spring of 1949", "DATE", "1949-SP", ""},
			{"every three minutes", "SET", "PT3M", ""},
			{"May 12, 1949", "DATE", "1949-05-12", ""},
			{"the end of September", "DATE", "1949-09", "END"},
			{"this week", "DATE", "1998-W26", ""},
			{"July 1948", "DATE", "1948-07", ""},
			{"four decades", "DURATION", "P40Y", ""},
		},
	},
	{
		"abc-hepatitis-strawberries", "1998-01-22",
		`PETER JENNINGS, ABC NEWS: Health officials in Michigan said today they have traced an outbreak of hepatitis A that has sickened more than 200 schoolchildren to a single shipment of frozen strawberries. ABC's Ned Potter reports.

NED POTTER, ABC NEWS: The first case was reported in Calhoun County on Jan. 6. Within ten days, state laboratories had confirmed 214 cases in 18 schools.

Investigators believe the children ate the strawberries, mixed into fruit cups, in school lunches on Dec. 10 and again the following day. Because the virus can take weeks to cause symptoms, the link was hard to see.

The berries came from a processor in San Diego, which shipped the same lot to six other states last fall. Federal officials spent last weekend tracking those shipments, and by Monday, schools in Arizona and Iowa had pulled the fruit from their freezers.

The processor's president said yesterday that the plant had passed a federal inspection in November and that the company would cooperate fully.

JENNINGS: Doctors say children who ate the berries within the past two weeks should get a shot of immune globulin, which can prevent the disease.`,
		[]hoGold{
			{"today", "DATE", "1998-01-22", ""},
			{"Jan. 6", "DATE", "1998-01-06", ""},
			{"ten days", "DURATION", "P10D", ""},
			{"Dec. 10", "DATE", "1997-12-10", ""},
			{"the following day", "DATE", "1997-12-11", ""},
			{"weeks", "DURATION", "PXW", ""},
			{"last fall", "DATE", "1997-FA", ""},
			{"last weekend", "DATE", "1998-W03-WE", ""},
			{"Monday", "DATE", "1998-01-19", ""},
			{"yesterday", "DATE", "1998-01-21", ""},
			{"November", "DATE", "1997-11", ""},
			{"the past two weeks", "DURATION", "P2W", ""},
		},
	},
	{
		"reuters-philippine-ferry-inquiry", "2016-10-12",
		`MANILA, Oct 12 (Reuters) - The captain of a ferry that capsized off the central Philippines last month, killing 61 people, ignored a coast guard order to stay in port, an official inquiry found on Wednesday.

The MV Santa Lucia left Ormoc at 11:15 a.m. on Sept. 14, about two hours after the coast guard suspended sea travel because of an approaching storm, according to the inquiry's report. It overturned in heavy swells at 1:05 p.m., less than two hours into the voyage.

Survivors told investigators that the crew had loaded about 30 tonnes of cement onto the upper deck the night before, and that the vessel was listing when it left the pier.

Rescuers pulled 140 people from the water that afternoon. The bodies of the last two victims were recovered on Sept. 20, six days after the sinking.

The ship's owner, Leyte Sea Lines, had been fined twice in the previous three years for overloading, the report said. Its operating licence was suspended the day after the accident.

The captain, who has been in detention since Sept. 16, faces charges of multiple homicide through reckless imprudence. A hearing is scheduled for Nov. 3.

The Philippines, an archipelago of more than 7,000 islands, has a long history of ferry disasters. In December 1987, the ferry Dona Paz sank after colliding with an oil tanker, killing more than 4,000 people in the world's worst peacetime maritime disaster.`,
		[]hoGold{
			{"Oct 12", "DATE", "2016-10-12", ""},
			{"last month", "DATE", "2016-09", ""},
			{"Wednesday", "DATE", "2016-10-12", ""},
			{"11:15 a.m.", "TIME", "2016-09-14T11:15", ""},
			{"Sept. 14", "DATE", "2016-09-14", ""},
			{"about two hours", "DURATION", "PT2H", "APPROX"},
			{"1:05 p.m.", "TIME", "2016-09-14T13:05", ""},
			{"less than two hours", "DURATION", "PT2H", "LESS_THAN"},
			{"the night before", "TIME", "2016-09-13TNI", ""},
			{"that afternoon", "TIME", "2016-09-14TAF", ""},
			{"Sept. 20", "DATE", "2016-09-20", ""},
			{"six days", "DURATION", "P6D", ""},
			{"the previous three years", "DURATION", "P3Y", ""},
			{"the day after", "DATE", "2016-09-15", ""},
			{"Sept. 16", "DATE", "2016-09-16", ""},
			{"Nov. 3", "DATE", "2016-11-03", ""},
			{"December 1987", "DATE", "1987-12", ""},
		},
	},
	{
		"ap-chicago-alderman-indicted", "2000-10-05",
		`CHICAGO (AP) -- A former city alderman was indicted Wednesday on charges that he took $25,000 in bribes from a developer in exchange for his vote on a zoning change for a 22-story condominium tower.

According to the indictment, Alderman Frank Dorsey met the developer at a North Side restaurant on the evening of June 8, 1999, and accepted an envelope containing $10,000 in cash. The council's zoning committee approved the project the following week.

The indictment says Dorsey received a second payment of $15,000 on July 21, the day before the full City Council vote. He deposited $9,000 of it in a suburban bank the same day. The measure passed 41-7.

Prosecutors say the developer began cooperating with the FBI in January, three months after agents questioned him about another project. He pleaded guilty in August to a single count of mail fraud.

Dorsey, who served on the council for 16 years before resigning last spring, faces five counts of extortion and bribery. His lawyer, Sam Adams Jr., said Wednesday that his client "never took a dime" and would plead not guilty at his arraignment, set for Oct. 17.

It was the fifth indictment of a sitting or former Chicago alderman since 1996.`,
		[]hoGold{
			{"Wednesday", "DATE", "2000-10-04", ""},
			{"the evening of June 8, 1999", "TIME", "1999-06-08TEV", ""},
			{"the following week", "DATE", "1999-W24", ""},
			{"July 21", "DATE", "1999-07-21", ""},
			{"the day before", "DATE", "1999-07-21", ""},
			{"the same day", "DATE", "1999-07-21", ""},
			{"January", "DATE", "2000-01", ""},
			{"three months", "DURATION", "P3M", ""},
			{"August", "DATE", "2000-08", ""},
			{"16 years", "DURATION", "P16Y", ""},
			{"last spring", "DATE", "2000-SP", ""},
			{"Wednesday", "DATE", "2000-10-04", ""},
			{"Oct. 17", "DATE", "2000-10-17", ""},
			{"1996", "DATE", "1996", ""},
		},
	},
	{
		"nyt-1938-hurricane-westerly", "1998-09-19",
		`WESTERLY, R.I. -- It will be 60 years on Monday since the sea came into Misquamicut without warning.

The morning of Sept. 21, 1938, was warm and gray, and the Weather Bureau had forecast nothing worse than gales. By 3:30 that afternoon the wind was blowing at 100 miles an hour, and within an hour the storm surge had carried off nearly all of the 500 cottages strung along the beach.

Ruth Kenyon, who was 9 that summer, spent that night with her parents and two brothers in the attic of a farmhouse a mile inland. "We didn't know until the next morning who was alive and who wasn't," she said last week.

In the days that followed, the National Guard patrolled the ruins and volunteers searched the salt marshes for the missing. Forty-one people died in Westerly alone, and more than 600 across New England.

The beach was rebuilt in the 1940s and 1950s, only to be battered again by Hurricane Carol in August 1954.

On Sunday, the town will dedicate a granite marker near the spot where the old casino stood until 1938. Mrs. Kenyon, who still lives on a farm north of the beach, says she plans to be there, though she has not gone into the water since.`,
		[]hoGold{
			{"60 years", "DURATION", "P60Y", ""},
			{"Monday", "DATE", "1998-09-21", ""},
			{"The morning of Sept. 21, 1938", "TIME", "1938-09-21TMO", ""},
			{"3:30 that afternoon", "TIME", "1938-09-21T15:30", ""},
			{"an hour", "DURATION", "PT1H", ""},
			{"that summer", "DATE", "1938-SU", ""},
			{"that night", "TIME", "1938-09-21TNI", ""},
			{"the next morning", "TIME", "1938-09-22TMO", ""},
			{"last week", "DATE", "1998-W37", ""},
			{"the days that followed", "DURATION", "PXD", ""},
			{"the 1940s", "DATE", "194", ""},
			{"1950s", "DATE", "195", ""},
			{"August 1954", "DATE", "1954-08", ""},
			{"Sunday", "DATE", "1998-09-20", ""},
			{"1938", "DATE", "1938", ""},
		},
	},
	{
		"ap-ridge-fire-cause", "2021-06-18",
		`SACRAMENTO, Calif. (AP) — A wildfire that destroyed more than 1,100 homes in Northern California last fall was started by a dead pine that fell onto a power line, state fire investigators said Thursday.

The Ridge Fire began at about 2:40 a.m. on Sept. 9, 2020, near the town of Oroville, according to the California Department of Forestry and Fire Protection. Hours later, Pacific Gas & Electric Co. reported an outage on the line to state regulators.

The utility had been warned about the tree in 2018, investigators said, but a crew sent to remove it two years later found the access road washed out and never returned.

Winds gusting to 45 mph pushed the fire across 30 miles of ridges within 24 hours. By the evening of Sept. 10 it had reached the outskirts of Paradise, the town leveled by the Camp Fire two years earlier.

The fire was fully contained on Oct. 2, more than three weeks after it began. It killed 16 people, most of them in the first 48 hours.

PG&E, which emerged from bankruptcy in July 2020, said in a statement that it had "made significant changes" to its tree-trimming program since the fire. The company has set aside $1.2 billion for wildfire claims this year.

Butte County District Attorney Karen Ellis said her office would decide within 60 days whether to file criminal charges.`,
		[]hoGold{
			{"last fall", "DATE", "2020-FA", ""},
			{"Thursday", "DATE", "2021-06-17", ""},
			{"about 2:40 a.m.", "TIME", "2020-09-09T02:40", "APPROX"},
			{"Sept. 9, 2020", "DATE", "2020-09-09", ""},
			{"Hours later", "DATE", "2020-09-09", ""},
			{"2018", "DATE", "2018", ""},
			{"two years later", "DATE", "2020", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"the evening of Sept. 10", "TIME", "2020-09-10TEV", ""},
			{"two years earlier", "DATE", "2018", ""},
			{"Oct. 2", "DATE", "2020-10-02", ""},
			{"more than three weeks", "DURATION", "P3W", "MORE_THAN"},
			{"the first 48 hours", "DURATION", "PT48H", ""},
			{"July 2020", "DATE", "2020-07", ""},
			{"this year", "DATE", "2021", ""},
			{"60 days", "DURATION", "P60D", ""},
		},
	},
	{
		"reuters-enfield-warehouse-arson-trial", "2013-03-14",
		`LONDON, March 14 (Reuters) - A security guard told a London court on Thursday that he saw two men carrying petrol cans into a furniture warehouse less than an hour before it was destroyed by fire during the riots of August 2011.

Giving evidence at the Old Bailey, Mark Tennant said he had started his shift at the neighbouring depot at 10 p.m. on Aug. 8, 2011, as looting spread across north London. At about 11:20 p.m. he noticed a white van parked in a loading bay that had been empty 20 minutes earlier.

The first emergency call came at 12:05 a.m., and the building burned for more than 18 hours. Firefighters were unable to approach it until the following afternoon, when part of the roof collapsed.

Tennant said police interviewed him twice after the fire, but that he did not pick out the two defendants until an identity parade in January 2012, five months later.

The defendants, both from Enfield, deny arson with intent to endanger life. Prosecutors say they were identified partly from CCTV footage recovered from a petrol station on the A10.

The trial, which opened on Monday and is expected to last four weeks, continues on Friday.`,
		[]hoGold{
			{"March 14", "DATE", "2013-03-14", ""},
			{"Thursday", "DATE", "2013-03-14", ""},
			{"less than an hour", "DURATION", "PT1H", "LESS_THAN"},
			{"August 2011", "DATE", "2011-08", ""},
			{"10 p.m.", "TIME", "2011-08-08T22:00", ""},
			{"Aug. 8, 2011", "DATE", "2011-08-08", ""},
			{"about 11:20 p.m.", "TIME", "2011-08-08T23:20", "APPROX"},
			{"20 minutes earlier", "TIME", "2011-08-08T23:00", ""},
			{"12:05 a.m.", "TIME", "2011-08-09T00:05", ""},
			{"more than 18 hours", "DURATION", "PT18H", "MORE_THAN"},
			{"the following afternoon", "TIME", "2011-08-09TAF", ""},
			{"January 2012", "DATE", "2012-01", ""},
			{"five months later", "DATE", "2012-01", ""},
			{"Monday", "DATE", "2013-03-11", ""},
			{"four weeks", "DURATION", "P4W", ""},
			{"Friday", "DATE", "2013-03-15", ""},
		},
	},
	{
		"wsj-harbor-chemical-tender-offer", "1990-11-08",
		`Harbor Chemical Corp. said it agreed to be acquired by Allied Resins Inc. for $23.50 a share, or about $412 million, in a transaction that would create the third-largest maker of industrial coatings in North America.

The offer represents a premium of 31% over Harbor's closing price of $17.875 in New York Stock Exchange composite trading. Allied, based in Pittsburgh, will pay $15 of the price in cash and the remainder in Allied common stock valued at $8.50, subject to a collar that limits the number of Allied shares to be issued to between 0.42 and 0.51 for each Harbor share.

Harbor, which has 17.5 million shares outstanding, has sales of about $640 million and earns about $38 million, or $2.18 a share. Allied's sales total about $1.9 billion.

The combined company would operate 27 plants in the U.S. and Canada and employ about 8,400 people. Allied said it expects to close four plants and eliminate roughly 900 jobs, producing savings of $45 million to $55 million before taxes.

The transaction requires the approval of two-thirds of Harbor's holders. Harbor's directors and officers, who control about 11% of its stock, have agreed to vote in favor. Allied has obtained commitments for $300 million of bank financing from a group led by Mellon Bank.

Harbor said it would pay Allied a fee of $12 million if it accepts a rival bid. Harbor shares closed up $5.125 at $23.`,
		nil,
	},
	{
		"xinhua-tibet-population-census", "1999-06-30",
		`LHASA (Xinhua) -- The population of the Tibet Autonomous Region has reached 2.52 million, of whom 95.7 percent are Tibetans, according to figures released by the regional statistics bureau.

The region's Han population numbers about 80,000, most of them engineers, teachers, doctors and other specialists working in Lhasa and in the prefectural seats of Xigaze, Qamdo, Nagqu and Nyingchi. The remaining 30,000 residents belong to the Moinba, Lhoba, Hui, Naxi and other ethnic groups.

Lhasa, the regional capital, has 380,000 residents, including 140,000 in the urban districts. Xigaze Prefecture, with 630,000 people, is the most populous of the region's seven prefecture-level divisions, while Ngari, in the far west, has only 72,000 people spread over 300,000 square kilometers.

The average life expectancy in the region has risen to 65, compared with 35.5 before the peaceful liberation, and the infant mortality rate has dropped to 36 per thousand. The number of monks and nuns stands at 46,000, living in 1,787 monasteries and other religious sites.

Some 84 percent of the region's people live in rural and pastoral areas. The bureau said 86 percent of school-age children are enrolled in primary schools, up from 2 percent, and that 7,300 students are studying at the region's four colleges.`,
		nil,
	},
}

func TestEnglishHeldOut7(t *testing.T) { guardHeldOut(t, "English 7", enHeldOut7, "en", 0.81) }
