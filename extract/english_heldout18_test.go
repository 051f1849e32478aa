package extract

import "testing"

// enHeldOut18 is a blind English held-out set of 16 invented but realistic
// whole news articles (150-300 words each), imitating wire and newspaper copy
// from one week of spring 2013 (DCTs 2013-03-19 to 2013-03-24) and one week of
// autumn 2019 (DCTs 2019-10-21 to 2019-10-27): AP, Reuters, AFP, the BBC, CNN,
// The Wall Street Journal and The New York Times. Topics: company results
// (a fiscal year ending in May, calendar quarters, a full year), central
// banks and markets, a Senate committee and a federal court, two disaster
// stories told over several days, science and health pieces, an obituary and
// a profile. Two articles (a basketball box-score story and a vote tally) are
// number-heavy -- scores, tallies, prices, ages, street numbers, year-like
// numbers such as "2,019 votes" -- and contain no temporal expression at all.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 as practised in TimeBank 1.2:
// spans keep determiners and modifiers but not leading prepositions; only
// "Oct. 23" is tagged in "the night of Oct. 23"; "N days later" is a DURATION
// without "later"; "a year earlier" is the DATE of the compared period
// (fiscal periods use the FY prefix, e.g. FY2012-Q3); "the next morning" is
// a DATE; money and percentage rates ("$10,000 a day", "15 percent a year") are
// SETs; "a 10-year yield", "a two-week recess" are DURATIONs; "now",
// "currently", "recently", "the future" are PRESENT_REF/PAST_REF/FUTURE_REF;
// vague "the coming decades" is PXY (decades are written in years). Ages,
// scores and street numbers are not tagged. Weekdays and months resolve from
// the DCT (past tense: the latest one before it; future: the next one), and
// anaphoric "the same day" / "the next day" / "the following week" resolve
// against the date last narrated; every relative value was computed with
// Python's datetime. The set was written without reading the tagger's source,
// tests, data or docs.
//
// First run, on the committed tagger (c820e30) before any fix it prompted:
// relaxed F1 0.993, value accuracy 0.951, value F1 0.944.
var enHeldOut18 = []hoCase{
	{"wsj-kestrel-fiscal-q3", "2013-03-20", `By Laura Brennan, Staff Reporter | March 20, 2013

Kestrel Software Corp. said its fiscal third-quarter profit rose 14%, helped by stronger demand for its database tools from midsize banks and hospital chains.

In the quarter, which ended Feb. 28, the Redwood City, Calif., company earned $412 million, or 38 cents a share, up from $361 million, or 33 cents a share, a year earlier. Revenue climbed 9% to $2.87 billion. Analysts polled by Thomson Reuters had expected earnings of 36 cents a share on revenue of $2.84 billion.

Executives said Tuesday they now expect revenue of $11.4 billion to $11.6 billion for fiscal 2013, which ends May 31, the top end of the range they gave in December.

"Customers who hesitated last spring are signing large contracts again," Chief Executive Martin Oyelaran said on a conference call with analysts. He said the company would add roughly 1,200 sales and support staff over the next 18 months.

Software-license sales, which swing more than maintenance fees, jumped 17% in the latest period, reversing two straight declines. Maintenance revenue, which accounts for about half of the total, rose 6%.

For the first nine months, profit totaled $1.13 billion, up from $1.02 billion.

Kestrel shares rose 4.2% to $31.05 in after-hours trading. The stock had fallen 11% over the past 12 months as investors worried that customers were shifting to cheaper cloud-based services.`,
		[]hoGold{
			{"March 20, 2013", "DATE", "2013-03-20", ""},
			{"fiscal third-quarter", "DATE", "FY2013-Q3", ""},
			{"the quarter", "DATE", "FY2013-Q3", ""},
			{"Feb. 28", "DATE", "2013-02-28", ""},
			{"a year earlier", "DATE", "FY2012-Q3", ""},
			{"Tuesday", "DATE", "2013-03-19", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"fiscal 2013", "DATE", "FY2013", ""},
			{"May 31", "DATE", "2013-05-31", ""},
			{"December", "DATE", "2012-12", ""},
			{"last spring", "DATE", "2012-SP", ""},
			{"the next 18 months", "DURATION", "P18M", ""},
			{"the latest period", "DATE", "FY2013-Q3", ""},
			{"the first nine months", "DURATION", "P9M", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
		}},
	{"reuters-varenholt-q3", "2019-10-23", `FRANKFURT, Oct 23 (Reuters) - German specialty chemicals maker Varenholt cut its profit forecast for the second time in three months, blaming weak orders from carmakers and a slump in demand from Chinese electronics factories.

Third-quarter adjusted earnings before interest, tax, depreciation and amortisation (EBITDA) fell 18% to 612 million euros ($681 million), the company said on Tuesday evening, short of the 655 million expected by analysts in a company-compiled poll. Sales slipped 4% to 3.9 billion euros from the year-ago quarter.

Varenholt now expects 2019 adjusted EBITDA of 2.5 billion to 2.6 billion euros, down from its earlier guidance of 2.7 billion to 2.9 billion. In the first nine months, adjusted EBITDA was down 11% at 1.94 billion euros.

"We do not see a recovery in the automotive business before the second half of next year," Chief Executive Sabine Kettler told reporters on a call. "The fourth quarter will be difficult."

Shares in the company, which have lost about a fifth of their value this year, were down 3.1% at 0930 GMT, among the worst performers on Germany's blue-chip index.

Varenholt announced in July that it would cut 2,000 jobs by the end of 2021 and sell its pigments unit, a process Kettler said was on track for completion in the first quarter of 2020.

Analysts at Jefferies said the cut had been widely expected after rivals Dorrmann and Kellwig warned on demand earlier this month.

(Reporting by Anna Weber; Editing by Tom Hale)`,
		[]hoGold{
			{"Oct 23", "DATE", "2019-10-23", ""},
			{"three months", "DURATION", "P3M", ""},
			{"Third-quarter", "DATE", "2019-Q3", ""},
			{"Tuesday evening", "TIME", "2019-10-22TEV", ""},
			{"the year-ago quarter", "DATE", "2018-Q3", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2019", "DATE", "2019", ""},
			{"the first nine months", "DURATION", "P9M", ""},
			{"the second half of next year", "DATE", "2020-H2", ""},
			{"The fourth quarter", "DATE", "2019-Q4", ""},
			{"this year", "DATE", "2019", ""},
			{"0930 GMT", "TIME", "2019-10-23T09:30", ""},
			{"July", "DATE", "2019-07", ""},
			{"the end of 2021", "DATE", "2021", "END"},
			{"the first quarter of 2020", "DATE", "2020-Q1", ""},
			{"earlier this month", "DATE", "2019-10", ""},
		}},
	{"reuters-boe-minutes", "2013-03-20", `LONDON, March 20 (Reuters) - Three Bank of England policymakers including Governor Mervyn King voted for more asset purchases this month, minutes of the meeting showed, and a majority said sterling's fall was helping the economy rebalance.

The Monetary Policy Committee voted 6-3 at its meeting on March 7 to keep the bank's quantitative easing programme at 375 billion pounds, the same split as in February. Interest rates were left at a record low of 0.5 percent, where they have been for four years.

Sterling has fallen nearly 8 percent against the dollar since the start of the year, and the minutes said a weaker pound would keep inflation above the bank's 2 percent target for longer. Inflation is expected to peak at around 3.2 percent in the third quarter and to stay above target until early 2016.

"The committee agreed that it stood ready to provide further stimulus if the outlook deteriorated," the minutes said.

The minutes were published as finance minister George Osborne prepared to present his budget to parliament, in which he is expected to give the central bank more leeway to tolerate above-target inflation.

Economists polled by Reuters last week put the chance of more bond buying by the end of the second quarter at around 50 percent. The committee's next decision is due on April 4.

Britain's economy shrank 0.3 percent in the fourth quarter of 2012 and has barely grown over the past two years. Gilt yields fell after the minutes, with the 10-year yield down 4 basis points at 1.87 percent.`,
		[]hoGold{
			{"March 20", "DATE", "2013-03-20", ""},
			{"this month", "DATE", "2013-03", ""},
			{"March 7", "DATE", "2013-03-07", ""},
			{"February", "DATE", "2013-02", ""},
			{"four years", "DURATION", "P4Y", ""},
			{"the start of the year", "DATE", "2013", "START"},
			{"the third quarter", "DATE", "2013-Q3", ""},
			{"early 2016", "DATE", "2016", "START"},
			{"last week", "DATE", "2013-W11", ""},
			{"the end of the second quarter", "DATE", "2013-Q2", "END"},
			{"April 4", "DATE", "2013-04-04", ""},
			{"the fourth quarter of 2012", "DATE", "2012-Q4", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"10-year", "DURATION", "P10Y", ""},
		}},
	{"ap-asia-markets", "2019-10-21", `TOKYO (AP) — Asian shares edged higher in early trading as investors looked ahead to a flurry of corporate earnings this week and a Federal Reserve meeting at the end of the month.

Japan's benchmark Nikkei 225 gained 0.4% to 22,581.22. Hong Kong's Hang Seng added 0.2% to 26,780.40, while the Shanghai Composite index was little changed at 2,939.64. Australia's S&P/ASX 200 rose 0.5% to 6,683.50.

Over the weekend, China's vice premier said talks with Washington on a preliminary trade deal had made "substantial progress," though he gave no details. Futures for the S&P 500 rose 0.3% overnight.

Wall Street ended last week on a down note. The S&P 500 fell 0.4% late Friday after shares of Boeing and Johnson & Johnson slid. The benchmark index is still up about 20% this year.

Investors will be watching earnings from more than 120 companies in the S&P 500 this week, including Microsoft, Amazon and Caterpillar. The Fed is widely expected to cut its key interest rate for the third time this year when policymakers meet next week.

"The market is priced for a cut, so the real question is what the Fed signals about December," said Mina Park, chief market strategist at Harbor Lane Securities in Seoul.

Economists say U.S. growth has slowed over the past 12 months as the trade war weighs on factories and business investment. The yield on the 10-year Treasury rose to 1.77% from 1.75% late Friday.

ENERGY: Benchmark U.S. crude oil lost 21 cents to $53.57 per barrel in electronic trading on the New York Mercantile Exchange. It fell 15 cents to settle at $53.78 a barrel on Friday.

CURRENCIES: The dollar slipped to 108.40 Japanese yen from 108.45 yen. The euro rose to $1.1170 from $1.1162.`,
		[]hoGold{
			{"this week", "DATE", "2019-W43", ""},
			{"the end of the month", "DATE", "2019-10", "END"},
			{"the weekend", "DATE", "2019-W42-WE", ""},
			{"overnight", "TIME", "2019-10-20TNI", ""},
			{"last week", "DATE", "2019-W42", ""},
			{"late Friday", "DATE", "2019-10-18", "END"},
			{"this year", "DATE", "2019", ""},
			{"this week", "DATE", "2019-W43", ""},
			{"this year", "DATE", "2019", ""},
			{"next week", "DATE", "2019-W44", ""},
			{"December", "DATE", "2019-12", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"10-year", "DURATION", "P10Y", ""},
			{"late Friday", "DATE", "2019-10-18", "END"},
			{"Friday", "DATE", "2019-10-18", ""},
		}},
	{"ap-senate-flood-insurance", "2013-03-21", `WASHINGTON (AP) — A Senate committee will hold its first hearing next Tuesday on a bipartisan bill to slow steep increases in federal flood insurance premiums, setting up a possible floor vote later this month, the panel's chairman said.

The measure would cap premium increases at 15 percent a year for most homeowners and delay for four years a rule that requires owners of older, subsidized properties to pay full-risk rates when they sell.

Congress passed the last major overhaul of the National Flood Insurance Program in July 2012. Premiums for some coastal homeowners have since tripled, and lawmakers from both parties say they have heard from constituents who can no longer afford to stay in their homes.

"We need to get this done by the end of the year, before the next round of increases kicks in," Sen. Harold Metz, D-Ore., said in an interview Wednesday.

The House Financial Services Committee approved a similar bill 31-29 on March 13.

The program, run by the Federal Emergency Management Agency, is about $24 billion in debt, largely because of claims from Hurricane Katrina in 2005 and Superstorm Sandy last October.

Metz said he hoped the full Senate could take up the bill before lawmakers leave for a two-week spring recess at the end of next week.

Some Republicans are cool to the plan. Sen. Dana Pruitt, R-Miss., said Congress should wait for a FEMA study on affordability that is due in the fall. "We've made this mistake before, by legislating first and asking questions afterward," she said.`,
		[]hoGold{
			{"next Tuesday", "DATE", "2013-03-26", ""},
			{"later this month", "DATE", "2013-03", ""},
			{"a year", "SET", "P1Y", ""},
			{"four years", "DURATION", "P4Y", ""},
			{"July 2012", "DATE", "2012-07", ""},
			{"the end of the year", "DATE", "2013", "END"},
			{"Wednesday", "DATE", "2013-03-20", ""},
			{"March 13", "DATE", "2013-03-13", ""},
			{"2005", "DATE", "2005", ""},
			{"last October", "DATE", "2012-10", ""},
			{"two-week", "DURATION", "P2W", ""},
			{"the end of next week", "DATE", "2013-W13", "END"},
			{"the fall", "DATE", "2013-FA", ""},
		}},
	{"nyt-contempt-hearing", "2019-10-22", `A federal judge in Manhattan on Monday scheduled a hearing for Thursday on whether the developer of a stalled luxury tower in Midtown should be held in contempt for failing to turn over financial records, the latest turn in a lawsuit that has dragged on for nearly four years.

Judge Alvin R. Castellano of Federal District Court wrote in a three-page order that the developer, Marlowe Partners, had "repeatedly ignored" deadlines he set in the spring, and that he was prepared to impose fines of $10,000 a day until the records were produced. If the documents were not turned over by Thursday, he wrote, a second hearing would be held the following week.

The suit was filed in January 2016 by a group of investors who put $85 million into the 62-story project at 417 West 52nd Street. Construction stopped in the summer of 2017, and the site has been fenced off ever since.

Lawyers for Marlowe said in a court filing last week that the company had produced more than 40,000 pages of documents and was working to finish the rest.

Priya Venkataraman, a lawyer for the investors, said on Monday that the company had missed at least five deadlines since May. "Every month that goes by, the building loses value," she said.

Judge Castellano has set a trial date of March 2020.

Marlowe's chief executive, Desmond Hale, did not respond to requests for comment. Mr. Hale, 58, built his reputation in the early 2000s by converting office buildings in the financial district into apartments.`,
		[]hoGold{
			{"Monday", "DATE", "2019-10-21", ""},
			{"Thursday", "DATE", "2019-10-24", ""},
			{"nearly four years", "DURATION", "P4Y", "APPROX"},
			{"the spring", "DATE", "2019-SP", ""},
			{"a day", "SET", "P1D", ""},
			{"Thursday", "DATE", "2019-10-24", ""},
			{"the following week", "DATE", "2019-W44", ""},
			{"January 2016", "DATE", "2016-01", ""},
			{"the summer of 2017", "DATE", "2017-SU", ""},
			{"last week", "DATE", "2019-W42", ""},
			{"Monday", "DATE", "2019-10-21", ""},
			{"May", "DATE", "2019-05", ""},
			{"Every month", "SET", "P1M", ""},
			{"March 2020", "DATE", "2020-03", ""},
			{"the early 2000s", "DATE", "200", "START"},
		}},
	{"afp-java-landslides", "2013-03-24", `JAKARTA, March 24 (AFP) - The death toll from floods and landslides in Indonesia's West Java province rose to 37, officials said, as soldiers and villagers digging with shovels and bare hands searched for at least 15 people still missing.

Heavy rain began falling across the province's southern highlands on Monday, and two days later, on Wednesday, the first landslide struck a farming hamlet in Garut district, killing nine people. The provincial governor declared a two-week state of emergency the same day, and the next day the army sent 400 troops to the area.

The worst-hit village, Cikalong, was buried on Friday night when a rain-soaked hillside collapsed onto 14 houses. "We heard a sound like thunder, then everything went dark," said Asep Suryana, 41, whose sister and two nephews are among the missing.

Rescuers could not reach the village that night because a bridge had been swept away. Soldiers and police arrived on Saturday morning after clearing a road blocked by fallen trees, and have so far recovered 11 bodies from the mud.

"The ground is still moving. We have to be very careful," said Agus Wibisono, a spokesman for the national disaster agency.

More than 2,300 people have been moved to mosques, schools and tents. The meteorology agency said more rain was expected over the next three days and urged residents of steep slopes to stay in shelters.

Environmental groups say deforestation and farming on steep hillsides have made landslides more frequent in the region. In 2010, a landslide at a tea plantation near the town of Ciwidey killed more than 40 people.`,
		[]hoGold{
			{"March 24", "DATE", "2013-03-24", ""},
			{"Monday", "DATE", "2013-03-18", ""},
			{"two days", "DURATION", "P2D", ""},
			{"Wednesday", "DATE", "2013-03-20", ""},
			{"two-week", "DURATION", "P2W", ""},
			{"the same day", "DATE", "2013-03-20", ""},
			{"the next day", "DATE", "2013-03-21", ""},
			{"Friday night", "TIME", "2013-03-22TNI", ""},
			{"that night", "TIME", "2013-03-22TNI", ""},
			{"Saturday morning", "TIME", "2013-03-23TMO", ""},
			{"the next three days", "DURATION", "P3D", ""},
			{"2010", "DATE", "2010", ""},
		}},
	{"cnn-sonoma-wildfire", "2019-10-27", `(CNN) — More than 90,000 people in Sonoma County, California, were under orders to leave their homes as the Ridgeline Fire, driven by gusts of up to 80 mph, pushed toward the towns of Healdsburg and Windsor.

The fire broke out on the night of Oct. 23 near a transmission tower in the hills northeast of Geyserville and has since burned more than 30,000 acres, according to Cal Fire. It was 10% contained as of Saturday evening.

Officials expanded the evacuation zone twice on Saturday, the second time at about 8 p.m., warning that the strongest gusts were expected overnight and into Monday afternoon. Traffic on Highway 101 was backed up for about two hours as residents fled south.

"This is a very dangerous situation for the next 36 hours," Sonoma County Sheriff Ray Delmonte said at a briefing.

Many evacuees spent Saturday night in shelters at the county fairgrounds. The next morning, some were told to expect a long wait before they could go home.

Pacific Gas & Electric cut power to about 940,000 customers across 36 counties on Saturday as a precaution, the second such shutoff this week. The utility said in a filing Thursday that equipment on one of its towers near the fire's origin had malfunctioned shortly before the blaze was reported.

The area was devastated two years ago by the Tubbs Fire, which killed 22 people and destroyed more than 5,600 structures.

"Everybody here remembers 2017," said Windsor resident Carla Jimenez, 67, who left with her two dogs early Saturday. "You don't wait around this time."`,
		[]hoGold{
			{"Oct. 23", "DATE", "2019-10-23", ""},
			{"Saturday evening", "TIME", "2019-10-26TEV", ""},
			{"Saturday", "DATE", "2019-10-26", ""},
			{"about 8 p.m.", "TIME", "2019-10-26T20:00", "APPROX"},
			{"overnight", "TIME", "2019-10-26TNI", ""},
			{"Monday afternoon", "TIME", "2019-10-28TAF", ""},
			{"about two hours", "DURATION", "PT2H", "APPROX"},
			{"the next 36 hours", "DURATION", "PT36H", ""},
			{"Saturday night", "TIME", "2019-10-26TNI", ""},
			{"The next morning", "DATE", "2019-10-27", ""},
			{"Saturday", "DATE", "2019-10-26", ""},
			{"this week", "DATE", "2019-W43", ""},
			{"Thursday", "DATE", "2019-10-24", ""},
			{"two years ago", "DATE", "2017", ""},
			{"2017", "DATE", "2017", ""},
			{"early Saturday", "DATE", "2019-10-26", "START"},
		}},
	{"bbc-dementia-forecast", "2019-10-24", `The number of people living with dementia in the UK is set to more than double in the coming decades, researchers have warned, with health and care services unprepared for the rise.

A report by the Memory Trust estimates that 1.6 million people will have the condition by 2040, rising to 2.1 million by 2050, up from about 850,000 now.

The report draws on a study published in the journal Age and Ageing, which followed more than 12,000 adults aged 65 and over for nearly two decades.

It found that people who did moderate exercise such as brisk walking or swimming twice a week were about 30% less likely to develop dementia than those who were inactive.

"Dementia is now the leading cause of death in England and Wales, and every year around 200,000 people are diagnosed," said lead author Prof Helen Marsh, of the University of Exeter.

"We can't cure it yet, but we know that roughly a third of cases could be delayed or prevented by changes people make in mid-life."

The charity is calling on the government to fund a national prevention campaign over the next five years, at a cost of £40m a year.

Care costs linked to the condition currently stand at £26bn a year and could reach £94bn by 2040, the report said.

The Department of Health and Social Care said it was investing £250m in dementia research and would publish a new strategy early next year.`,
		[]hoGold{
			{"the coming decades", "DURATION", "PXY", ""},
			{"2040", "DATE", "2040", ""},
			{"2050", "DATE", "2050", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"nearly two decades", "DURATION", "P20Y", "APPROX"},
			{"twice a week", "SET", "P1W", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"every year", "SET", "P1Y", ""},
			{"the next five years", "DURATION", "P5Y", ""},
			{"a year", "SET", "P1Y", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"a year", "SET", "P1Y", ""},
			{"2040", "DATE", "2040", ""},
			{"early next year", "DATE", "2020", "START"},
		}},
	{"nyt-teen-sleep-study", "2013-03-19", `Teenagers who regularly get less than seven hours of sleep are more likely to be obese as young adults, according to a study published Monday in the journal Pediatrics.

Researchers at the University of Minnesota followed about 10,000 students from 1996 through 2008, asking them at four points how much they slept and measuring their height and weight.

Those who slept five hours or less were 30 percent more likely to be obese six years later than those who slept eight hours, even after the researchers accounted for diet, exercise and television viewing.

"We used to think of sleep as something teenagers could make up on weekends," said Dr. Ann Thorsen, an epidemiologist and the study's lead author. "We now know that chronic short sleep has lasting effects on metabolism."

The American Academy of Pediatrics recommends that adolescents get at least nine hours of sleep. Surveys by the Centers for Disease Control and Prevention show that fewer than one in ten high school students do so, and the share who report sleeping six hours or less has risen steadily over the past two decades.

Dr. Thorsen said schools could help by pushing back start times. Two years ago, a district outside Minneapolis moved its high school opening bell 75 minutes later; attendance rose and the number of students who said they felt sleepy in class fell by almost half.

The authors cautioned that sleep was self-reported and that the findings showed an association, not cause and effect. Obesity rates among adolescents have more than tripled since 1980, according to federal data.`,
		[]hoGold{
			{"less than seven hours", "DURATION", "PT7H", "LESS_THAN"},
			{"Monday", "DATE", "2013-03-18", ""},
			{"1996", "DATE", "1996", ""},
			{"2008", "DATE", "2008", ""},
			{"five hours or less", "DURATION", "PT5H", "EQUAL_OR_LESS"},
			{"six years", "DURATION", "P6Y", ""},
			{"eight hours", "DURATION", "PT8H", ""},
			{"weekends", "SET", "XXXX-WXX-WE", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"at least nine hours", "DURATION", "PT9H", "EQUAL_OR_MORE"},
			{"six hours or less", "DURATION", "PT6H", "EQUAL_OR_LESS"},
			{"the past two decades", "DURATION", "P20Y", ""},
			{"Two years ago", "DATE", "2011", ""},
			{"75 minutes", "DURATION", "PT75M", ""},
			{"1980", "DATE", "1980", ""},
		}},
	{"nyt-obit-photographer", "2013-03-22", `Rosalind Achterberg, a photographer whose stark portraits of steelworkers and their families chronicled the decline of the industrial Midwest, died on Tuesday at her home in Pittsburgh. She was 81.

The cause was complications of pneumonia, her daughter, Miriam Achterberg-Cole, said.

Ms. Achterberg began photographing the mills along the Monongahela River in the 1970s, when the valley still employed tens of thousands of steelworkers. By the late 1980s most of those plants had closed, and she followed the men who had worked in them to unemployment offices, church basements and, in some cases, new jobs in Texas and Arizona. Over more than a decade she returned again and again to the same families.

Her book "After the Fire" (1991), which paired the photographs with interviews, was a finalist for the National Book Critics Circle Award. A curator at the Museum of Modern Art called it "one of the great records of American labor in the 20th century."

Rosalind Hannah Weiss was born on Aug. 4, 1931, in Cleveland, the daughter of a tailor and a schoolteacher. She studied painting at the Carnegie Institute of Technology but switched to photography after seeing an exhibition of Walker Evans's work in 1953. She married Paul Achterberg, an engineer, in 1956; he died in 2004.

For nearly three decades she taught at Carnegie Mellon University, retiring in 1998. A year after her retirement, the Carnegie Museum of Art mounted a retrospective of her work.

"I was never interested in the machines," she told The New York Times in 1992. "I was interested in what happened to people when the machines stopped."

In addition to her daughter, she is survived by a son, David; a sister, Judith Weiss; and four grandchildren.`,
		[]hoGold{
			{"Tuesday", "DATE", "2013-03-19", ""},
			{"the 1970s", "DATE", "197", ""},
			{"the late 1980s", "DATE", "198", "END"},
			{"more than a decade", "DURATION", "P10Y", "MORE_THAN"},
			{"1991", "DATE", "1991", ""},
			{"the 20th century", "DATE", "19", ""},
			{"Aug. 4, 1931", "DATE", "1931-08-04", ""},
			{"1953", "DATE", "1953", ""},
			{"1956", "DATE", "1956", ""},
			{"2004", "DATE", "2004", ""},
			{"nearly three decades", "DURATION", "P30Y", "APPROX"},
			{"1998", "DATE", "1998", ""},
			{"A year", "DURATION", "P1Y", ""},
			{"1992", "DATE", "1992", ""},
		}},
	{"wsj-dairy-coop-profile", "2019-10-26", `By Daniel Okafor | Oct. 26, 2019

Margaret Lindqvist still drives the 40 miles from her farm to the cooperative's headquarters in Eau Claire, Wis., three days a week. At 63, she says she has no plans to stop.

Ms. Lindqvist has run Northern Pastures Cooperative, which markets milk and cheese for about 1,100 dairy farms in Wisconsin and Minnesota, since 2012. The number of member farms has fallen by nearly a third on her watch, as low prices and rising costs pushed smaller operators out of business.

"The last five years have been the hardest I've seen," she said in an interview this week.

Milk prices, which averaged about $22 per hundredweight in 2014, fell to about $15 in 2018 and have recently recovered to around $19.

Ms. Lindqvist grew up on a dairy farm near Chippewa Falls and joined the cooperative's board in the 1990s, after a back injury forced her husband to hand her the farm's books. When she took over as chief executive seven years ago, she says, "half the board thought I'd last six months."

Every Monday, she hosts a conference call for members, and she has spent much of the past year lobbying lawmakers in Washington and Madison. Under the five-year farm bill signed in December, farmers can now buy subsidized insurance against falling margins, a change she pushed for.

"We don't know what the market will look like in the future," she said. "But if we don't change, we won't be here."

Some younger members say the cooperative has been slow to invest in cheese plants. A vote on a $60 million expansion is scheduled for early December.`,
		[]hoGold{
			{"Oct. 26, 2019", "DATE", "2019-10-26", ""},
			{"three days a week", "SET", "P1W", ""},
			{"2012", "DATE", "2012", ""},
			{"The last five years", "DURATION", "P5Y", ""},
			{"this week", "DATE", "2019-W43", ""},
			{"2014", "DATE", "2014", ""},
			{"2018", "DATE", "2018", ""},
			{"recently", "DATE", "PAST_REF", ""},
			{"the 1990s", "DATE", "199", ""},
			{"seven years ago", "DATE", "2012", ""},
			{"six months", "DURATION", "P6M", ""},
			{"Every Monday", "SET", "XXXX-WXX-1", ""},
			{"the past year", "DURATION", "P1Y", ""},
			{"five-year", "DURATION", "P5Y", ""},
			{"December", "DATE", "2018-12", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
			{"early December", "DATE", "2019-12", "START"},
		}},
	{"ap-ncaa-numbers-no-timex", "2013-03-23", `DAYTON, Ohio (AP) — Marcus Bell scored 27 points and grabbed 11 rebounds, and 12th-seeded Oakmont State beat fifth-seeded Carrick 78-71 in the second round of the NCAA tournament.

Bell, a 6-foot-8 senior from Toledo, made 10 of 14 shots from the field and 7 of 9 free throws. Devon Ruiz added 16 points and eight assists for the Gryphons (26-8), who have won 11 of their last 12 games.

Carrick (24-10) led by as many as nine points before Oakmont State went on a 14-2 run, capped by a 3-pointer from the corner by Ruiz that made it 52-47. The Cougars got within 74-71 on a layup by Jalen Whitaker but got no closer.

Whitaker, a 22-year-old junior, led Carrick with 21 points. Seven-foot center Tomas Brezina had 14 points and 13 rebounds but fouled out with his team trailing 71-68.

Carrick shot 38 percent (25 of 66) and missed 17 of its 22 3-point attempts. Oakmont State outrebounded the Cougars 44-31 and scored 22 points off 15 turnovers.

"Our guys just kept believing," said coach Randy Pellman, 58, who has won 412 games at Oakmont State. "Nobody outside that locker room gave us a chance."

About 2,013 Oakmont State fans, by the school's count, made the 450-mile trip, many of them in a caravan of 37 buses that left from the parking lot at 1901 University Avenue.

Oakmont State will face fourth-seeded Wexford in the round of 16 in Indianapolis.`,
		[]hoGold{}},
	{"reuters-arena-vote-no-timex", "2019-10-21", `ZURICH (Reuters) - Voters in the Swiss city of Altberg approved a 48 million Swiss franc ($48.6 million) plan to build a new ice hockey arena by a margin of just 2,019 votes, official results showed.

Of 31,406 ballots cast, 16,542 backed the project and 14,523 opposed it, with 341 blank or spoiled. Turnout was 47.8 percent of the city's 65,703 registered voters.

The 7,400-seat arena will replace the club's current rink, which was built for 3,800 spectators and fails to meet league safety rules. Tickets would cost between 25 and 95 francs, compared with 18 to 70 francs at the old rink.

HC Altberg, which finished ninth of 12 teams in the Swiss League, the second tier, has drawn an average of 3,412 fans per game.

"This is a narrow result, but a clear one," Mayor Ursula Brand, 54, told reporters. "2,019 votes is more than the entire population of some villages in this canton."

Opponents, led by a residents' group from the Rosenhof district, said they would examine the count. Their leader, Beat Keller, 71, said 1,204 signatures had been collected against a planned 600-space car park next to the site at Industriestrasse 19.

The city council will contribute 30 million francs, with the remaining 18 million coming from the club's owners and private sponsors, including a regional bank that has pledged 4.5 million francs.`,
		[]hoGold{}},
	{"afp-riksbank-hold", "2019-10-25", `Stockholm (AFP) - Sweden's central bank kept its key interest rate at minus 0.25 percent on Thursday but said it still expected to raise it to zero in December, ending nearly five years of negative rates.

The Riksbank first pushed its benchmark below zero in February 2015 to ward off deflation, and lifted it from minus 0.50 percent last December.

"Growth is slowing, but inflation has been close to our target of two percent for the past two years," the bank's governor told a news conference. Minutes of the meeting will be published early next week.

The bank forecast growth of 1.2 percent in 2020, down from 1.3 percent this year, and said unemployment would rise to 7.1 percent by the end of next year.

Markets had largely priced in the decision. The krona rose 0.4 percent against the euro after the announcement.

"We think the Riksbank will find it hard to hike in December if the global picture keeps deteriorating," said Henrik Falk, chief economist at Sparbanken Nord. "But they have boxed themselves in."

The European Central Bank kept its deposit rate at minus 0.5 percent on Thursday at Mario Draghi's final meeting as president before he hands over to Christine Lagarde on November 1.

The Riksbank's next policy decision is due on December 19.`,
		[]hoGold{
			{"Thursday", "DATE", "2019-10-24", ""},
			{"December", "DATE", "2019-12", ""},
			{"nearly five years", "DURATION", "P5Y", "APPROX"},
			{"February 2015", "DATE", "2015-02", ""},
			{"last December", "DATE", "2018-12", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"early next week", "DATE", "2019-W44", "START"},
			{"2020", "DATE", "2020", ""},
			{"this year", "DATE", "2019", ""},
			{"the end of next year", "DATE", "2020", "END"},
			{"December", "DATE", "2019-12", ""},
			{"Thursday", "DATE", "2019-10-24", ""},
			{"November 1", "DATE", "2019-11-01", ""},
			{"December 19", "DATE", "2019-12-19", ""},
		}},
	{"ap-hk-developer-fullyear", "2013-03-21", `HONG KONG (AP) — Harbourline Holdings, one of Hong Kong's biggest property developers, said its profit rose 9 percent last year as home prices in the city hit records, but it warned that new government curbs on speculation would weigh on sales in 2013.

The company reported net profit of 21.6 billion Hong Kong dollars ($2.8 billion) for 2012, up from 19.8 billion Hong Kong dollars a year earlier. Revenue rose 14 percent to 48.1 billion Hong Kong dollars.

Sales slowed in the second half, after the government imposed a 15 percent tax on homes bought by foreigners and companies in October, and slowed further after it doubled stamp duties on most property deals last month.

Home prices in Hong Kong have more than doubled since early 2009 and are now well above their 1997 peak, fueled by low interest rates and buyers from mainland China.

"We expect the market to remain quiet for the next six months," Chairman Edmund Lau told reporters. "Buyers are waiting to see whether the government will go further."

Lau said the company would still launch about 4,000 apartments this year, most of them in the New Territories, and would keep buying land at government auctions.

The company will pay a final dividend of 2.50 Hong Kong dollars a share on May 15, bringing the total payout for 2012 to 3.40 Hong Kong dollars.

Shares of Harbourline fell 1.8 percent in Hong Kong. They have gained 23 percent over the past year, outperforming the benchmark Hang Seng index.`,
		[]hoGold{
			{"last year", "DATE", "2012", ""},
			{"2013", "DATE", "2013", ""},
			{"2012", "DATE", "2012", ""},
			{"a year earlier", "DATE", "2011", ""},
			{"the second half", "DATE", "2012-H2", ""},
			{"October", "DATE", "2012-10", ""},
			{"last month", "DATE", "2013-02", ""},
			{"early 2009", "DATE", "2009", "START"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"1997", "DATE", "1997", ""},
			{"the next six months", "DURATION", "P6M", ""},
			{"this year", "DATE", "2013", ""},
			{"May 15", "DATE", "2013-05-15", ""},
			{"2012", "DATE", "2012", ""},
			{"the past year", "DURATION", "P1Y", ""},
		}},
}

func TestEnglishHeldOut18(t *testing.T) { guardHeldOut(t, "English 18", enHeldOut18, "en", 0.95) }
