package extract

import "testing"

// enHeldOut26 is a blind English held-out set for the TIMEX3 tagger: 16
// invented but realistic whole news articles (150-300 words each), each with
// its own DCT (the publication date, 2013-2026), written without reading the
// tagger's source, data, docs or other tests.
//
// Styles imitated: Associated Press state wires (Ohio courts; a New Hampshire
// recount), Agence France-Presse English (a glacier study; Australian Open
// tennis), Kyodo (typhoon and bullet trains), Yonhap (birth statistics), PTI
// (Supreme Court on Delhi air pollution), Xinhua English (quarterly GDP), The
// Times of London (housing politics), The Independent (a rediscovered
// painting), The Sydney Morning Herald (heatwave), The Globe and Mail (railway
// quarterly results), the Los Angeles Times (arson arrest), The Boston Globe
// (baseball), Politico (shutdown) and Axios (measles). Datelines, where the
// style has one, agree with the DCT. Two articles (the Boston Globe box-score
// story and the AP recount) are number-heavy — scores, tallies, prices, ages,
// street numbers, year-like numbers such as "2,019 votes" — and contain no
// temporal expression at all.
//
// Conventions: TimeML 1.2.1 / TempEval-3 TIMEX3, following TimeBank 1.2 where
// TimeML leaves a choice. Every timex is listed in document order. Spans keep
// determiners and modifiers ("the past 15 years", "nearly a decade", "about
// 6pm", "up to 20 minutes") but not leading prepositions. "N weeks later"
// and "a day after" are DURATIONs whose span leaves out "later"/"after";
// "N years ago" is a DATE resolved against the DCT; "a year earlier" in
// results is the DATE of the compared period (a quarter for quarterly
// figures, the year or month otherwise). "a 30-day stopgap" is a DURATION
// (P30D); rates ("a day", "a week", "twice a month") are SETs; vague plurals
// ("years", "months", "recent years") are PXY/PXM DURATIONs; "now", "right
// now", "recently" and "the future" are PRESENT_REF/PAST_REF/FUTURE_REF.
// Bare weekdays and months resolve to the occurrence meant (past tense: the
// latest before the DCT; future: the next), computed with Python's datetime.
// Not tagged: ages ("a 58-year-old"), scores, innings, speeds, the discourse
// marker "Now, the question is ...", and generic "days" or "the first time".
//
// First run, on the committed tagger (1a66ea4) before any fix it prompted:
// relaxed F1 0.984, value accuracy 0.957, value F1 0.942.
var enHeldOut26 = []hoCase{
	{"ap-ohio-treasurer-sentenced", "2019-03-14", `COLUMBUS, Ohio (AP) — A former township fiscal officer was sentenced Thursday to six years in prison for stealing more than $400,000 from the rural community he served for nearly a decade, prosecutors said.

Franklin County Common Pleas Judge Karen Holcomb also ordered Dale Pritchard, 61, to repay the money. Pritchard pleaded guilty in January to theft in office and tampering with records.

Investigators said Pritchard began moving tax receipts into a personal account in 2009 and kept doing so until a state auditor flagged unusual transfers in the spring of 2018. He resigned two weeks later.

"He treated the public's money as his own for years," Assistant Prosecutor Lena Ruiz told the court. "The people of Harlan Township are still paying for it now."

Pritchard's attorney, Mark Delaney, asked for probation, saying his client had cooperated with investigators and had already sold his house to make restitution. Pritchard apologized in a brief statement and said he had struggled with a gambling addiction for the past 15 years.

Township trustees said last week that the theft had forced them to delay road repairs and cut hours for part-time firefighters. Trustee Ann Wolfe said the three-member board, which meets twice a month, will vote on new banking controls at its next meeting on April 2.

State Auditor Keith Faber said Thursday that his office has uncovered similar schemes in small governments across the state in recent years.`,
		[]hoGold{
			{"Thursday", "DATE", "2019-03-14", ""},
			{"six years", "DURATION", "P6Y", ""},
			{"nearly a decade", "DURATION", "P10Y", "APPROX"},
			{"January", "DATE", "2019-01", ""},
			{"2009", "DATE", "2009", ""},
			{"the spring of 2018", "DATE", "2018-SP", ""},
			{"two weeks", "DURATION", "P2W", ""},
			{"years", "DURATION", "PXY", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the past 15 years", "DURATION", "P15Y", ""},
			{"last week", "DATE", "2019-W10", ""},
			{"twice a month", "SET", "P1M", ""},
			{"April 2", "DATE", "2019-04-02", ""},
			{"Thursday", "DATE", "2019-03-14", ""},
			{"recent years", "DURATION", "PXY", ""},
		}},
	{"afp-alps-glaciers-study", "2021-07-21", `Paris (AFP) - Glaciers in the European Alps have lost more than a third of their ice since 2000, and the pace of melting has nearly doubled over the past decade, according to a study published Wednesday in the journal Nature Geoscience.

An international team led by researchers in Zurich combined satellite images with field measurements taken at 140 glaciers between 2000 and 2020. They found that ice loss accelerated sharply after 2015, driven by hotter weather and a steady decline in snowfall at lower altitudes.

"The speed of the change took us by surprise," said lead author Matthias Keller, a glaciologist at the Swiss Federal Institute of Technology. "We are now measuring the disappearance of these glaciers rather than their retreat."

The team warned that unless greenhouse gas emissions are cut sharply, most small Alpine glaciers could disappear by the end of the century, and even the largest, the Aletsch, would shrink to a fraction of its size.

Swiss glaciers shed 2 percent of their remaining volume in 2019 alone, according to the country's monitoring network, which has surveyed them every year since the 1880s.

The study was released after a heatwave pushed temperatures above 35 degrees Celsius in parts of Switzerland and Austria in late June, and as mountain guides reported unusually large crevasses on popular routes around Mont Blanc.

Meltwater from the Alps feeds the Rhine, the Rhone and the Po, and hydrologists have warned that the rivers could run dangerously low during droughts in the future, threatening shipping, farming and the cooling of nuclear power plants.`,
		[]hoGold{
			{"2000", "DATE", "2000", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"Wednesday", "DATE", "2021-07-21", ""},
			{"2000", "DATE", "2000", ""},
			{"2020", "DATE", "2020", ""},
			{"2015", "DATE", "2015", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the end of the century", "DATE", "20", "END"},
			{"2019", "DATE", "2019", ""},
			{"every year", "SET", "P1Y", ""},
			{"the 1880s", "DATE", "188", ""},
			{"late June", "DATE", "2021-06", "END"},
			{"the future", "DATE", "FUTURE_REF", ""},
		}},
	{"kyodo-typhoon-shinkansen", "2024-08-16", `TOKYO, Aug. 16 Kyodo - Central Japan Railway Co. halted bullet train services between Tokyo and Nagoya on Friday as a strong typhoon neared the Pacific coast, leaving thousands of travelers stranded at major stations.

The Tokaido Shinkansen line will remain suspended until noon Saturday, the operator said, adding that services would resume in stages once safety checks along the tracks are completed.

The Japan Meteorological Agency said the typhoon was moving slowly north and was expected to come closest to the Kanto region Friday night. It warned of rainfall of up to 300 millimeters in 24 hours in parts of Shizuoka Prefecture, as well as high waves and landslides.

Japan Airlines and All Nippon Airways canceled more than 500 domestic flights scheduled for Friday and Saturday, affecting about 80,000 passengers.

"We decided on the suspension three days ago so that people could change their plans," a JR Central official told a press conference in Nagoya. "Safety comes first."

The agency urged residents to stay indoors and to keep away from rivers and the coast until Saturday afternoon. Authorities in Shizuoka issued evacuation instructions to some 120,000 households on Friday morning, while convenience store chains closed hundreds of outlets in the typhoon's path.

The typhoon is the second to threaten eastern Japan this month, after a storm last week dumped record rain on parts of the Tohoku region.`,
		[]hoGold{
			{"Aug. 16", "DATE", "2024-08-16", ""},
			{"Friday", "DATE", "2024-08-16", ""},
			{"noon Saturday", "TIME", "2024-08-17T12:00", ""},
			{"Friday night", "TIME", "2024-08-16TNI", ""},
			{"24 hours", "DURATION", "PT24H", ""},
			{"Friday", "DATE", "2024-08-16", ""},
			{"Saturday", "DATE", "2024-08-17", ""},
			{"three days ago", "DATE", "2024-08-13", ""},
			{"Saturday afternoon", "TIME", "2024-08-17TAF", ""},
			{"Friday morning", "TIME", "2024-08-16TMO", ""},
			{"this month", "DATE", "2024-08", ""},
			{"last week", "DATE", "2024-W32", ""},
		}},
	{"yonhap-births-rebound", "2026-02-25", `SEOUL, Feb. 25 (Yonhap) -- The number of babies born in South Korea rose again in 2025, government data showed Wednesday, raising cautious hopes that the country's record-low fertility rate may have bottomed out.

A total of 254,500 babies were born last year, up 6.1 percent from a year earlier, according to the data released by Statistics Korea.

The total fertility rate, the average number of children a woman is expected to have, climbed to 0.80 from 0.75 in 2024. The rate had fallen every year from 2016 through 2023, when it hit an all-time low of 0.72.

Officials attributed the rebound largely to a rise in marriages after the COVID-19 pandemic, as couples who had postponed weddings in 2020 and 2021 began having children.

"The increase in marriages over the past two years is now being reflected in births," a Statistics Korea official told reporters. "But it is too early to say whether the trend will last."

In December alone, births rose 8.3 percent from a year earlier to 18,900, while the number of deaths fell 2.1 percent to 30,200, meaning the population continued to shrink naturally.

Seoul recorded the sharpest increase among the country's 17 major cities and provinces, with births up 9.4 percent.

The government plans to launch a new ministry dedicated to population strategy in the second half of this year and has pledged to expand parental leave benefits starting in July.`,
		[]hoGold{
			{"Feb. 25", "DATE", "2026-02-25", ""},
			{"2025", "DATE", "2025", ""},
			{"Wednesday", "DATE", "2026-02-25", ""},
			{"last year", "DATE", "2025", ""},
			{"a year earlier", "DATE", "2024", ""},
			{"2024", "DATE", "2024", ""},
			{"every year", "SET", "P1Y", ""},
			{"2016", "DATE", "2016", ""},
			{"2023", "DATE", "2023", ""},
			{"2020", "DATE", "2020", ""},
			{"2021", "DATE", "2021", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"December", "DATE", "2025-12", ""},
			{"a year earlier", "DATE", "2024-12", ""},
			{"the second half of this year", "DATE", "2026-H2", ""},
			{"July", "DATE", "2026-07", ""},
		}},
	{"pti-sc-delhi-air-pollution", "2022-11-08", `New Delhi, Nov 8 (PTI) The Supreme Court on Tuesday asked the Centre and the Delhi government to respond in four weeks to a plea seeking urgent steps to curb air pollution in the national capital, where the air quality index has remained in the "severe" category for the past several days.

A bench of Justices A K Rao and Meera Iyer listed the matter for further hearing on December 6 and said it would monitor the implementation of measures to stop stubble burning in Punjab and Haryana.

"We have been hearing the same submissions every year. Something must change now," the bench observed.

Appearing for the petitioner, senior advocate Rohan Mehta submitted that farm fires had risen sharply since late October and that primary schools in the city had been shut since Friday.

The Commission for Air Quality Management had on Saturday invoked the final stage of its graded response action plan, banning construction and demolition work and the entry of diesel trucks into Delhi. The curbs will be reviewed daily, the commission has said.

The Additional Solicitor General told the bench that the Centre had released Rs 600 crore to the states over the last three years for machines that mix crop residue into the soil.

The apex court had in 2019 directed Punjab, Haryana and Uttar Pradesh to pay small and marginal farmers Rs 100 per quintal to stop burning paddy straw.

Counsel for the Delhi government told the court it would announce further measures, including odd-even rationing of private cars, next week.`,
		[]hoGold{
			{"Nov 8", "DATE", "2022-11-08", ""},
			{"Tuesday", "DATE", "2022-11-08", ""},
			{"four weeks", "DURATION", "P4W", ""},
			{"the past several days", "DURATION", "PXD", ""},
			{"December 6", "DATE", "2022-12-06", ""},
			{"every year", "SET", "P1Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"late October", "DATE", "2022-10", "END"},
			{"Friday", "DATE", "2022-11-04", ""},
			{"Saturday", "DATE", "2022-11-05", ""},
			{"daily", "SET", "P1D", ""},
			{"the last three years", "DURATION", "P3Y", ""},
			{"2019", "DATE", "2019", ""},
			{"next week", "DATE", "2022-W46", ""},
		}},
	{"xinhua-china-q3-gdp", "2023-10-18", `BEIJING, Oct. 18 (Xinhua) -- China's gross domestic product (GDP) expanded 4.9 percent in the third quarter from a year earlier, official data showed Wednesday, as consumption and industrial production continued to pick up.

In the first nine months, GDP reached 91.3 trillion yuan (about 12.5 trillion U.S. dollars), up 5.2 percent, the National Bureau of Statistics (NBS) said.

The economy grew 6.3 percent in the second quarter and 4.5 percent in the first quarter.

Retail sales of consumer goods rose 5.5 percent in September, while the value-added industrial output of major enterprises expanded 4.5 percent, both beating market expectations.

The surveyed urban unemployment rate stood at 5 percent at the end of September, down 0.2 percentage points from August.

"The national economy has gained momentum recently, and this year's target of around 5 percent is within reach," NBS spokesperson Fu Wei told a press conference.

Fu noted, however, that property development investment fell 9.1 percent in the first nine months, and that external demand remained weak.

Analysts said the stronger-than-expected figures reflected a series of policy measures rolled out since July, including cuts to mortgage rates for first-time homebuyers and fresh support for private businesses.

The country will step up macroeconomic policy adjustments in the fourth quarter to consolidate the recovery and expand domestic demand, Fu said.`,
		[]hoGold{
			{"Oct. 18", "DATE", "2023-10-18", ""},
			{"the third quarter", "DATE", "2023-Q3", ""},
			{"a year earlier", "DATE", "2022-Q3", ""},
			{"Wednesday", "DATE", "2023-10-18", ""},
			{"the first nine months", "DURATION", "P9M", ""},
			{"the second quarter", "DATE", "2023-Q2", ""},
			{"the first quarter", "DATE", "2023-Q1", ""},
			{"September", "DATE", "2023-09", ""},
			{"the end of September", "DATE", "2023-09", "END"},
			{"August", "DATE", "2023-08", ""},
			{"recently", "DATE", "PAST_REF", ""},
			{"this year", "DATE", "2023", ""},
			{"the first nine months", "DURATION", "P9M", ""},
			{"July", "DATE", "2023-07", ""},
			{"the fourth quarter", "DATE", "2023-Q4", ""},
		}},
	{"times-empty-homes-powers", "2013-10-02", `Councils will be able to take over homes that have stood empty for more than two years under plans to be announced by ministers today, as the government tries to ease a housing shortage that has driven London rents to record highs.

The communities secretary, Andrew Hale, will tell the Conservative conference in Manchester this afternoon that about 260,000 properties in England have been vacant for at least six months, enough to house the population of a city the size of Leeds.

"Empty homes are a scandal when families are waiting years for a council flat," he will say.

Under the proposals, owners would receive a warning letter and would then have 12 weeks to bring a property back into use before the council could apply to a tribunal for a management order.

Labour said the plans were a gimmick and pointed out that housebuilding in England fell last year to its lowest peacetime level since the 1920s.

Claire Dunmore, the shadow housing minister, said: "The government has had three years to fix this. Ministers have announced eight housing initiatives since 2010 and not one of them has made a real difference."

Official figures published last month showed that average rents in London rose by 7 per cent over the past 12 months, twice the rate of inflation.

The Treasury is expected to set out further measures to stimulate housebuilding in a statement to MPs in December. Landlords' groups warned that the powers could be misused against owners who were renovating properties or trying to sell them.`,
		[]hoGold{
			{"more than two years", "DURATION", "P2Y", "MORE_THAN"},
			{"today", "DATE", "2013-10-02", ""},
			{"this afternoon", "TIME", "2013-10-02TAF", ""},
			{"at least six months", "DURATION", "P6M", "EQUAL_OR_MORE"},
			{"years", "DURATION", "PXY", ""},
			{"12 weeks", "DURATION", "P12W", ""},
			{"last year", "DATE", "2012", ""},
			{"the 1920s", "DATE", "192", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"2010", "DATE", "2010", ""},
			{"last month", "DATE", "2013-09", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"December", "DATE", "2013-12", ""},
		}},
	{"independent-gainsborough-portrait", "2018-09-27", `A portrait that spent more than a century hanging in a Yorkshire farmhouse has been identified as an early work by Thomas Gainsborough and will go on public display next month.

The small oil painting, which shows a young woman in a blue silk dress, was bought at a country auction in 2016 for £850 by a dealer who suspected it was more than a decorative copy. Experts at the Courtauld Institute spent 18 months examining the canvas, pigments and brushwork before confirming the attribution this summer.

"It was covered in layers of yellowed varnish and grime," said the conservator Helen Marsh. "When we cleaned the face, we realised we were looking at something very special."

The portrait is thought to date from the late 1740s, when Gainsborough was working in London before returning to his native Suffolk. Only a handful of his paintings from that period are known to survive.

It will be shown at Gainsborough's House in Sudbury from 13 October until the end of January, before going under the hammer in the spring. Its estimated value is now between £300,000 and £500,000.

The farmhouse's owners, who sold the painting along with the contents of the house after their mother's death, said they had no idea of its significance. "It hung above the kitchen range, and we all thought it was a cheap print," one of them said.

The museum, which reopened last year after a £10m refurbishment, is open daily and admission to the display will be free.`,
		[]hoGold{
			{"more than a century", "DURATION", "P100Y", "MORE_THAN"},
			{"next month", "DATE", "2018-10", ""},
			{"2016", "DATE", "2016", ""},
			{"18 months", "DURATION", "P18M", ""},
			{"this summer", "DATE", "2018-SU", ""},
			{"the late 1740s", "DATE", "174", "END"},
			{"13 October", "DATE", "2018-10-13", ""},
			{"the end of January", "DATE", "2019-01", "END"},
			{"the spring", "DATE", "2019-SP", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"last year", "DATE", "2017", ""},
			{"daily", "SET", "P1D", ""},
		}},
	{"smh-sydney-heat-saturday", "2020-01-03", `Sydney is bracing for one of its hottest days on record on Saturday, with temperatures in the western suburbs forecast to climb to 46 degrees and a total fire ban declared across the Greater Sydney region.

The Bureau of Meteorology said a hot north-westerly airflow would push the mercury in the CBD to 41 degrees by early afternoon before a gusty southerly change arrives about 6pm.

"Tomorrow is going to be a very dangerous day, particularly for the elderly and people with heart conditions," senior meteorologist Anita Patel said on Friday.

Penrith reached 44.3 degrees on Thursday, its highest temperature since February 2017.

NSW Health urged people to drink plenty of water, avoid strenuous activity between 11am and 5pm and check on neighbours who live alone. Hospitals in western Sydney have cancelled elective surgery to free up beds.

The Rural Fire Service said more than 120 fires were burning across the state on Friday afternoon, 60 of them not yet contained. Commissioner Shane Fitzgerald said crews were "preparing for the worst" on the fire grounds of the Blue Mountains and the South Coast.

Sydney Trains warned that services on the Blue Mountains and Western lines could run at reduced speeds on Saturday because of the risk of buckled tracks, and told passengers to expect delays of up to 20 minutes.

Relief is not expected to last. The bureau forecasts another hot spell by the middle of next week, with temperatures in the high 30s returning on Wednesday.`,
		[]hoGold{
			{"Saturday", "DATE", "2020-01-04", ""},
			{"early afternoon", "TIME", "2020-01-04TAF", "START"},
			{"about 6pm", "TIME", "2020-01-04T18:00", "APPROX"},
			{"Tomorrow", "DATE", "2020-01-04", ""},
			{"Friday", "DATE", "2020-01-03", ""},
			{"Thursday", "DATE", "2020-01-02", ""},
			{"February 2017", "DATE", "2017-02", ""},
			{"11am", "TIME", "2020-01-04T11:00", ""},
			{"5pm", "TIME", "2020-01-04T17:00", ""},
			{"Friday afternoon", "TIME", "2020-01-03TAF", ""},
			{"Saturday", "DATE", "2020-01-04", ""},
			{"up to 20 minutes", "DURATION", "PT20M", "EQUAL_OR_LESS"},
			{"the middle of next week", "DATE", "2020-W02", "MID"},
			{"Wednesday", "DATE", "2020-01-08", ""},
		}},
	{"globe-railway-q2-profit", "2014-07-22", `CALGARY — Northern Shield Railway Ltd. reported a 14-per-cent jump in second-quarter profit on Tuesday, as record crude-by-rail shipments and a rebound in grain traffic more than offset higher fuel and labour costs.

The Calgary-based railway earned $412-million, or $1.02 a share, in the three months ended June 30, compared with $361-million, or 89 cents, a year earlier. Revenue rose 11 per cent to $2.1-billion. Analysts had expected earnings of 98 cents a share, according to Thomson Reuters.

"We moved more grain in June than ever before, and our network is now running at full speed after the disruptions of the first quarter," chief executive officer Luc Bergeron told analysts on a conference call.

Ottawa ordered the country's two major railways in March to move at least 500,000 tonnes of grain a week, after a backlog left Prairie farmers unable to ship much of last fall's record harvest. Shippers have complained that the railways favoured more lucrative oil cargoes.

Mr. Bergeron said the company now expects earnings per share to grow by about 12 per cent this year, up from an earlier forecast of 10 per cent.

The railway will spend $2.2-billion on its network in 2014, including new sidings in Saskatchewan and Alberta, and plans to hire 1,000 workers over the next two years, many of them conductors and track maintenance staff.

Shares of Northern Shield rose 2.3 per cent to $68.40 on the Toronto Stock Exchange on Tuesday.`,
		[]hoGold{
			{"second-quarter", "DATE", "2014-Q2", ""},
			{"Tuesday", "DATE", "2014-07-22", ""},
			{"the three months", "DURATION", "P3M", ""},
			{"June 30", "DATE", "2014-06-30", ""},
			{"a year earlier", "DATE", "2013-Q2", ""},
			{"June", "DATE", "2014-06", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the first quarter", "DATE", "2014-Q1", ""},
			{"March", "DATE", "2014-03", ""},
			{"a week", "SET", "P1W", ""},
			{"last fall", "DATE", "2013-FA", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"this year", "DATE", "2014", ""},
			{"2014", "DATE", "2014", ""},
			{"the next two years", "DURATION", "P2Y", ""},
			{"Tuesday", "DATE", "2014-07-22", ""},
		}},
	{"lat-encampment-arson-arrest", "2022-04-13", `A man suspected of setting a string of fires at homeless encampments in the San Fernando Valley was arrested Tuesday night after a brief foot chase, Los Angeles police said Wednesday.

Officers spotted the 34-year-old man near Sepulveda Boulevard and Vanowen Street in Van Nuys at about 11:40 p.m., shortly after a resident called 911 to report someone pouring liquid on a tent, said Officer Sara Lin, a department spokeswoman.

The suspect, identified as Marcus Dale Reyes, was booked on suspicion of arson and was being held on $250,000 bail. Investigators believe he may be responsible for at least nine fires in Van Nuys and North Hills since early March, Lin said.

No one was killed in the fires, but a 61-year-old woman suffered burns to her arms on March 28 when flames engulfed the tent where she was sleeping.

The arrest came a day after Councilmember Paul Ortega asked the department to increase patrols along the Sepulveda corridor.

Fires at encampments have become a growing concern across Los Angeles. The Los Angeles Fire Department responded to an average of 24 such fires a day in 2021, according to a Times analysis of department data, up from about 10 a day in 2018.

"It's terrifying. You go to sleep not knowing whether you'll wake up," said Teresa Gomez, 52, who has lived in a tent near the 405 Freeway for two years.

Reyes is scheduled to be arraigned Friday in Van Nuys. It was not immediately clear whether he had an attorney.`,
		[]hoGold{
			{"Tuesday night", "TIME", "2022-04-12TNI", ""},
			{"Wednesday", "DATE", "2022-04-13", ""},
			{"about 11:40 p.m.", "TIME", "2022-04-12T23:40", "APPROX"},
			{"early March", "DATE", "2022-03", "START"},
			{"March 28", "DATE", "2022-03-28", ""},
			{"a day", "DURATION", "P1D", ""},
			{"a day", "SET", "P1D", ""},
			{"2021", "DATE", "2021", ""},
			{"a day", "SET", "P1D", ""},
			{"2018", "DATE", "2018", ""},
			{"two years", "DURATION", "P2Y", ""},
			{"Friday", "DATE", "2022-04-15", ""},
		}},
	{"globe-red-sox-box-no-timex", "2017-08-06", `BOSTON — The Red Sox scored six runs in the third inning and held on to beat the Toronto Blue Jays, 9-4, before a sellout crowd of 36,813 at Fenway Park.

Left fielder Marcus Hale went 3 for 4 with a two-run homer and four RBIs, raising his average to .318. The 27-year-old has hit safely in 11 straight games and is batting .452 with runners in scoring position.

Starter Eli Navarro (8-3) allowed two runs on five hits over 6⅓ innings, striking out nine and walking two. He threw 104 pitches, 71 for strikes, and lowered his ERA to 3.02.

"He was in total control," manager Ron Walsh said. "When he's throwing his changeup like that, he's tough to beat."

The Blue Jays pulled within 6-4 in the seventh on a three-run double by Carlos Ortega, but reliever Tom Brennan got the final five outs for his 21st save in 24 chances. His fastball touched 99 mph.

The Sox added three insurance runs in the eighth. Catcher Danny Kim, 34, doubled off the Green Monster, and Hale followed with a 412-foot drive into the center-field bleachers, his 19th homer.

Boston (58-47) moved 2½ games ahead of Toronto (56-50) in the race for the second wild-card spot. The victory was the 1,947th of Walsh's managerial career, moving him past Dick Williams into 28th place on the all-time list.

Bleacher seats on the resale market were going for as much as $215, and fans lined up three deep outside Gate B at 4 Jersey St. to buy bobbleheads of Hale, priced at $35 apiece.`,
		[]hoGold{}},
	{"politico-shutdown-stopgap", "2023-09-28", `House Republicans left the Capitol on Wednesday night without a plan to keep the government open past Saturday, raising the odds of a federal shutdown this weekend, the first in nearly five years.

The speaker told reporters he would bring a 30-day stopgap bill to the floor on Friday, but at least a dozen conservatives said they would vote against any temporary measure that does not include deep spending cuts and new border restrictions.

"We've had months to do this, and we're still arguing about the basics," said one senior Republican aide, who was granted anonymity to speak candidly about internal deliberations.

Funding for most federal agencies expires Oct. 1. The Senate, meanwhile, advanced its own bipartisan stopgap on Tuesday that would fund the government through Nov. 17 and provide $6 billion for Ukraine and $6 billion for disaster relief.

A shutdown would furlough hundreds of thousands of federal workers and delay pay for about 1.3 million active-duty troops. The last shutdown, which began in December 2018, lasted 35 days, the longest in U.S. history.

House Democrats are united behind the Senate bill, according to a senior Democratic leadership aide. "Republicans have the power right now to avoid a shutdown," the aide said. "Now, the question is whether the speaker can hold his conference together long enough to let the House vote on it."

The White House said Thursday that agencies had begun notifying employees about possible furloughs and would publish their contingency plans on Friday.`,
		[]hoGold{
			{"Wednesday night", "TIME", "2023-09-27TNI", ""},
			{"Saturday", "DATE", "2023-09-30", ""},
			{"this weekend", "DATE", "2023-W39-WE", ""},
			{"nearly five years", "DURATION", "P5Y", "APPROX"},
			{"30-day", "DURATION", "P30D", ""},
			{"Friday", "DATE", "2023-09-29", ""},
			{"months", "DURATION", "PXM", ""},
			{"Oct. 1", "DATE", "2023-10-01", ""},
			{"Tuesday", "DATE", "2023-09-26", ""},
			{"Nov. 17", "DATE", "2023-11-17", ""},
			{"December 2018", "DATE", "2018-12", ""},
			{"35 days", "DURATION", "P35D", ""},
			{"right now", "DATE", "PRESENT_REF", ""},
			{"Thursday", "DATE", "2023-09-28", ""},
			{"Friday", "DATE", "2023-09-29", ""},
		}},
	{"axios-measles-cases", "2025-03-12", `U.S. measles cases so far this year have already passed last year's total, according to CDC data released Wednesday.

Why it matters: The country is on track for its largest outbreak since 2019, when more than 1,200 cases nearly cost the U.S. its measles elimination status.

Driving the news: The CDC counted 301 cases across 14 states as of Friday, more than the 285 reported in all of 2024.

- Most cases are tied to an outbreak in West Texas that began in late January and has spread to New Mexico and Oklahoma.
- Two deaths have been reported, the first U.S. measles deaths in a decade.
- About 70% of patients are children and teenagers, nearly all of them unvaccinated.

By the numbers: About 93% of kindergartners were fully vaccinated against measles last fall, down from 95% five years ago, per the CDC.

- Health officials say coverage of 95% is needed to prevent sustained outbreaks.
- Exemption rates hit a record 3.6% nationally.

What they're saying: "We're now seeing the consequences of declining vaccination rates in some communities," said Dr. Priya Nair, an infectious disease specialist at Vanderbilt University Medical Center.

What's next: Health officials expect more cases over the next several weeks as the outbreak spreads to neighboring counties.

- The CDC updates its national count every Wednesday.`,
		[]hoGold{
			{"this year", "DATE", "2025", ""},
			{"last year", "DATE", "2024", ""},
			{"Wednesday", "DATE", "2025-03-12", ""},
			{"2019", "DATE", "2019", ""},
			{"Friday", "DATE", "2025-03-07", ""},
			{"2024", "DATE", "2024", ""},
			{"late January", "DATE", "2025-01", "END"},
			{"a decade", "DURATION", "P10Y", ""},
			{"last fall", "DATE", "2024-FA", ""},
			{"five years ago", "DATE", "2020", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the next several weeks", "DURATION", "PXW", ""},
			{"every Wednesday", "SET", "XXXX-WXX-3", ""},
		}},
	{"ap-nh-recount-no-timex", "2016-11-23", `CONCORD, N.H. (AP) — A hand recount has confirmed that a Republican challenger won a seat in the New Hampshire House by 14 votes, reversing a machine count that had shown the Democratic incumbent ahead by three.

Officials in the secretary of state's office said Republican Gail Morrissey finished with 2,019 votes to 2,005 for Democratic state Rep. Tom Cavanaugh in the Hillsborough County district, which covers parts of Manchester's Wards 8 and 9.

The recount turned on 47 ballots that the tabulators had rejected because voters marked them in red ink or circled a candidate's name instead of filling in the oval. Election workers from both parties examined each ballot by hand at the State Archives building at 71 South Fruit St.

Morrissey, a 58-year-old retired nurse, gained 19 votes in the recount, while Cavanaugh gained two. Another 11 ballots were set aside as blank or impossible to read.

"Every vote was looked at, and every vote was counted," Morrissey said. "I'm grateful to the volunteers who sat at those tables."

Cavanaugh, 71, said he would not appeal to the Ballot Law Commission and had called Morrissey to congratulate her.

The result gives Republicans 227 seats in the 400-member House, compared with 172 for Democrats, with one seat held by an independent. Turnout in the district was 61.4 percent, with 4,098 ballots cast, and the recount cost the state about $1,850.

Another recount, in a Rockingham County district where the margin was a single vote out of 3,112 cast, has also been requested.`,
		[]hoGold{}},
	{"afp-australian-open-heat", "2016-01-21", `Melbourne (AFP) - Former champion Elena Radic battled past a teenage Chinese qualifier in more than three hours on Thursday to reach the third round of the Australian Open, as temperatures at Melbourne Park soared past 38 degrees Celsius.

The 29-year-old Serb, who won the title in 2012, saved two match points before winning 6-7 (4/7), 7-5, 9-7 in three hours and 14 minutes on Rod Laver Arena.

"I don't know how I'm still standing. At one point in the third set I couldn't feel my legs," said Radic, who has been troubled by a wrist injury since last August.

Her opponent, 19-year-old Wang Xiaoli, ranked 187th in the world, was playing in the main draw of a Grand Slam for the first time and won over the crowd with her fearless hitting from the baseline.

Play on the outside courts was suspended for almost two hours in the afternoon under the tournament's extreme heat policy, and organisers closed the roof on Rod Laver Arena midway through the third set.

Radic will next face American 14th seed Madison Clarke, who beat her in the Wimbledon quarter-finals last year. Clarke needed just 58 minutes to beat Romania's Ioana Popa 6-1, 6-0.

Elsewhere, top seed Anna Lindqvist of Sweden survived a scare against Germany's Katrin Vogel, coming from a set down to win 4-6, 6-3, 6-2.

Forecasters expect cooler conditions over the weekend, with a top of 26 degrees predicted for Sunday.`,
		[]hoGold{
			{"more than three hours", "DURATION", "PT3H", "MORE_THAN"},
			{"Thursday", "DATE", "2016-01-21", ""},
			{"2012", "DATE", "2012", ""},
			{"three hours and 14 minutes", "DURATION", "PT3H14M", ""},
			{"last August", "DATE", "2015-08", ""},
			{"almost two hours", "DURATION", "PT2H", "APPROX"},
			{"the afternoon", "TIME", "2016-01-21TAF", ""},
			{"last year", "DATE", "2015", ""},
			{"58 minutes", "DURATION", "PT58M", ""},
			{"the weekend", "DATE", "2016-W03-WE", ""},
			{"Sunday", "DATE", "2016-01-24", ""},
		}},
}

func TestEnglishHeldOut26(t *testing.T) { guardHeldOut(t, "English 26", enHeldOut26, "en", 0.94) }
