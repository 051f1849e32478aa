package extract

import "testing"

// enHeldOut5 is a fifth blind English held-out set: 16 invented whole news
// articles (150-260 words each) in the style of the TempEval-3 / TimeBank /
// AQUAINT sources: Xinhua English 1998 (with "CITY, Month D (Xinhua) --"
// datelines, whose date is a gold timex), AP wire 1998-1999 ("WASHINGTON
// (AP) _"), NYT 1998, VOA and CNN broadcast transcripts 1998, WSJ business and
// markets stories 1989-1990, and Reuters 2016, AP 2019 and BBC 2021 stories.
// Two passages (a baseball game story and a mall-lease story) are
// number-heavy and hold no timex at all: scores, batting averages, prices,
// percentages, addresses, route numbers, bare ages, and month-like names
// ("April Reyes", "May Department Stores", "Mark Summers", "Summer Street").
//
// It stresses weekdays whose direction depends on tense in reported speech
// and relative clauses ("said Tuesday they will ... on Thursday",
// "consultations, which end Saturday", "by Friday", "officials who returned
// Sunday"), weekday + part of day, clock times with and without zones
// ("2:00 p.m. EDT Friday", "noon Wednesday", "1800 GMT"), ISO weeks and
// weekends ("this weekend" said on a Monday, British "at the weekend"),
// quarter values for "a year ago" in earnings copy, fiscal years, halves,
// seasons ("last summer" in November = the same year), holidays resolved to
// the year, decades and centuries ("the '50s", "the end of the century"),
// PRESENT_REF/PAST_REF/FUTURE_REF, SETs ("every Sunday night", "twice a
// week", "daily" as an event frequency but not "daily production"),
// adjectival durations ("six-year", "30-year", "two-day"), ages ("The
// 52-year-old"), approximate and bounded durations (PXY, "at least a week"),
// and two "December"s of opposite direction in one story.
//
// Gold follows TimeML 1.2.1 / TempEval-3: spans keep determiners and
// modifiers but not prepositions; past-tense weekdays resolve to the most
// recent such day on or before the DCT (AP "said Tuesday" on a Tuesday DCT is
// the DCT), future ones to the next such day after it. Every relative value
// was computed from the passage's DCT with Python's datetime. The set was
// written without reading the tagger, its tests or the dev corpus.
var enHeldOut5 = []hoCase{
	{
		"xinhua-trade-npc", "1998-03-05",
		`BEIJING, March 5 (Xinhua) -- China's foreign trade is expected to grow by about 8 percent this year despite the financial turmoil that has swept Asia since last July, Vice-Minister of Foreign Trade and Economic Cooperation Sun Zhenyu said here today.

Speaking on the sidelines of the First Session of the Ninth National People's Congress, which opened here, Sun said China's imports and exports totaled 325 billion U.S. dollars in 1997, up 12 percent. From 1995 to 1997, the country's trade surplus more than doubled, he said.

Sun said China will not devalue the renminbi in the first half of this year and will "keep the currency stable in the future." Exports to Southeast Asian countries fell sharply in the past three months, he noted, but sales to Europe and North America remained strong.

The vice-minister said the ministry now holds the Guangzhou export commodities fair twice a year and will launch an international investment fair in Xiamen every September. China signed trade agreements with 12 African nations in the 1990s and hopes to join the World Trade Organization before the end of the century, he added.

The session, which runs until March 19, is also expected to approve a sweeping plan to cut the number of government ministries from 40 to 29. Deputies will vote on the plan on Tuesday, Sun said.`,
		[]hoGold{
			{"March 5", "DATE", "1998-03-05", ""},
			{"this year", "DATE", "1998", ""},
			{"last July", "DATE", "1997-07", ""},
			{"today", "DATE", "1998-03-05", ""},
			{"1997", "DATE", "1997", ""},
			{"1995", "DATE", "1995", ""},
			{"1997", "DATE", "1997", ""},
			{"the first half of this year", "DATE", "1998-H1", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
			{"the past three months", "DURATION", "P3M", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"twice a year", "SET", "P1Y", ""},
			{"every September", "SET", "XXXX-09", ""},
			{"the 1990s", "DATE", "199", ""},
			{"the end of the century", "DATE", "19", "END"},
			{"March 19", "DATE", "1998-03-19", ""},
			{"Tuesday", "DATE", "1998-03-10", ""},
		},
	},
	{
		"xinhua-harbin-flood", "1998-08-20",
		`HARBIN, August 20 (Xinhua) -- Flood waters on the Songhua River began to recede slowly on Thursday, but officials warned that the dikes protecting this northeastern city would remain under heavy pressure for at least a week.

The water level at the Harbin hydrological station stood at 120.5 meters at 8 a.m. today, down 0.39 meter from the peak reached Saturday night, the provincial flood control headquarters said. The river has stayed above the warning line for more than three weeks.

More than 20,000 soldiers who arrived Sunday are patrolling the dikes around the clock, and engineers check the embankments every two hours. Relief trains carrying food and medicine leave Beijing daily, and the daily production of bottled water at the city's three plants has been raised to 500 tons.

Officials said the flooding this summer is the worst on record on the Songhua and has caused direct economic losses of 16 billion yuan in Heilongjiang Province. The provincial government will hold a meeting on Monday to draw up plans for rebuilding homes before winter sets in, and schools in the affected counties will reopen as scheduled.

"We cannot relax now," said Vice-Governor Wang Zongzhang, who has spent the past 10 days on the dikes. He said the province would inspect its flood-control works every year and complete the reinforcement of the main dikes by the end of 1999.`,
		[]hoGold{
			{"August 20", "DATE", "1998-08-20", ""},
			{"Thursday", "DATE", "1998-08-20", ""},
			{"at least a week", "DURATION", "P1W", "EQUAL_OR_MORE"},
			{"8 a.m. today", "TIME", "1998-08-20T08:00", ""},
			{"Saturday night", "TIME", "1998-08-15TNI", ""},
			{"more than three weeks", "DURATION", "P3W", "MORE_THAN"},
			{"Sunday", "DATE", "1998-08-16", ""},
			{"every two hours", "SET", "PT2H", ""},
			{"daily", "SET", "P1D", ""},
			{"this summer", "DATE", "1998-SU", ""},
			{"Monday", "DATE", "1998-08-24", ""},
			{"winter", "DATE", "1998-WI", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the past 10 days", "DURATION", "P10D", ""},
			{"every year", "SET", "P1Y", ""},
			{"the end of 1999", "DATE", "1999", "END"},
		},
	},
	{
		"apw-highway-bill", "1998-02-10",
		`WASHINGTON (AP) _ Senate Republican leaders said Tuesday they will bring a six-year, $173 billion highway bill to the floor on Thursday, ending a standoff that has stalled the measure since last fall.

Sen. Thomas Harlan, R-Kan., who chairs the Environment and Public Works Committee, said Monday that negotiators had settled a dispute over how the money would be divided among the states. "If we don't have a deal by Wednesday night, we'll start over next week," Harlan said.

The old highway law has expired, and a stopgap extension passed by Congress keeps money flowing to the states only until May 1. Transportation officials, who testified before the committee last week, warned that some states could run out of construction money this spring.

Democrats, who met with White House aides Friday, said they want more money for mass transit and will offer amendments when debate begins. A vote on final passage could come before lawmakers leave town Feb. 13 for a 10-day recess.

The House is expected to take up its own version, which would spend about $218 billion over six years, after the Senate acts. Lawmakers have fought over the funding formula for several months, and aides said the bill's chances had improved only in the past few days, after governors from 20 states wrote to congressional leaders urging quick action.`,
		[]hoGold{
			{"Tuesday", "DATE", "1998-02-10", ""},
			{"six-year", "DURATION", "P6Y", ""},
			{"Thursday", "DATE", "1998-02-12", ""},
			{"last fall", "DATE", "1997-FA", ""},
			{"Monday", "DATE", "1998-02-09", ""},
			{"Wednesday night", "TIME", "1998-02-11TNI", ""},
			{"next week", "DATE", "1998-W08", ""},
			{"May 1", "DATE", "1998-05-01", ""},
			{"last week", "DATE", "1998-W06", ""},
			{"this spring", "DATE", "1998-SP", ""},
			{"Friday", "DATE", "1998-02-06", ""},
			{"Feb. 13", "DATE", "1998-02-13", ""},
			{"10-day", "DURATION", "P10D", ""},
			{"six years", "DURATION", "P6Y", ""},
			{"several months", "DURATION", "PXM", ""},
			{"the past few days", "DURATION", "PXD", ""},
		},
	},
	{
		"apw-un-inspectors", "1998-11-11",
		`UNITED NATIONS (AP) _ The Security Council will meet again Thursday to consider Iraq's refusal to cooperate with U.N. weapons inspectors, diplomats said, as Washington and London warned that the time for diplomacy was running out.

The chief inspector, who returned from Baghdad on Sunday, told council members Tuesday night that his teams had been unable to work for more than two weeks. Most of the 130 inspectors and support staff were pulled out of Iraq early Wednesday and flown to Bahrain.

A senior U.S. official said military strikes could follow "if Baghdad does not reverse course by Friday." Another diplomat said the council's closed-door consultations, which end Saturday, would decide whether a new resolution is needed.

Iraq halted all cooperation on Oct. 31, saying it had waited seven years for the lifting of sanctions imposed after its 1990 invasion of Kuwait. Iraqi officials have said they will not reconsider until the council completes a comprehensive review of the sanctions, which Baghdad wants to begin next month.

Arab foreign ministers who met in Cairo on Monday urged Iraq to comply, and the Arab League's secretary-general is expected to travel to Baghdad later this week. Russia and France, which have pressed for an easing of the oil embargo, said Wednesday they still hoped for a peaceful solution.

The inspectors have spent the past year trying to account for missile parts and chemical weapons that Iraq says it destroyed in the early 1990s.`,
		[]hoGold{
			{"Thursday", "DATE", "1998-11-12", ""},
			{"Sunday", "DATE", "1998-11-08", ""},
			{"Tuesday night", "TIME", "1998-11-10TNI", ""},
			{"more than two weeks", "DURATION", "P2W", "MORE_THAN"},
			{"early Wednesday", "DATE", "1998-11-11", "START"},
			{"Friday", "DATE", "1998-11-13", ""},
			{"Saturday", "DATE", "1998-11-14", ""},
			{"Oct. 31", "DATE", "1998-10-31", ""},
			{"seven years", "DURATION", "P7Y", ""},
			{"1990", "DATE", "1990", ""},
			{"next month", "DATE", "1998-12", ""},
			{"Monday", "DATE", "1998-11-09", ""},
			{"later this week", "DATE", "1998-W46", ""},
			{"Wednesday", "DATE", "1998-11-11", ""},
			{"the past year", "DURATION", "P1Y", ""},
			{"the early 1990s", "DATE", "199", "START"},
		},
	},
	{
		"nyt-holiday-shopping", "1998-11-30",
		`NEW YORK _ Shoppers jammed malls and discount stores over the Thanksgiving weekend, giving retailers a stronger start than many had feared after the stock market's tumble.

Sales at stores open at least a year rose 4.5 percent on Friday, traditionally the busiest shopping day, according to a survey released Sunday by a retail research firm. Some chains reported lines of several hundred people outside their doors before opening.

"People were nervous last summer, when the market dropped, but they came out this weekend with their wallets open," said Marian Cole, a retail consultant in Chicago. She expects holiday sales to rise about 5 percent this year, down from 6 percent a year earlier.

Toy stores reported heavy demand for talking plush dolls, which have been sold out in many cities for several weeks. Electronics chains said sales of digital cameras had doubled from last year.

Retailers face a shorter shopping stretch between Thanksgiving and Christmas, and analysts said the next four weeks would determine whether the industry can match the record results of 1996. Many stores plan to extend their hours beginning next week, and some will stay open around the clock from Dec. 18 through Dec. 23.

The Commerce Department will release its report on retail sales on Tuesday. Economists expect a gain of 0.4 percent.`,
		[]hoGold{
			{"the Thanksgiving weekend", "DATE", "1998-W48-WE", ""},
			{"at least a year", "DURATION", "P1Y", "EQUAL_OR_MORE"},
			{"Friday", "DATE", "1998-11-27", ""},
			{"Sunday", "DATE", "1998-11-29", ""},
			{"last summer", "DATE", "1998-SU", ""},
			{"this weekend", "DATE", "1998-W48-WE", ""},
			{"this year", "DATE", "1998", ""},
			{"a year earlier", "DATE", "1997", ""},
			{"several weeks", "DURATION", "PXW", ""},
			{"last year", "DATE", "1997", ""},
			{"Thanksgiving", "DATE", "1998-11-26", ""},
			{"Christmas", "DATE", "1998-12-25", ""},
			{"the next four weeks", "DURATION", "P4W", ""},
			{"1996", "DATE", "1996", ""},
			{"next week", "DATE", "1998-W50", ""},
			{"Dec. 18", "DATE", "1998-12-18", ""},
			{"Dec. 23", "DATE", "1998-12-23", ""},
			{"Tuesday", "DATE", "1998-12-01", ""},
		},
	},
	{
		"voa-mideast-summit", "1998-10-14",
		`Israeli and Palestinian leaders are due in the United States this week for what officials are calling a make-or-break summit. VOA's Alan Brandt reports from Washington.

The talks open Thursday at a conference center on Maryland's Eastern Shore, and the White House says they could last five days. U.S. officials who returned from the region Sunday say the two sides are currently far apart on security guarantees and on the size of a further Israeli withdrawal from the West Bank.

The peace process has been stalled for 19 months. The last serious round of negotiations ended without agreement in London last spring, and the U.S. envoy has traveled to the region repeatedly since then. He met Palestinian leaders twice in Gaza last week.

A State Department spokesman said Tuesday the administration is not setting a deadline, but he noted that the interim agreement signed in 1993 expires next May. "Now is the time to make the hard decisions," he said.

Israel's prime minister told his cabinet on Sunday that he would not sign any deal that fails to protect Israeli citizens, and hard-line ministers have threatened to bring down his government if he gives up more land. Palestinian officials say they want the summit to produce a timetable for final-status talks, which were supposed to be completed by May 1999.

The White House hopes to announce an agreement by Monday night. For VOA News, I'm Alan Brandt in Washington.`,
		[]hoGold{
			{"this week", "DATE", "1998-W42", ""},
			{"Thursday", "DATE", "1998-10-15", ""},
			{"five days", "DURATION", "P5D", ""},
			{"Sunday", "DATE", "1998-10-11", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"19 months", "DURATION", "P19M", ""},
			{"last spring", "DATE", "1998-SP", ""},
			{"last week", "DATE", "1998-W41", ""},
			{"Tuesday", "DATE", "1998-10-13", ""},
			{"1993", "DATE", "1993", ""},
			{"next May", "DATE", "1999-05", ""},
			{"Now", "DATE", "PRESENT_REF", ""},
			{"Sunday", "DATE", "1998-10-11", ""},
			{"May 1999", "DATE", "1999-05", ""},
			{"Monday night", "TIME", "1998-10-19TNI", ""},
		},
	},
	{
		"cnn-shuttle-mir", "1998-06-09",
		`LOU WATERS, CNN ANCHOR: The space shuttle Discovery is heading home this afternoon after undocking from the Russian space station Mir. The two spacecraft separated yesterday at 12:01 p.m. Eastern time, ending the last shuttle visit to the aging outpost. CNN's Miles Cooper is at the Kennedy Space Center.

(BEGIN VIDEOTAPE)

MILES COOPER, CNN CORRESPONDENT: NASA says Discovery is scheduled to land here at 2:00 p.m. EDT Friday, weather permitting. If clouds move in, the crew could stay in orbit until Saturday morning or divert to Edwards Air Force Base in California.

Astronaut Andy Thomas, who spent more than four months aboard Mir, is coming home with the crew. He is the last of seven Americans to live on the station since March 1995. Doctors say he will need several weeks to readjust to gravity.

The crew spent Monday moving water, experiments and computer gear between the two ships. They woke up at 3:30 a.m. EDT today and will test the shuttle's steering jets this evening. Flight controllers plan a briefing at noon Wednesday.

NASA hopes to launch the first piece of the new international space station in November, seven months later than planned.

(END VIDEOTAPE)

WATERS: Discovery's landing is set for 2 p.m. Eastern on Friday, and CNN will carry it live.`,
		[]hoGold{
			{"this afternoon", "TIME", "1998-06-09TAF", ""},
			{"yesterday", "DATE", "1998-06-08", ""},
			{"12:01 p.m. Eastern time", "TIME", "1998-06-08T12:01", ""},
			{"2:00 p.m. EDT Friday", "TIME", "1998-06-12T14:00", ""},
			{"Saturday morning", "TIME", "1998-06-13TMO", ""},
			{"more than four months", "DURATION", "P4M", "MORE_THAN"},
			{"March 1995", "DATE", "1995-03", ""},
			{"several weeks", "DURATION", "PXW", ""},
			{"Monday", "DATE", "1998-06-08", ""},
			{"3:30 a.m. EDT today", "TIME", "1998-06-09T03:30", ""},
			{"this evening", "TIME", "1998-06-09TEV", ""},
			{"noon Wednesday", "TIME", "1998-06-10T12:00", ""},
			{"November", "DATE", "1998-11", ""},
			{"seven months", "DURATION", "P7M", ""},
			{"2 p.m. Eastern", "TIME", "1998-06-12T14:00", ""},
			{"Friday", "DATE", "1998-06-12", ""},
		},
	},
	{
		"wsj-paper-earnings", "1989-10-19",
		`Consolidated Papers Inc. said third-quarter net income fell 12% to $44.2 million, or 98 cents a share, from $50.3 million, or $1.12 a share, a year ago, as lower newsprint prices and higher pulp costs squeezed margins.

Sales in the quarter slipped 3% to $612 million from $631 million a year earlier.

For the first nine months, the Wisconsin-based company earned $141.5 million, or $3.12 a share, down from $158.7 million, or $3.51 a share, last year. Sales for the nine months were flat at $1.86 billion.

The results, released after the market closed yesterday, were in line with analysts' estimates. The company said it expects fourth-quarter earnings to be "somewhat weaker" because of a strike at its Duluth, Minn., mill that began Oct. 2 and could last several more weeks.

"We've been through two years of record earnings, and the cycle is clearly turning now," said Henry Gaertner, an analyst at Dean Witter Reynolds Inc. He cut his estimate for fiscal 1990 to $3.60 a share from $4.25.

Consolidated said capital spending this year would total about $300 million, mostly for a new coated-paper machine scheduled to start up in the spring of 1990. The board also declared a dividend of 40 cents a share.

In New York Stock Exchange composite trading, Consolidated closed at $47.25, down 62.5 cents.`,
		[]hoGold{
			{"third-quarter", "DATE", "1989-Q3", ""},
			{"a year ago", "DATE", "1988-Q3", ""},
			{"the quarter", "DATE", "1989-Q3", ""},
			{"a year earlier", "DATE", "1988-Q3", ""},
			{"the first nine months", "DURATION", "P9M", ""},
			{"last year", "DATE", "1988", ""},
			{"the nine months", "DURATION", "P9M", ""},
			{"yesterday", "DATE", "1989-10-18", ""},
			{"fourth-quarter", "DATE", "1989-Q4", ""},
			{"Oct. 2", "DATE", "1989-10-02", ""},
			{"several more weeks", "DURATION", "PXW", ""},
			{"two years", "DURATION", "P2Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"fiscal 1990", "DATE", "1990", ""},
			{"this year", "DATE", "1989", ""},
			{"the spring of 1990", "DATE", "1990-SP", ""},
		},
	},
	{
		"wsj-stocks-rates", "1990-03-13",
		`Stock prices fell sharply yesterday as rising interest rates and a slide in Tokyo sent investors to the sidelines.

The Dow Jones Industrial Average dropped 31.27 points to 2707.21, its lowest close since Feb. 27, in moderate trading. The average had gained 48 points last week, and traders said Friday's rally had left the market vulnerable to profit-taking.

Bond prices also slid, pushing the yield on the Treasury's benchmark 30-year bond to 8.62% from 8.55% on Friday. The yield has climbed more than half a percentage point over the past three months, as investors demanded higher returns amid signs that inflation accelerated late last year.

"The stock market is currently at the mercy of the bond market and Tokyo," said Martin Kessel, chief investment strategist at a New York brokerage. Japanese stocks fell again early today, and the Nikkei index has lost about 20% since the start of the year.

Investors are looking ahead to the Labor Department's report on producer prices, due Friday, and to a meeting of Federal Reserve policy makers later this month. Many economists expect the Fed to hold rates steady until the second half of the year.

"I think we'll see a choppy market for the next several weeks," Mr. Kessel said.

Gold fell $3.10 to $392.80 an ounce in New York, its lowest level in five months. The dollar rose to 151.15 yen, its highest level since mid-1987.`,
		[]hoGold{
			{"yesterday", "DATE", "1990-03-12", ""},
			{"Feb. 27", "DATE", "1990-02-27", ""},
			{"last week", "DATE", "1990-W10", ""},
			{"Friday", "DATE", "1990-03-09", ""},
			{"30-year", "DURATION", "P30Y", ""},
			{"Friday", "DATE", "1990-03-09", ""},
			{"the past three months", "DURATION", "P3M", ""},
			{"late last year", "DATE", "1989", "END"},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"early today", "DATE", "1990-03-13", "START"},
			{"the start of the year", "DATE", "1990", "START"},
			{"Friday", "DATE", "1990-03-16", ""},
			{"later this month", "DATE", "1990-03", ""},
			{"the second half of the year", "DATE", "1990-H2", ""},
			{"the next several weeks", "DURATION", "PXW", ""},
			{"five months", "DURATION", "P5M", ""},
			{"mid-1987", "DATE", "1987", "MID"},
		},
	},
	{
		"wsj-harcourt-ceo", "1989-11-08",
		`Harcourt Foods Inc. named Richard M. Shea, president of its frozen-foods division, as chief executive officer, succeeding Walter Brandt, who is retiring after 31 years with the company.

Mr. Shea will take over Jan. 1. Mr. Brandt, 65, will remain chairman until the shareholders' meeting in April, the Minneapolis-based company said yesterday.

The appointment ends several months of speculation about succession at the food processor, which has struggled for several years with falling market share in its core canned-vegetable business. Harcourt recently sold its pet-food unit and said last month that it would close two plants in Iowa by the end of the year.

Mr. Shea joined Harcourt in 1974 as a sales trainee. The 52-year-old has run the frozen-foods division for the past five years, nearly doubling its sales to $740 million, and is widely credited with the Country Kitchen line of microwave dinners.

"Dick has the energy and the vision to lead this company into the future," Mr. Brandt said in a statement. Analysts said the choice had been expected since Mr. Shea's promotion to head the company's largest division two years ago.

Harcourt's earnings for fiscal 1989, which ended June 30, fell 9% to $86 million. The company has said it expects a modest recovery in fiscal 1990.

In New York Stock Exchange composite trading, Harcourt shares rose 50 cents to $38.25.`,
		[]hoGold{
			{"31 years", "DURATION", "P31Y", ""},
			{"Jan. 1", "DATE", "1990-01-01", ""},
			{"April", "DATE", "1990-04", ""},
			{"yesterday", "DATE", "1989-11-07", ""},
			{"several months", "DURATION", "PXM", ""},
			{"several years", "DURATION", "PXY", ""},
			{"recently", "DATE", "PAST_REF", ""},
			{"last month", "DATE", "1989-10", ""},
			{"the end of the year", "DATE", "1989", "END"},
			{"1974", "DATE", "1974", ""},
			{"The 52-year-old", "DURATION", "P52Y", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
			{"two years ago", "DATE", "1987", ""},
			{"fiscal 1989", "DATE", "1989", ""},
			{"June 30", "DATE", "1989-06-30", ""},
			{"fiscal 1990", "DATE", "1990", ""},
		},
	},
	{
		"apw-obit-singer", "1999-06-16",
		`LOS ANGELES (AP) _ Eleanor Vance, a jazz singer whose smoky ballads filled Sunset Strip nightclubs in the 1950s and who later became one of the first black women to host a network radio show, died Tuesday. She was 81.

Vance died at a Santa Monica hospital after a long illness, her nephew, Darnell Price, said Wednesday. A funeral will be held Saturday morning at the First AME Church.

Born in New Orleans, Vance moved to California as a teen-ager and began singing in church choirs. She recorded her first single for a small Los Angeles label and toured with a big band led by trombonist Earl Mack from 1946 to 1949.

Her radio program, "Evening With Eleanor," aired every Sunday night for nearly eight years beginning in 1955, an unusual achievement for a black performer of that era. Critics ranked her among the finest interpreters of American popular song of the 20th century.

She stopped performing in the late 1970s but continued to give voice lessons twice a week until last year, when her eyesight failed.

"In the '50s, you couldn't walk down the Strip without hearing that voice," said jazz historian Paul Lindqvist. "Most singers get a few years at the top. She had 40 years."

Vance is survived by her nephew and two nieces. A memorial concert is planned for next month at the Wilshire Ebell Theatre.`,
		[]hoGold{
			{"the 1950s", "DATE", "195", ""},
			{"Tuesday", "DATE", "1999-06-15", ""},
			{"Wednesday", "DATE", "1999-06-16", ""},
			{"Saturday morning", "TIME", "1999-06-19TMO", ""},
			{"1946", "DATE", "1946", ""},
			{"1949", "DATE", "1949", ""},
			{"every Sunday night", "SET", "XXXX-WXX-7TNI", ""},
			{"nearly eight years", "DURATION", "P8Y", "APPROX"},
			{"1955", "DATE", "1955", ""},
			{"the 20th century", "DATE", "19", ""},
			{"the late 1970s", "DATE", "197", "END"},
			{"twice a week", "SET", "P1W", ""},
			{"last year", "DATE", "1998", ""},
			{"the '50s", "DATE", "195", ""},
			{"a few years", "DURATION", "PXY", ""},
			{"40 years", "DURATION", "P40Y", ""},
			{"next month", "DATE", "1999-07", ""},
		},
	},
	{
		"reuters-fed-hold", "2016-06-15",
		`WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday and signaled it still expects to raise borrowing costs twice this year, but policymakers lowered their longer-run projections as a sharp slowdown in hiring and uncertainty over Britain's vote on European Union membership clouded the outlook.

The U.S. central bank's policy-setting committee said in a statement after its two-day meeting that growth in the labor market had slowed even as consumer spending picked up. Employers added just 38,000 jobs in May, the fewest in more than five years, the Labor Department reported earlier this month.

Fed officials now see the federal funds rate ending 2016 at 0.875 percent, implying two quarter-point increases in the second half of the year. Six officials projected only one hike, up from one in March. The Fed raised rates in December for the first time in nearly 10 years.

Britain votes on June 23 on whether to remain in the EU, and several officials cited the referendum as a reason for caution. Futures markets on Wednesday afternoon priced in almost no chance of a rate increase at the Fed's next meeting, in July, and less than a 50 percent chance of a move by December.

U.S. stocks pared gains after the statement was released at 2 p.m. EDT (1800 GMT), and Treasury yields fell to their lowest levels since 2012.

The Fed will publish the minutes of the meeting in three weeks.`,
		[]hoGold{
			{"Wednesday", "DATE", "2016-06-15", ""},
			{"this year", "DATE", "2016", ""},
			{"two-day", "DURATION", "P2D", ""},
			{"May", "DATE", "2016-05", ""},
			{"more than five years", "DURATION", "P5Y", "MORE_THAN"},
			{"earlier this month", "DATE", "2016-06", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2016", "DATE", "2016", ""},
			{"the second half of the year", "DATE", "2016-H2", ""},
			{"March", "DATE", "2016-03", ""},
			{"December", "DATE", "2015-12", ""},
			{"nearly 10 years", "DURATION", "P10Y", "APPROX"},
			{"June 23", "DATE", "2016-06-23", ""},
			{"Wednesday afternoon", "TIME", "2016-06-15TAF", ""},
			{"July", "DATE", "2016-07", ""},
			{"December", "DATE", "2016-12", ""},
			{"2 p.m. EDT", "TIME", "2016-06-15T14:00", ""},
			{"1800 GMT", "TIME", "2016-06-15T18:00", ""},
			{"2012", "DATE", "2012", ""},
			{"three weeks", "DURATION", "P3W", ""},
		},
	},
	{
		"ap-hurricane-carolina", "2019-09-06",
		`WILMINGTON, N.C. (AP) — Hurricane Delia lashed the Carolina coast with driving rain and 90 mph winds Friday morning, flooding streets in downtown Wilmington and knocking out power to more than 250,000 homes and businesses.

The storm's eye passed over Cape Lookout at about 8:35 a.m., the National Hurricane Center said in its 11 a.m. EDT advisory. The day before, Delia spawned tornadoes that damaged dozens of homes along the South Carolina coast. Forecasters said it would weaken to a tropical storm by Saturday and move out to sea late Sunday.

The governor said Thursday that about 800,000 people had heeded evacuation orders issued Monday for coastal counties. "If you left, stay where you are for now," he said.

Schools in 20 counties were closed Thursday and Friday and will remain closed Monday. Crews will begin checking bridges on the Outer Banks once winds drop below 40 mph, probably on Saturday, and the state ferry system expects to resume service the next day.

Delia is the first hurricane to make landfall in North Carolina since Florence in September 2018, which caused catastrophic flooding along the Cape Fear River. Some residents of low-lying neighborhoods said they had only recently finished repairs from that storm.

"We spent a year fixing this house," said Carla Jimenez as she stacked sandbags outside her home on Front Street. "I'm not doing it again."

Forecasters are watching two more systems in the Atlantic that could threaten the U.S. coast in the next 10 days.`,
		[]hoGold{
			{"Friday morning", "TIME", "2019-09-06TMO", ""},
			{"about 8:35 a.m.", "TIME", "2019-09-06T08:35", "APPROX"},
			{"11 a.m. EDT", "TIME", "2019-09-06T11:00", ""},
			{"The day before", "DATE", "2019-09-05", ""},
			{"Saturday", "DATE", "2019-09-07", ""},
			{"late Sunday", "DATE", "2019-09-08", "END"},
			{"Thursday", "DATE", "2019-09-05", ""},
			{"Monday", "DATE", "2019-09-02", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Thursday", "DATE", "2019-09-05", ""},
			{"Friday", "DATE", "2019-09-06", ""},
			{"Monday", "DATE", "2019-09-09", ""},
			{"Saturday", "DATE", "2019-09-07", ""},
			{"the next day", "DATE", "2019-09-08", ""},
			{"September 2018", "DATE", "2018-09", ""},
			{"recently", "DATE", "PAST_REF", ""},
			{"a year", "DURATION", "P1Y", ""},
			{"the next 10 days", "DURATION", "P10D", ""},
		},
	},
	{
		"bbc-lockdown-roadmap", "2021-02-22",
		`The prime minister has set out a four-step plan to ease England's lockdown, with all pupils returning to school from 8 March and most legal limits on social contact due to end on 21 June at the earliest.

Speaking in the Commons on Monday afternoon, Boris Johnson said each step would be separated by at least five weeks, to give scientists time to assess the impact of the previous one.

From 29 March, outdoor gatherings of up to six people or two households will be allowed and outdoor sports facilities will reopen. Non-essential shops, hairdressers and pub gardens could follow on 12 April, with indoor hospitality set to resume from 17 May.

Each date depends on four tests, including the success of the vaccine rollout, which has now reached more than 17.5 million people. The government is aiming to offer a first dose to every adult by the end of July.

Hospital admissions have fallen by about 40% over the past three weeks, figures published at the weekend showed.

Some Conservative MPs want restrictions lifted more quickly, arguing that the most vulnerable groups will all have been vaccinated by mid-April. Labour said it backed a cautious approach but urged ministers to extend financial support for businesses beyond the end of April. The chancellor will present his Budget next week.

Scotland's first minister is expected to publish her own plan on Tuesday, while Wales will review its rules on Friday. Restrictions in Northern Ireland currently run until 1 April.`,
		[]hoGold{
			{"8 March", "DATE", "2021-03-08", ""},
			{"21 June", "DATE", "2021-06-21", ""},
			{"Monday afternoon", "TIME", "2021-02-22TAF", ""},
			{"at least five weeks", "DURATION", "P5W", "EQUAL_OR_MORE"},
			{"29 March", "DATE", "2021-03-29", ""},
			{"12 April", "DATE", "2021-04-12", ""},
			{"17 May", "DATE", "2021-05-17", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the end of July", "DATE", "2021-07", "END"},
			{"the past three weeks", "DURATION", "P3W", ""},
			{"the weekend", "DATE", "2021-W07-WE", ""},
			{"mid-April", "DATE", "2021-04", "MID"},
			{"the end of April", "DATE", "2021-04", "END"},
			{"next week", "DATE", "2021-W09", ""},
			{"Tuesday", "DATE", "2021-02-23", ""},
			{"Friday", "DATE", "2021-02-26", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"1 April", "DATE", "2021-04-01", ""},
		},
	},
	{
		"apw-baseball-notimex", "1999-04-12",
		`CLEVELAND (AP) _ Manny Ortega hit a three-run homer in the eighth inning and the Cleveland Indians beat the Kansas City Royals 7-4 before a sellout crowd of 42,810 at Jacobs Field.

Ortega, 26, drove a 2-1 pitch from reliever Dale Ruskin (0-2) over the wall in left-center, an estimated 431 feet. It was his fourth homer and gave him 11 RBIs in seven games.

Kansas City led 4-3 after Rico Bell's two-run double in the sixth off starter Derek Pruitt (2-0), who allowed four runs and nine hits in 6 1-3 innings. Pruitt struck out eight and walked two. Lou Atwater pitched the ninth for his third save in three chances.

Bell, batting .412, went 3-for-4 and extended his hitting streak to 11 games. Royals first baseman Mark Summers was 0-for-4 with three strikeouts and is hitting .152.

The Indians improved to 5-1, the best record in the American League. The Royals have lost five of six and have scored 19 runs in those games.

Cleveland's Ramon Ortiz, hit on the left hand by a pitch in the fifth, left the game but X-rays were negative. Team doctors expect him to stay in the lineup.

April Reyes, a senior at Lakewood High School, sang the national anthem. Fans who bought tickets for Section 512 received Indians caps, and the team donated $5 from each of the first 10,000 tickets sold to a youth league on Route 20.

Ortega is 9-for-21 (.429) with runners in scoring position.`,
		nil,
	},
	{
		"wsj-mall-lease-notimex", "1990-05-02",
		`May Department Stores Co. agreed to anchor a planned shopping center at Route 17 and Paramus Road in Paramus, N.J., leasing 185,000 square feet for a Lord & Taylor store, the developer said.

The $62 million center, to be built on a 31-acre site once occupied by a tire warehouse, will include 48 smaller shops and parking for 2,400 cars, said Frank DeMarco, president of Garden State Retail Partners, which is based at 100 Summer Street in Boston.

Under the agreement, May will pay base rent of $14.50 a square foot plus 2.5% of gross sales above $40 million. Stores in comparable Bergen County centers average sales of $310 a square foot, about 15% above the state average, Mr. DeMarco said.

April Reyes, a spokeswoman for the St. Louis-based retailer, confirmed the lease but declined to give financial details. She said the store would employ about 350 people.

The site lies 2 miles from Interstate 80 and 11 miles from the George Washington Bridge, and about 1.6 million people live within a 25-mile radius. The Paramus planning board approved the project on a 6-3 vote, and the developer agreed to spend $4.2 million to widen Route 4 and add two traffic lights on Spring Valley Road.

In New York Stock Exchange composite trading, May shares rose 87.5 cents to $46.125 on volume of 612,300 shares. Garden State Retail, a closely held company, owns seven centers in New Jersey and Pennsylvania with 3.1 million square feet of space.`,
		nil,
	},
}

func TestEnglishHeldOut5(t *testing.T) { guardHeldOut(t, "English 5", enHeldOut5, "en", 0.96) }
