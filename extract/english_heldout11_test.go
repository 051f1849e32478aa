package extract

import "testing"

// enHeldOut11 is a blind held-out evaluation set of 16 invented but
// realistic English news articles (150-300 words each) in the style of web
// news published 2011-2014 by BBC News, CNN.com, The New York Times, The Wall
// Street Journal and the Associated Press: a Commons vote, a Senate stopgap
// bill before a shutdown deadline, quarterly company earnings, a stock-market
// rebound, a Central Asian summit, a Gaza cease-fire, sanctions over Crimea,
// a corruption sentencing, a fusion-magnet experiment, climate talks, a flu
// vaccination push, and three long-form pieces (a plant closing, a tornado
// rebuild, a cold case) that recount past years and past days with weekday
// names used in the past and the future. Two number-heavy articles (an
// election recount tally and a basketball final with scores, ages, prices,
// street numbers and "2,019 votes"/"2,019 career points") contain no temporal
// expression at all. Each article has its own DCT; datelines follow the
// outlet's style and agree with it.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 conventions: types DATE,
// TIME, DURATION and SET; spans keep determiners and modifiers but not
// leading prepositions; weekdays resolve to the occurrence the tense implies;
// "N days later"/"a year earlier" are DURATIONs, "N years ago" a DATE;
// "that afternoon", "the next day" and "the same night" resolve against the
// date last narrated; early/mid/late map to START/MID/END and about/nearly to
// APPROX; now/currently are PRESENT_REF. Ages, "10-year Treasury note",
// "five-year grant", scores, "Sunday school", "Fourth Street" and discourse
// "Now," are not tagged. All relative values were computed from the DCT with
// Python's datetime. The set was written without reading the tagger's source,
// tests or data.
//
// First run, on the committed tagger (da351fa) before any fix it prompted:
// relaxed F1 0.986, value accuracy 0.943, value F1 0.930.
var enHeldOut11 = []hoCase{
	{"bbc-commons-planning-bill", "2012-03-15", `MPs back planning shake-up despite Tory rebellion

MPs have backed government plans to overhaul planning rules in England, despite a rebellion by more than 30 backbenchers.

The Housing and Planning Bill cleared its second reading in the Commons on Wednesday evening by 312 votes to 261, a majority of 51.

Ministers say the changes, which would require councils to decide on most applications within eight weeks, are needed to tackle a shortage of affordable homes.

Planning minister Greg Holloway told MPs the existing system had "failed a generation" and said the first sites could be released early next year.

But Labour's housing spokeswoman, Alison Marsh, said the bill had been "rushed through in just nine days" and warned that green belt land would be put at risk.

The bill goes to committee stage, where it is expected to be examined over the next six weeks before returning to the floor of the House in late April.

Some Conservative MPs have threatened to table amendments when it returns. Sir Peter Lyle, who has represented his Surrey constituency for 27 years, said he would not support the measures "as they stand".

The government first promised to simplify planning laws in its 2010 coalition agreement. A consultation ran for 12 weeks last summer and attracted more than 16,000 responses.

Housebuilding in England fell to its lowest peacetime level since the 1920s in 2010, according to official figures, with about 102,000 homes completed.

Ministers are also expected to publish a separate review of social housing funding on Monday.`,
		[]hoGold{
			{"Wednesday evening", "TIME", "2012-03-14TEV", ""},
			{"eight weeks", "DURATION", "P8W", ""},
			{"early next year", "DATE", "2013", "START"},
			{"nine days", "DURATION", "P9D", ""},
			{"the next six weeks", "DURATION", "P6W", ""},
			{"late April", "DATE", "2012-04", "END"},
			{"27 years", "DURATION", "P27Y", ""},
			{"2010", "DATE", "2010", ""},
			{"12 weeks", "DURATION", "P12W", ""},
			{"last summer", "DATE", "2011-SU", ""},
			{"the 1920s", "DATE", "192", ""},
			{"2010", "DATE", "2010", ""},
			{"Monday", "DATE", "2012-03-19", ""},
		}},
	{"ap-senate-stopgap-shutdown", "2013-09-27", `WASHINGTON (AP) — The Senate voted Friday to pass a stopgap spending bill that would keep the government running through Nov. 15, sending the measure back to a divided House with just three days left before federal agencies begin to shut down.

The 54-44 vote came after nearly two weeks of maneuvering. Without new legislation, money for most agencies runs out Monday, and hundreds of thousands of federal workers could be furloughed as early as Tuesday morning.

House Republican leaders said they would meet Saturday to decide their next move. "We're not going to be rushed," said Rep. Dale Whitaker, R-Ohio. "The American people want us to get this right, not get it done by some arbitrary deadline."

Democrats accused Republicans of holding the economy hostage. "We've seen this movie before," said Sen. Maria Quintero, D-N.M. "In 2011 they took us to the brink on the debt ceiling, and the markets paid for it for months."

The last government shutdown began in December 1995 and lasted 21 days, the longest in history.

Separately, the Treasury Department has said it will exhaust its borrowing authority by Oct. 17, setting up a second deadline in the middle of next month. Economists have warned that a default, even one lasting a few days, could push interest rates sharply higher and rattle markets around the world.

The White House said President Barack Obama would speak with congressional leaders over the weekend but would not negotiate over the debt limit.`,
		[]hoGold{
			{"Friday", "DATE", "2013-09-27", ""},
			{"Nov. 15", "DATE", "2013-11-15", ""},
			{"three days", "DURATION", "P3D", ""},
			{"nearly two weeks", "DURATION", "P2W", "APPROX"},
			{"Monday", "DATE", "2013-09-30", ""},
			{"Tuesday morning", "TIME", "2013-10-01TMO", ""},
			{"Saturday", "DATE", "2013-09-28", ""},
			{"2011", "DATE", "2011", ""},
			{"months", "DURATION", "PXM", ""},
			{"December 1995", "DATE", "1995-12", ""},
			{"21 days", "DURATION", "P21D", ""},
			{"Oct. 17", "DATE", "2013-10-17", ""},
			{"the middle of next month", "DATE", "2013-10", "MID"},
			{"a few days", "DURATION", "PXD", ""},
			{"the weekend", "DATE", "2013-W39-WE", ""},
		}},
	{"wsj-harlow-q2-earnings", "2014-07-22", `Harlow Instruments Profit Rises 14% on Asian Demand

Harlow Instruments Inc. said Tuesday that second-quarter profit rose 14%, as strong demand for its industrial sensors in Asia offset weaker sales in Europe, and the company raised its outlook for the full year.

The Dallas-based maker of testing equipment reported net income of $312 million, or $1.08 a share, for the period ended June 30, compared with $274 million, or 94 cents a share, a year earlier. Revenue climbed 9% to $2.41 billion from $2.21 billion in the year-ago period.

Analysts polled by Thomson Reuters had expected earnings of $1.01 a share on revenue of $2.35 billion.

"Our order book is the strongest it has been in six years," Chief Executive Karen Dolby said on a conference call with analysts. She said the company expects orders from China to keep growing through the second half.

Harlow now expects fiscal 2014 earnings of $4.15 to $4.25 a share, up from an April forecast of $3.95 to $4.10.

Sales in Europe fell 6%, the third decline in a row, which Ms. Dolby attributed to cuts in public spending. She said she didn't expect a recovery there before mid-2015.

Shares of Harlow rose 4.2% to $78.50 in New York Stock Exchange trading. The stock has gained about 22% over the past 12 months, compared with a 16% increase in the S&P 500 index.

The company said it would pay a dividend of 28 cents a share on Aug. 15 to shareholders of record as of Aug. 1.`,
		[]hoGold{
			{"Tuesday", "DATE", "2014-07-22", ""},
			{"second-quarter", "DATE", "2014-Q2", ""},
			{"the full year", "DATE", "2014", ""},
			{"June 30", "DATE", "2014-06-30", ""},
			{"a year earlier", "DURATION", "P1Y", ""},
			{"the year-ago period", "DATE", "2013-Q2", ""},
			{"six years", "DURATION", "P6Y", ""},
			{"the second half", "DATE", "2014-H2", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"fiscal 2014", "DATE", "2014", ""},
			{"April", "DATE", "2014-04", ""},
			{"mid-2015", "DATE", "2015", "MID"},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"Aug. 15", "DATE", "2014-08-15", ""},
			{"Aug. 1", "DATE", "2014-08-01", ""},
		}},
	{"nyt-stocks-rebound", "2011-08-09", `Stocks Rebound as Bargain Hunters Return

Stocks swung sharply on Tuesday, with the Dow Jones industrial average closing up 2.1 percent after a sell-off on Monday that erased more than $600 billion in market value, the steepest drop since December 2008.

The rebound gathered strength about an hour before the close, as bargain hunters moved into bank and energy shares. The Standard & Poor's 500-stock index rose 2.3 percent, and the Nasdaq composite index gained 2.6 percent.

"People are trying to figure out what is real and what is panic," said Linda Ferris, chief investment strategist at Cole Harbor Advisors in Boston. "We've gone from worrying about inflation in the spring to worrying about a double-dip recession in just a few weeks."

The yield on the 10-year Treasury note fell to 2.2 percent, its lowest level in more than two years, as investors sought safety in government debt. Gold, which has climbed about 30 percent this year, touched a record of $1,770 an ounce before retreating.

Even after Tuesday's gains, the S&P 500 is down about 15 percent from its late-April peak. Analysts said that volatility was likely to persist through August, with European leaders under pressure to shore up their bailout fund before markets reopen next week.

Trading volume on the New York Stock Exchange was the heaviest since the spring of 2010, when a brief collapse known as the flash crash sent the Dow down nearly 1,000 points in about 20 minutes.`,
		[]hoGold{
			{"Tuesday", "DATE", "2011-08-09", ""},
			{"Monday", "DATE", "2011-08-08", ""},
			{"December 2008", "DATE", "2008-12", ""},
			{"about an hour", "DURATION", "PT1H", "APPROX"},
			{"the spring", "DATE", "2011-SP", ""},
			{"a few weeks", "DURATION", "PXW", ""},
			{"more than two years", "DURATION", "P2Y", "MORE_THAN"},
			{"this year", "DATE", "2011", ""},
			{"Tuesday", "DATE", "2011-08-09", ""},
			{"late-April", "DATE", "2011-04", "END"},
			{"August", "DATE", "2011-08", ""},
			{"next week", "DATE", "2011-W33", ""},
			{"the spring of 2010", "DATE", "2010-SP", ""},
			{"about 20 minutes", "DURATION", "PT20M", "APPROX"},
		}},
	{"bbc-central-asia-water-deal", "2013-11-29", `Central Asian states agree to share river data

Leaders from five Central Asian states have agreed to share data on river flows, ending more than a decade of disputes over water from the region's mountain glaciers.

The agreement was signed on Friday afternoon at the close of a summit in the Kazakh capital, Astana, which began on Thursday. It commits the governments to exchange readings from monitoring stations every week and to hold talks again within 12 months.

"This is the first real step in 20 years," said Yerlan Suleimenov, a spokesman for the Kazakh foreign ministry. "Until now each country treated the rivers as its own."

Downstream countries such as Uzbekistan and Turkmenistan depend on the Amu Darya and Syr Darya to irrigate their cotton fields. Upstream, Tajikistan and Kyrgyzstan want to build dams to generate electricity.

Tensions peaked in 2010, when Uzbekistan halted rail freight to Tajikistan in protest at the Rogun dam project, first proposed in the 1970s.

The World Bank, which has funded studies of the dam, is due to publish its final assessment early next year. A bank official said the report had been delayed several times and would be released by the end of March.

Analysts cautioned that previous agreements, including one signed in 1998, had collapsed within months.

"Now, the question is whether anyone checks the numbers," said Dr Anna Reiter of the University of Bern, who has studied the region's water politics. "The stations exist. What has been missing is trust."`,
		[]hoGold{
			{"more than a decade", "DURATION", "P10Y", "MORE_THAN"},
			{"Friday afternoon", "TIME", "2013-11-29TAF", ""},
			{"Thursday", "DATE", "2013-11-28", ""},
			{"every week", "SET", "P1W", ""},
			{"12 months", "DURATION", "P12M", ""},
			{"20 years", "DURATION", "P20Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2010", "DATE", "2010", ""},
			{"the 1970s", "DATE", "197", ""},
			{"early next year", "DATE", "2014", "START"},
			{"the end of March", "DATE", "2014-03", "END"},
			{"1998", "DATE", "1998", ""},
			{"months", "DURATION", "PXM", ""},
		}},
	{"ap-gaza-truce-holds", "2012-11-22", `GAZA CITY, Gaza Strip (AP) — A cease-fire between Israel and Hamas held Thursday, as shops reopened in Gaza City and residents of southern Israeli towns ventured out of bomb shelters after eight days of fighting.

The truce, brokered by Egypt, took effect at 9 p.m. Wednesday. Sporadic rocket fire shortly after it began tested the agreement, but by Thursday morning the streets of both Gaza and the Israeli town of Sderot were largely quiet.

"Last night my children slept for the first time since last week," said Umm Khaled, a 41-year-old mother of five in the Shati refugee camp. "We are afraid it will not last until the weekend."

Under the deal, the two sides are to begin indirect talks in Cairo within 24 hours on easing restrictions at Gaza's border crossings. Egyptian officials said delegations were expected to arrive Friday.

The fighting, which began Nov. 14 with the killing of Hamas' military chief in an Israeli airstrike, left more than 160 Palestinians and five Israelis dead, according to officials on both sides.

It was the heaviest round of violence since an Israeli offensive that ended in January 2009. A cease-fire reached then lasted, with frequent violations, for nearly four years.

In Sderot, 62-year-old Avi Mizrahi swept glass from the sidewalk outside his grocery store. He said he would believe in the calm when it had lasted a month. "We've heard promises before," he said.`,
		[]hoGold{
			{"Thursday", "DATE", "2012-11-22", ""},
			{"eight days", "DURATION", "P8D", ""},
			{"9 p.m. Wednesday", "TIME", "2012-11-21T21:00", ""},
			{"Thursday morning", "TIME", "2012-11-22TMO", ""},
			{"Last night", "TIME", "2012-11-21TNI", ""},
			{"last week", "DATE", "2012-W46", ""},
			{"the weekend", "DATE", "2012-W47-WE", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"Friday", "DATE", "2012-11-23", ""},
			{"Nov. 14", "DATE", "2012-11-14", ""},
			{"January 2009", "DATE", "2009-01", ""},
			{"nearly four years", "DURATION", "P4Y", "APPROX"},
			{"a month", "DURATION", "P1M", ""},
		}},
	{"cnn-crimea-sanctions-widen", "2014-03-18", `(CNN) -- Western governments prepared Tuesday to widen sanctions against Russian officials, after Washington and Brussels on Monday froze the assets of more than 20 people they accused of helping to engineer Crimea's vote to break away from Ukraine.

European Union foreign ministers are due to meet in Brussels on Thursday, just before EU leaders gather for a summit expected to focus on energy supplies from Russia. Diplomats said a second list of names could be approved by the end of the week.

"Monday's measures were a first step," a senior U.S. administration official told reporters on a conference call. "If Russia keeps moving in this direction, the costs will rise, and they will rise quickly."

Crimean officials said Sunday's referendum, which Kiev and Western governments have called illegal, produced a 96.8% vote in favor of joining Russia. Turnout was reported at 83%.

The peninsula has been part of Ukraine since 1991, when the Soviet Union collapsed. It was transferred from Russia to Ukraine in 1954.

Russian stocks rose 3.7% Monday, as investors concluded that the initial sanctions were narrower than expected. But economists warned that broader measures targeting banks or energy exports could push Russia into recession this year.

"The market is betting that Europe won't go much further, because it currently gets about a third of its gas from Russia," said Tomas Varga, an analyst at a Vienna-based consultancy. "That calculation could change over the next few weeks."

Ukraine's interim government, in office for less than a month, said it would not recognize the result and appealed for international monitors to be sent to the country's eastern cities within days.`,
		[]hoGold{
			{"Tuesday", "DATE", "2014-03-18", ""},
			{"Monday", "DATE", "2014-03-17", ""},
			{"Thursday", "DATE", "2014-03-20", ""},
			{"the end of the week", "DATE", "2014-W12", "END"},
			{"Monday", "DATE", "2014-03-17", ""},
			{"Sunday", "DATE", "2014-03-16", ""},
			{"1991", "DATE", "1991", ""},
			{"1954", "DATE", "1954", ""},
			{"Monday", "DATE", "2014-03-17", ""},
			{"this year", "DATE", "2014", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"the next few weeks", "DURATION", "PXW", ""},
			{"less than a month", "DURATION", "P1M", "LESS_THAN"},
			{"days", "DURATION", "PXD", ""},
		}},
	{"ap-former-mayor-sentenced", "2013-06-26", `DETROIT (AP) — A former suburban Detroit mayor was sentenced Wednesday to 11 years in federal prison for steering more than $3 million in city contracts to friends in exchange for cash, cars and vacations.

U.S. District Judge Nancy Albright said Raymond Kessler, 58, had "betrayed the people who trusted him" during his 12 years in office in Harper Falls. Kessler, who resigned in March 2012, showed no emotion as the sentence was read.

Prosecutors had asked for at least 15 years. Defense attorney Mark Tolliver said his client would appeal and asked that Kessler be allowed to remain free until the appeal is decided, a request the judge denied. He must report to prison by Aug. 12.

A jury convicted Kessler in February on 17 counts, including bribery and extortion, after a trial lasting six weeks and about two days of deliberations. Testimony showed that a towing company and a paving contractor paid him roughly $240,000 between 2006 and 2011.

"This was not a single lapse. This went on for years," Assistant U.S. Attorney Karen Oyelaran told the court.

Two co-defendants, a former city engineer and the owner of the paving company, pleaded guilty last year and are scheduled to be sentenced next month.

Kessler is the third elected official in the Detroit area to be sent to prison in the past five years. The city's former water director is serving nine years for bid-rigging, and a former county commissioner was released in April after serving 30 months.`,
		[]hoGold{
			{"Wednesday", "DATE", "2013-06-26", ""},
			{"11 years", "DURATION", "P11Y", ""},
			{"12 years", "DURATION", "P12Y", ""},
			{"March 2012", "DATE", "2012-03", ""},
			{"at least 15 years", "DURATION", "P15Y", "EQUAL_OR_MORE"},
			{"Aug. 12", "DATE", "2013-08-12", ""},
			{"February", "DATE", "2013-02", ""},
			{"six weeks", "DURATION", "P6W", ""},
			{"about two days", "DURATION", "P2D", "APPROX"},
			{"2006", "DATE", "2006", ""},
			{"2011", "DATE", "2011", ""},
			{"years", "DURATION", "PXY", ""},
			{"last year", "DATE", "2012", ""},
			{"next month", "DATE", "2013-07", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"nine years", "DURATION", "P9Y", ""},
			{"April", "DATE", "2013-04", ""},
			{"30 months", "DURATION", "P30M", ""},
		}},
	{"bbc-fusion-magnet-record", "2014-11-13", `Fusion magnet record set at Oxfordshire laboratory

Scientists at a UK laboratory say they have kept a superconducting magnet running at full power for more than 48 hours, a milestone they describe as crucial for fusion power stations.

The test at the Culham Centre for Fusion Energy in Oxfordshire ended on Tuesday night, when engineers deliberately shut the magnet down after 52 hours and 10 minutes.

Previous attempts had failed within about six hours because the coils overheated, said project leader Dr Fiona McLeish.

"Ten years ago this would have been unthinkable," she told BBC News. "We are now at the stage where industry can start to take this seriously."

The magnet, cooled to minus 269C, is a scaled-down version of those planned for Iter, an international reactor under construction in southern France. Iter is not expected to produce its first plasma until the 2020s, and its budget has more than tripled since 2006.

Critics argue that fusion has been "30 years away" for the past half-century. But supporters point to a series of advances, including a record set by researchers in the US last year.

The Culham team plans a longer run in the spring, aiming to operate the magnet continuously for a week. Results from Tuesday's test will be presented at a conference in Vienna next month.

Dr McLeish said funding for the programme was secure until March 2016, when its five-year grant from the research councils ends.`,
		[]hoGold{
			{"more than 48 hours", "DURATION", "PT48H", "MORE_THAN"},
			{"Tuesday night", "TIME", "2014-11-11TNI", ""},
			{"52 hours and 10 minutes", "DURATION", "PT52H10M", ""},
			{"about six hours", "DURATION", "PT6H", "APPROX"},
			{"Ten years ago", "DATE", "2004", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the 2020s", "DATE", "202", ""},
			{"2006", "DATE", "2006", ""},
			{"30 years", "DURATION", "P30Y", ""},
			{"the past half-century", "DURATION", "P50Y", ""},
			{"last year", "DATE", "2013", ""},
			{"the spring", "DATE", "2015-SP", ""},
			{"a week", "DURATION", "P1W", ""},
			{"Tuesday", "DATE", "2014-11-11", ""},
			{"next month", "DATE", "2014-12", ""},
			{"March 2016", "DATE", "2016-03", ""},
		}},
	{"nyt-durban-climate-deal", "2011-12-11", `DURBAN, South Africa — Negotiators from nearly 200 nations agreed early Sunday to begin work on a new climate treaty that would for the first time bind all major emitters, including China and the United States, after talks ran more than 36 hours past their scheduled close.

The deal, reached at about 5 a.m. in a conference hall littered with empty coffee cups, sets a goal of completing the new agreement by 2015 and bringing it into force in 2020. Until then, the Kyoto Protocol, which expires at the end of next year, will be extended, with new commitments mainly from European countries.

"We have saved the process, but we have not yet saved the planet," said Maite Oduya, a delegate from Gabon, as the session broke up.

The talks had been scheduled to end Friday evening. Instead, ministers kept negotiating through Saturday, and several delegations had to change their flights home.

Environmental groups said the timetable was far too slow. Global emissions of carbon dioxide rose 5.9 percent in 2010, the largest increase on record, and scientists have warned that the world has less than a decade to halt the rise if warming is to be held below 2 degrees Celsius.

"Each delay makes the job harder and more expensive," said Dr. Peter Lund, a climate researcher in Stockholm.

The United States, which never ratified Kyoto, had resisted any binding commitment for most of the past two decades. The next round of talks is to be held in Qatar in late November 2012.`,
		[]hoGold{
			{"early Sunday", "DATE", "2011-12-11", "START"},
			{"more than 36 hours", "DURATION", "PT36H", "MORE_THAN"},
			{"about 5 a.m.", "TIME", "2011-12-11T05:00", "APPROX"},
			{"2015", "DATE", "2015", ""},
			{"2020", "DATE", "2020", ""},
			{"the end of next year", "DATE", "2012", "END"},
			{"Friday evening", "TIME", "2011-12-09TEV", ""},
			{"Saturday", "DATE", "2011-12-10", ""},
			{"2010", "DATE", "2010", ""},
			{"less than a decade", "DURATION", "P10Y", "LESS_THAN"},
			{"the past two decades", "DURATION", "P20Y", ""},
			{"late November 2012", "DATE", "2012-11", "END"},
		}},
	{"cnn-flu-shot-urged", "2014-10-16", `(CNN) -- Federal health officials are urging Americans to get a flu shot before the end of October, saying this year's vaccine appears to be a better match for the strains now circulating than the one offered last winter.

Manufacturers have shipped about 112 million doses so far, and that number should reach 150 million by mid-November, Dana Reyes, a spokeswoman for the Centers for Disease Control and Prevention, said Wednesday.

"It takes about two weeks after vaccination for the body to build up protection," Reyes said. "People who wait until they hear about outbreaks in their community are often too late."

Flu activity remains low nationwide, but Texas, Louisiana and Alabama reported increases in cases last week, according to the CDC's weekly surveillance report. Only about 46% of American adults were vaccinated last year.

The agency recommends a flu shot every year for nearly everyone, because flu viruses change constantly and protection from the vaccine fades over time. A nasal spray version is now preferred for healthy children ages 2 through 8, after studies found it worked better in that group.

Pharmacies have become a major source of vaccinations over the past five years. Walgreens said it had given more than 3 million shots since late August.

"We're seeing people come in earlier than ever," said pharmacist Tom Bradley of Memphis, Tennessee. "A lot of them got the flu in January and don't want to go through that again."`,
		[]hoGold{
			{"the end of October", "DATE", "2014-10", "END"},
			{"this year", "DATE", "2014", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"last winter", "DATE", "2013-WI", ""},
			{"mid-November", "DATE", "2014-11", "MID"},
			{"Wednesday", "DATE", "2014-10-15", ""},
			{"about two weeks", "DURATION", "P2W", "APPROX"},
			{"last week", "DATE", "2014-W41", ""},
			{"weekly", "SET", "P1W", ""},
			{"last year", "DATE", "2013", ""},
			{"every year", "SET", "P1Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"late August", "DATE", "2014-08", "END"},
			{"January", "DATE", "2014-01", ""},
		}},
	{"nyt-longform-plant-closes", "2012-10-28", `MILLBROOK, Ohio — For 87 years, a steam whistle at the Brandt Appliance plant on the east side of this town signaled the start of the first shift, and for generations of families it was the sound of a paycheck.

It blew for the last time on Friday afternoon. By 3:30, the final 212 workers had filed out past the guard shack, some carrying boxes of tools.

The end had been coming for years. Brandt, which built its first washing machines here in 1925, employed more than 4,000 people in the late 1970s. The company moved most refrigerator production to Mexico in 2003, and after the recession it cut the work force in half. In March, the company announced that the plant would close by the end of October.

Darlene Voss, 59, started on the assembly line in June 1974, right out of high school. She took her last break on Thursday in the same cafeteria where she met her husband. "That afternoon I just sat there," she said. "I couldn't eat."

The next day, she and her co-workers signed the back of a time card and pinned it to a bulletin board by the gate. On Saturday, a few of them came back to take pictures of the empty parking lot.

City officials said last month that they were negotiating with a solar-panel maker interested in part of the site, but no deal has been announced. Earlier this year the town council cut the police budget by 11 percent to make up for lost tax revenue.

Many of the laid-off workers will begin a retraining program at the county community college on Monday. Others, like Ms. Voss, say they are finished.

"I gave them 38 years," she said. "I'll give my grandchildren the rest."`,
		[]hoGold{
			{"87 years", "DURATION", "P87Y", ""},
			{"Friday afternoon", "TIME", "2012-10-26TAF", ""},
			{"3:30", "TIME", "2012-10-26T15:30", ""},
			{"years", "DURATION", "PXY", ""},
			{"1925", "DATE", "1925", ""},
			{"the late 1970s", "DATE", "197", "END"},
			{"2003", "DATE", "2003", ""},
			{"March", "DATE", "2012-03", ""},
			{"the end of October", "DATE", "2012-10", "END"},
			{"June 1974", "DATE", "1974-06", ""},
			{"Thursday", "DATE", "2012-10-25", ""},
			{"That afternoon", "TIME", "2012-10-25TAF", ""},
			{"The next day", "DATE", "2012-10-26", ""},
			{"Saturday", "DATE", "2012-10-27", ""},
			{"last month", "DATE", "2012-09", ""},
			{"Earlier this year", "DATE", "2012", ""},
			{"Monday", "DATE", "2012-10-29", ""},
			{"38 years", "DURATION", "P38Y", ""},
		}},
	{"ap-longform-tornado-rebuild", "2013-04-21", `PINE RIDGE, Ark. (AP) — The sirens went off at 4:12 p.m. on April 27, 2011, and less than 10 minutes later the tornado had peeled the roof off the house where Carla Mendez was huddled in a bathtub with her two sons.

Two years later, the family is about to move into a new home on the same lot. The keys are to be handed over on Tuesday.

"There were times I didn't think we'd ever come back," Mendez, 36, said Saturday as she watched painters finish the porch.

The storm killed 14 people in this town of 3,000 and destroyed or damaged nearly 600 homes. Over the next two months, volunteers from 22 states arrived to clear debris.

Rebuilding has been slow. Insurance disputes dragged on through 2012, and the town's only grocery store did not reopen until last September. Mayor Don Whitfield said about 70 percent of the destroyed homes have now been rebuilt.

The Mendez family spent 19 months in a FEMA trailer, then eight months in a rented apartment 30 miles away in Conway. Her older son, 14, changed schools three times.

Last Sunday, the family attended a memorial service at First Baptist Church, where the names of the dead are engraved on a granite wall. Mendez has stopped by the lot every afternoon since the framing went up in January.

The new house has a concrete safe room, built with a $3,000 state grant. "The boys asked for that before they asked for their own bedrooms," she said.

The National Weather Service said the Pine Ridge tornado stayed on the ground for 38 minutes and traveled 27 miles. It was one of more than 300 twisters across the South over a three-day period that spring, the deadliest outbreak in the U.S. since 1974.`,
		[]hoGold{
			{"4:12 p.m.", "TIME", "2011-04-27T16:12", ""},
			{"April 27, 2011", "DATE", "2011-04-27", ""},
			{"less than 10 minutes later", "DURATION", "PT10M", "LESS_THAN"},
			{"Two years later", "DURATION", "P2Y", ""},
			{"Tuesday", "DATE", "2013-04-23", ""},
			{"Saturday", "DATE", "2013-04-20", ""},
			{"the next two months", "DURATION", "P2M", ""},
			{"2012", "DATE", "2012", ""},
			{"last September", "DATE", "2012-09", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"19 months", "DURATION", "P19M", ""},
			{"eight months", "DURATION", "P8M", ""},
			{"Last Sunday", "DATE", "2013-04-14", ""},
			{"every afternoon", "SET", "XXXX-XX-XXTAF", ""},
			{"January", "DATE", "2013-01", ""},
			{"38 minutes", "DURATION", "PT38M", ""},
			{"a three-day period", "DURATION", "P3D", ""},
			{"that spring", "DATE", "2011-SP", ""},
			{"1974", "DATE", "1974", ""},
		}},
	{"cnn-longform-cold-case-son", "2011-05-08", `(CNN) -- Every Sunday morning for the past 26 years, Rosa Delgado has set a place at her kitchen table for the son who never came home.

Miguel Delgado was 19 when he left the family's apartment in East Los Angeles on the evening of June 3, 1985, telling his mother he would be back in an hour. Police found his car two days later in a parking lot near Long Beach, with the keys still in the ignition.

For years, detectives treated the case as that of a runaway. His mother never believed it.

This week, the case took an unexpected turn. On Tuesday, investigators with the Los Angeles County Sheriff's Department told Delgado that DNA from remains found in 1992 in the Angeles National Forest matched a sample she had given in 2009.

"I waited 26 years for someone to tell me something," Delgado, 71, said Thursday. "And when they did, I wasn't ready."

The remains had been stored in a county evidence room for nearly two decades. A cold-case unit formed last year began testing hundreds of samples in February, and the match came back late last month, according to Lt. Ray Castillo.

Castillo said detectives now believe Miguel was killed the same night he disappeared. The investigation is continuing, and he asked anyone with information to call the department.

A funeral Mass is planned for Saturday at Our Lady of Guadalupe Church. Delgado said she would keep setting the extra place until then.

"After that," she said, "I think I can finally rest."`,
		[]hoGold{
			{"Every Sunday morning", "SET", "XXXX-WXX-7TMO", ""},
			{"the past 26 years", "DURATION", "P26Y", ""},
			{"the evening of June 3, 1985", "TIME", "1985-06-03TEV", ""},
			{"an hour", "DURATION", "PT1H", ""},
			{"two days later", "DURATION", "P2D", ""},
			{"years", "DURATION", "PXY", ""},
			{"This week", "DATE", "2011-W18", ""},
			{"Tuesday", "DATE", "2011-05-03", ""},
			{"1992", "DATE", "1992", ""},
			{"2009", "DATE", "2009", ""},
			{"26 years", "DURATION", "P26Y", ""},
			{"Thursday", "DATE", "2011-05-05", ""},
			{"nearly two decades", "DURATION", "P20Y", "APPROX"},
			{"last year", "DATE", "2010", ""},
			{"February", "DATE", "2011-02", ""},
			{"late last month", "DATE", "2011-04", "END"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the same night", "TIME", "1985-06-03TNI", ""},
			{"Saturday", "DATE", "2011-05-14", ""},
		}},
	{"ap-county-recount-tallies", "2012-11-08", `HARTWELL, Ga. (AP) — A county commission race in northeast Georgia is headed for a recount after the top two candidates finished just 14 votes apart out of more than 9,800 cast.

Unofficial results posted by the county elections office show Republican Dwayne Pruitt with 4,911 votes and Democrat Sheila Cobb with 4,897. A write-in candidate, Leon Marsh, drew 2,019 votes in a neighboring district, where incumbent Carl Boyd won with 1,987.

State law allows a recount when the margin is less than half of 1 percent. Pruitt's lead amounts to about 0.14 percent.

"Every one of these ballots is going to be looked at," said elections supervisor Marla Denton, 61. "We have 312 provisional ballots and 87 military and overseas ballots still to count."

Pruitt, a 44-year-old insurance agent, led in 11 of the county's 18 precincts. Cobb, 52, a retired teacher, carried the three largest precincts, including Precinct 7 at the Hartwell Civic Center, 1450 Benson Street, where she won 1,204 to 688.

A proposal to raise the local sales tax by 1 cent to pay for an $18.5 million jail passed 6,402 to 5,977, or 51.7 percent.

Turnout was 71 percent of the 13,940 registered voters, Denton said, compared with a statewide figure of about 68 percent.

The recount will cost the county an estimated $4,500. Cobb said she would request it if the certified margin stays below 20 votes.

"Fourteen votes is the size of my Sunday school class," she said.`,
		[]hoGold{}},
	{"ap-state-basketball-final", "2014-03-16", `CHAMPAIGN, Ill. (AP) — Marcus Bell scored 31 points and grabbed 14 rebounds, and Peoria Central beat Evanston 68-61 to win the Class 4A boys basketball state championship.

Bell, a 17-year-old senior who has committed to Illinois, made 12 of 19 shots and 7 of 9 free throws. He finished with 2,019 career points, a school record. Guard Dion Carter added 16 points and six assists for the Lions (31-3), who never trailed after a 12-2 run to open the game.

Evanston (28-5) got 22 points from Jalen Price, but the Wildcats shot 38 percent from the field and made just 4 of 21 attempts from 3-point range.

"We knew they'd try to take Marcus away, so we told everybody else to be ready," Central coach Ray Kowalski said. "Dion hit the two biggest shots of the game."

Carter's 3-pointer from the left corner pushed the lead to 61-52, and his steal and layup made it 65-56. Evanston cut the deficit to 66-61 before Bell sealed it with two free throws.

Kowalski, 58, improved to 612-247 and won his first state title in 23 trips to the tournament. His team outrebounded Evanston 41-30 and committed only eight turnovers.

A crowd of 11,214 packed the arena on Fourth Street, and tickets on the resale market went for as much as $145.

In the Class 3A final, Chicago Morgan Park beat Lincoln 55-52 behind 19 points from 6-foot-6 forward Terrell Hughes.`,
		[]hoGold{}},
}

func TestEnglishHeldOut11(t *testing.T) { guardHeldOut(t, "English 11", enHeldOut11, "en", 0.96) }
