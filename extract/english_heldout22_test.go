package extract

import "testing"

// enHeldOut22 is a blind held-out set of 16 invented English articles in the
// style of the business and economic press of 1988-1992 and 2022-2026: The Wall
// Street Journal (quarterly and fiscal-year results, a tender offer, credit
// markets), Dow Jones News Service (a stock-market close, a proxy tally),
// Reuters (retail sales, consumer prices, the trade deficit, with "WASHINGTON,
// Nov 17 (Reuters) -" datelines that agree with the DCT), AP business wire
// (a management succession, a merger with a go-shop deadline), Bloomberg (a
// bond sale, a results forecast) and the Financial Times (annual results, a
// chief-executive departure). Each article has its own DCT (the publication
// date). Two articles (djns91-proxy-tally, bbg25-store-sale-numbers) are
// number-heavy (vote tallies, prices, ages, street numbers, year-like counts
// such as "2,019 votes" and "1,990 stores") and contain no timex at all.
//
// The gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 conventions, with TimeBank
// 1.2 practice where TimeML leaves a choice: spans keep determiners and
// modifiers but drop leading prepositions; "third-quarter" and "the
// year-earlier period" are DATEs (YYYY-Qn); "a year earlier" is the DATE of the
// compared period (the prior-year quarter, half or month, or the previous year
// for full-year results); "the first nine months" and "the 12 months" (to/through
// a date, which is tagged separately) are DURATIONs; "10-year" notes and a
// "two-month" battle are DURATIONs; "12 months earlier" is a DURATION whose span
// leaves "earlier" out; "N years ago" is a DATE resolved against the DCT;
// "late Friday" is the DATE with mod END; "this morning" is TIME ...TMO;
// "£725,000 a year" makes "a year" a SET P1Y; "now", "currently" and "recently"
// are PRESENT_REF / PAST_REF; decades are written in years (P10Y). Bare weekdays
// and month names resolve to the occurrence the tense implies, and every
// relative value was computed from the DCT with Python's datetime. Ages, share
// prices, scores and names such as "2025 Industrial Parkway" are not timexes.
//
// The set was written from the task description alone, without reading the
// tagger's source, its other tests or its data, and without running it.
//
// First run, on the committed tagger (e2c730a) before any fix it prompted:
// relaxed F1 1.000, value accuracy 0.945, value F1 0.945.
var enHeldOut22 = []hoCase{
	{"wsj89-q3-tool-die", "1989-10-24", `Midland Tool & Die Corp. said third-quarter net income fell 18% as weaker demand from auto makers offset gains in its aerospace unit.

The Cleveland-based maker of precision dies said yesterday that it earned $14.2 million, or 61 cents a share, in the quarter, down from $17.3 million, or 74 cents a share, in the year-earlier period. Sales slipped 4% to $212.5 million from $221.1 million.

For the first nine months, net was $47.8 million, or $2.05 a share, compared with $50.6 million, or $2.17 a share, last year. Revenue rose 2% to $661 million.

"The fourth quarter will be difficult," said Harold B. Kessler, chairman and chief executive officer. "Detroit has cut production schedules through the end of the year, and we don't expect orders to recover before the spring."

Mr. Kessler said the company would complete a plant consolidation in Toledo, Ohio, by March and expects to take a charge of about $6 million in the current quarter to cover severance costs. About 240 jobs will be eliminated over the next 18 months.

In New York Stock Exchange composite trading yesterday, Midland shares closed at $31.125, down 87.5 cents. The stock has fallen about 22% since July, when the company warned that auto-related orders were weakening.

Midland has been expanding its aerospace business since 1986, when it acquired Pacific Forge Co. for $88 million. Aerospace now accounts for 31% of sales, up from 19% before the purchase.`,
		[]hoGold{
			{"third-quarter", "DATE", "1989-Q3", ""},
			{"yesterday", "DATE", "1989-10-23", ""},
			{"the quarter", "DATE", "1989-Q3", ""},
			{"the year-earlier period", "DATE", "1988-Q3", ""},
			{"the first nine months", "DURATION", "P9M", ""},
			{"last year", "DATE", "1988", ""},
			{"The fourth quarter", "DATE", "1989-Q4", ""},
			{"the end of the year", "DATE", "1989", "END"},
			{"the spring", "DATE", "1990-SP", ""},
			{"March", "DATE", "1990-03", ""},
			{"the current quarter", "DATE", "1989-Q4", ""},
			{"the next 18 months", "DURATION", "P18M", ""},
			{"yesterday", "DATE", "1989-10-23", ""},
			{"July", "DATE", "1989-07", ""},
			{"1986", "DATE", "1986", ""},
			{"now", "DATE", "PRESENT_REF", ""},
		}},
	{"reuters91-retail-sales", "1991-10-15", `WASHINGTON, Oct 15 (Reuters) - U.S. retail sales rose 0.4 pct in September after a revised 0.2 pct decline in August, the Commerce Department said today, offering fresh evidence that consumers are slowly returning to the stores.

The September gain, to a seasonally adjusted 149.3 billion dlrs, was slightly larger than the 0.3 pct rise economists had forecast. The department had originally reported that sales fell 0.1 pct in the previous month.

Compared with a year earlier, sales were up 2.1 pct.

Excluding autos, sales increased 0.6 pct last month, the strongest showing since May, when they climbed 0.9 pct.

"It's not a boom, but the consumer hasn't gone into hibernation either," said Margaret Holloway, chief economist at Lakeshore National Bank in Chicago. "We expect modest growth through the fourth quarter and a firmer pace early next year."

Analysts said the report would ease pressure on the Federal Reserve to cut interest rates again before its policy meeting on Nov 5. The central bank has lowered its discount rate three times since December.

A separate report on business inventories for August is due on Thursday. Last week, the Labor Department said the unemployment rate edged down to 6.7 pct in September from 6.8 pct, while payrolls grew by a smaller-than-expected 34,000 jobs.`,
		[]hoGold{
			{"Oct 15", "DATE", "1991-10-15", ""},
			{"September", "DATE", "1991-09", ""},
			{"August", "DATE", "1991-08", ""},
			{"today", "DATE", "1991-10-15", ""},
			{"September", "DATE", "1991-09", ""},
			{"the previous month", "DATE", "1991-08", ""},
			{"a year earlier", "DATE", "1990-09", ""},
			{"last month", "DATE", "1991-09", ""},
			{"May", "DATE", "1991-05", ""},
			{"the fourth quarter", "DATE", "1991-Q4", ""},
			{"early next year", "DATE", "1992", "START"},
			{"Nov 5", "DATE", "1991-11-05", ""},
			{"December", "DATE", "1990-12", ""},
			{"August", "DATE", "1991-08", ""},
			{"Thursday", "DATE", "1991-10-17", ""},
			{"Last week", "DATE", "1991-W41", ""},
			{"September", "DATE", "1991-09", ""},
		}},
	{"wsj88-benton-tender", "1988-10-27", `Harwell Industries Inc. launched a $42-a-share tender offer for all outstanding shares of Benton Chemical Co., escalating a two-month battle for control of the Wilmington, Del., specialty chemicals concern.

The offer, valued at about $1.3 billion, expires Nov. 16 unless extended. Harwell, which already owns 9.8% of Benton, said it would seek to replace Benton's board at a special meeting if directors don't negotiate a merger agreement within 30 days.

Benton rejected an unsolicited $38-a-share proposal from Harwell late Friday, calling it "grossly inadequate." A Benton spokesman said yesterday that the board would review the new offer "in due course" and respond within 10 business days, as required by federal securities rules.

Harwell's chairman, Roger T. Danvers, said the company had arranged $1.1 billion in bank financing and expected to complete the acquisition by the end of the year. "We have been patient for two months," he said. "Benton's shareholders deserve a chance to decide."

In composite trading on the New York Stock Exchange yesterday, Benton shares jumped $4.375 to $43.50, suggesting that traders expect a higher bid. Volume was 3.2 million shares, more than six times the average over the past three months.

Benton, founded in 1921, has struggled since 1986 with rising raw-material costs. Its earnings for the first half of 1988 fell 31% from a year earlier, and its shares traded as low as $27 this summer.`,
		[]hoGold{
			{"two-month", "DURATION", "P2M", ""},
			{"Nov. 16", "DATE", "1988-11-16", ""},
			{"30 days", "DURATION", "P30D", ""},
			{"late Friday", "DATE", "1988-10-21", "END"},
			{"yesterday", "DATE", "1988-10-26", ""},
			{"10 business days", "DURATION", "P10D", ""},
			{"the end of the year", "DATE", "1988", "END"},
			{"two months", "DURATION", "P2M", ""},
			{"yesterday", "DATE", "1988-10-26", ""},
			{"the past three months", "DURATION", "P3M", ""},
			{"1921", "DATE", "1921", ""},
			{"1986", "DATE", "1986", ""},
			{"the first half of 1988", "DATE", "1988-H1", ""},
			{"a year earlier", "DATE", "1987-H1", ""},
			{"this summer", "DATE", "1988-SU", ""},
		}},
	{"wsj90-credit-markets", "1990-03-14", `Treasury bond prices tumbled yesterday as a surprisingly strong report on wholesale prices revived fears that inflation is accelerating.

The Treasury's benchmark 30-year bond fell more than 1 1/4 points, or more than $12.50 for each $1,000 face amount. Its yield, which moves in the opposite direction from its price, rose to 8.62% from 8.51% late Monday, the highest level since last June.

Prices of 10-year notes dropped about 7/8 point, pushing their yield to 8.57%. Short-term bills were little changed.

The Labor Department said producer prices for finished goods rose 0.6% in February after a 1.4% surge in January. Over the past 12 months, wholesale prices have risen 5.2%.

"The market had been hoping that January was a fluke," said Daniel Reiss, a senior government securities trader at Calloway Securities. "It now has to face the possibility that the Fed won't ease for months."

Traders said the selloff could deepen this week, when the government releases consumer price figures for February on Friday. The Treasury also plans to auction $9.75 billion of two-year notes next Wednesday.

Corporate bonds followed Treasurys lower. Dealers priced a $200 million issue of seven-year notes from Norland Utilities Corp. at a yield of 9.35%, about 78 basis points above comparable Treasury securities. Junk bonds were mostly unchanged in light trading.`,
		[]hoGold{
			{"yesterday", "DATE", "1990-03-13", ""},
			{"30-year", "DURATION", "P30Y", ""},
			{"late Monday", "DATE", "1990-03-12", "END"},
			{"last June", "DATE", "1989-06", ""},
			{"10-year", "DURATION", "P10Y", ""},
			{"February", "DATE", "1990-02", ""},
			{"January", "DATE", "1990-01", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"January", "DATE", "1990-01", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"months", "DURATION", "PXM", ""},
			{"this week", "DATE", "1990-W11", ""},
			{"February", "DATE", "1990-02", ""},
			{"Friday", "DATE", "1990-03-16", ""},
			{"two-year", "DURATION", "P2Y", ""},
			{"next Wednesday", "DATE", "1990-03-21", ""},
			{"seven-year", "DURATION", "P7Y", ""},
		}},
	{"ap92-grocer-succession", "1992-11-19", `NEW YORK (AP) — Continental Grocers Inc. said Thursday that its president, Walter J. Pruitt, will succeed Edward M. Sandberg as chief executive officer effective Jan. 1.

Sandberg, 64, has led the Newark, N.J.-based supermarket chain since 1985 and will remain chairman until the company's shareholders meet in May. He has been with Continental for 31 years, joining as a stock clerk in a Paterson store.

Pruitt, 51, was named president in 1990 after running the company's Northeast division for the past decade. He oversaw the chain's expansion into Pennsylvania and Delaware, where Continental opened 22 stores over the last four years.

"Walt has been running the day-to-day business for years," Sandberg said in a statement. "This is the right moment to make it official."

The company also said its chief financial officer, Lorraine Hsu, 46, will become executive vice president on Dec. 1. She joined Continental two years ago from a regional drugstore chain.

Continental, which operates 187 supermarkets, has struggled recently with price competition from warehouse clubs. Its profit for fiscal 1992, which ended in August, fell 12% to $41.3 million.

Analysts said the succession had been expected. "There's no drama here," said Karen Lutz, who follows the grocery industry for a brokerage firm in Philadelphia. Continental shares rose 25 cents to $18.75 on the New York Stock Exchange.`,
		[]hoGold{
			{"Thursday", "DATE", "1992-11-19", ""},
			{"Jan. 1", "DATE", "1993-01-01", ""},
			{"1985", "DATE", "1985", ""},
			{"May", "DATE", "1993-05", ""},
			{"31 years", "DURATION", "P31Y", ""},
			{"1990", "DATE", "1990", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"the last four years", "DURATION", "P4Y", ""},
			{"years", "DURATION", "PXY", ""},
			{"Dec. 1", "DATE", "1992-12-01", ""},
			{"two years ago", "DATE", "1990", ""},
			{"recently", "DATE", "PAST_REF", ""},
			{"fiscal 1992", "DATE", "1992", ""},
			{"August", "DATE", "1992-08", ""},
		}},
	{"djns91-proxy-tally", "1991-05-22", `CHICAGO (Dow Jones)--Shareholders of Farrington Mills Inc. narrowly rejected a dissident slate, according to a final tally released by the company's proxy solicitor.

Holders of 14,211,530 shares, or 50.6% of those voted, backed management's nine nominees, while holders of 13,874,402 shares supported the three candidates put forward by Lakeview Partners L.P., which owns 8.4% of the textile maker. Among registered individual holders, a separate proposal to repeal the company's poison pill drew 2,019 votes in favor and 1,988 against, with 1,991 abstaining.

Lakeview's managing partner, Thomas Oduya, 47, said the firm would not contest the results. "We came within 337,128 shares of winning three seats," he said. "That tells the board something."

Farrington's chairman, Albert Greer, 68, said the vote showed "broad support" for the company's plan to close two of its 11 plants and cut 1,450 jobs. The plan is expected to save $23 million to $26 million before taxes.

The meeting, held at the Palmer House hotel at 17 East Monroe Street, drew about 400 shareholders. Farrington shares closed at $17.625, up 37.5 cents, in composite trading on the New York Stock Exchange. Lakeview paid an average of $14.80 a share for its stake of 2.36 million shares, according to filings with the Securities and Exchange Commission.

Farrington's 11 plants employ 9,300 people in North Carolina, South Carolina and Georgia. The company has 1,984 retired employees drawing pensions, and its pension fund holds assets of $212.4 million, or about 104% of its obligations.`,
		[]hoGold{}},
	{"bbg25-store-sale-numbers", "2025-06-10", `(Bloomberg) -- Harbor Provisions Co. agreed to sell 1,990 of its convenience stores to Westmark Fuels Inc. for about $3.4 billion in cash and stock, shrinking the chain to 612 locations concentrated in Texas and Oklahoma, according to a statement.

Westmark will pay $41.50 a share in cash plus 0.284 of its own shares for each Harbor share, valuing the stores at roughly 9.6 times earnings before interest, taxes, depreciation and amortization. Harbor shares jumped as much as 14% to $52.18 in New York trading, the biggest intraday gain since the company went public.

The deal includes a distribution center at 2025 Industrial Parkway in Fort Worth and 318 car washes. Westmark, which operates 4,870 stores across 31 states, expects cost savings of about $180 million. The stores employ 23,500 workers, including 2,024 at the Fort Worth center.

Harbor Chief Executive Officer Denise Alvarado, 56, will join Westmark's board, which will expand to 13 members. Westmark CEO Rajiv Menon, 49, said the combined network would control about 20% of fuel sales in Texas.

Antitrust lawyers estimate that regulators could demand the divestiture of 150 to 200 stores in overlapping markets. Harbor was advised by Carter Lane Partners and the law firm Hoyt & Baines, while Westmark worked with Sable Ridge Capital.

Westmark shares fell 3.1% to $88.07, trimming the company's market value to about $19.8 billion. The company carries $6.2 billion of debt and has pledged to keep leverage below 2.5 times earnings.`,
		[]hoGold{}},
	{"bbg23-bond-sale", "2023-09-12", `(Bloomberg) -- Orchard Health Systems Inc. sold $4 billion of bonds on Tuesday, joining a rush of blue-chip borrowers tapping the US investment-grade market before the Federal Reserve's policy decision next week.

The hospital operator's longest portion, a 30-year security, priced to yield 1.55 percentage points above Treasuries, after initial talk of around 1.8 percentage points, according to a person with knowledge of the matter. Orders peaked at more than $17 billion.

Companies have sold about $52 billion of high-grade bonds so far this month, and dealers expect as much as $120 billion in September, which would make it the busiest month since March 2022.

"Borrowers figure rates could stay higher for longer, so they'd rather lock in funding now than wait until 2024," said Priya Natarajan, a credit strategist at Halden Capital Markets. "Nobody wants to be the last one out the door in the fourth quarter."

Orchard plans to use the proceeds to repay a term loan due in 2025 and to fund its $6.2 billion purchase of Coastal Clinics, which it agreed to buy in June. The acquisition is expected to close in the first quarter of next year.

Yields on 10-year Treasuries have climbed about 0.6 percentage point over the past three months and are currently near 4.3%. Spreads on investment-grade corporate debt, however, have narrowed since the end of May, according to Bloomberg index data.`,
		[]hoGold{
			{"Tuesday", "DATE", "2023-09-12", ""},
			{"next week", "DATE", "2023-W38", ""},
			{"30-year", "DURATION", "P30Y", ""},
			{"this month", "DATE", "2023-09", ""},
			{"September", "DATE", "2023-09", ""},
			{"March 2022", "DATE", "2022-03", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2024", "DATE", "2024", ""},
			{"the fourth quarter", "DATE", "2023-Q4", ""},
			{"2025", "DATE", "2025", ""},
			{"June", "DATE", "2023-06", ""},
			{"the first quarter of next year", "DATE", "2024-Q1", ""},
			{"10-year", "DURATION", "P10Y", ""},
			{"the past three months", "DURATION", "P3M", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"the end of May", "DATE", "2023-05", "END"},
		}},
	{"ft24-engineering-results", "2024-08-21", `Brightwater Group, the FTSE 250 engineering services company, reported a 23 per cent rise in pre-tax profit and raised its dividend, as demand for grid upgrades offset a slowdown in its commercial property arm.

Pre-tax profit for the 12 months to June 30 rose to £184mn from £150mn a year earlier, on revenue up 9 per cent at £2.1bn. The company will pay a final dividend of 14.2p a share on October 25, taking the total payout to 21p.

Chief executive Fiona McAllister, who took over in January 2021, said the order book stood at a record £3.6bn at the end of July, with roughly half of it relating to electricity network contracts running to 2030.

"We have spent the past three years reshaping this business around energy transition work, and the results are now coming through," she said. "The next 18 months will be about execution."

The commercial property division, which accounts for about a fifth of revenue, saw operating profit fall 31 per cent as clients delayed fit-out projects. McAllister said she expected conditions in that market to remain weak until at least the middle of next year.

Shares in Brightwater rose 6 per cent to 412p in early trading on Wednesday, leaving them up 18 per cent so far this year. Analysts at Kestrel Securities said the results were ahead of consensus forecasts and lifted their profit estimates by 4 per cent.

The group, which employs about 11,000 people across the UK and Ireland, will set out new medium-term targets at a capital markets day in November.`,
		[]hoGold{
			{"the 12 months", "DURATION", "P12M", ""},
			{"June 30", "DATE", "2024-06-30", ""},
			{"a year earlier", "DATE", "2023", ""},
			{"October 25", "DATE", "2024-10-25", ""},
			{"January 2021", "DATE", "2021-01", ""},
			{"the end of July", "DATE", "2024-07", "END"},
			{"2030", "DATE", "2030", ""},
			{"the past three years", "DURATION", "P3Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"The next 18 months", "DURATION", "P18M", ""},
			{"the middle of next year", "DATE", "2025", "MID"},
			{"Wednesday", "DATE", "2024-08-21", ""},
			{"this year", "DATE", "2024", ""},
			{"November", "DATE", "2024-11", ""},
		}},
	{"reuters22-cpi", "2022-11-10", `WASHINGTON, Nov 10 (Reuters) - U.S. consumer prices rose less than expected in October, lifting hopes that inflation has peaked and that the Federal Reserve could slow the pace of its interest rate increases as early as next month.

The consumer price index gained 0.4% last month, matching the increase in September, the Labor Department said on Thursday. In the 12 months through October, the CPI climbed 7.7%, the smallest increase since January and down from 8.2% in September.

Economists polled by Reuters had forecast the CPI would rise 0.6% and advance 7.9% from a year earlier.

Excluding the volatile food and energy components, the so-called core CPI increased 0.3% after rising 0.6% for two straight months. Rents, which account for about a third of the CPI, jumped 0.8%.

"This is the first real sign that the tightening is working, but one report does not make a trend," said Colleen Barrett, chief U.S. economist at Ridgeway Asset Management in Boston. "The Fed will want to see the same thing in November and December before declaring victory."

The Fed has raised its policy rate by 375 basis points since March, including four straight 75-basis-point increases. Financial markets now expect a half-point hike at the central bank's policy announcement on Dec. 14.

U.S. stock futures surged after the data, while the yield on the 2-year Treasury note fell to 4.40%.`,
		[]hoGold{
			{"Nov 10", "DATE", "2022-11-10", ""},
			{"October", "DATE", "2022-10", ""},
			{"next month", "DATE", "2022-12", ""},
			{"last month", "DATE", "2022-10", ""},
			{"September", "DATE", "2022-09", ""},
			{"Thursday", "DATE", "2022-11-10", ""},
			{"the 12 months", "DURATION", "P12M", ""},
			{"October", "DATE", "2022-10", ""},
			{"January", "DATE", "2022-01", ""},
			{"September", "DATE", "2022-09", ""},
			{"a year earlier", "DATE", "2021-10", ""},
			{"two straight months", "DURATION", "P2M", ""},
			{"November", "DATE", "2022-11", ""},
			{"December", "DATE", "2022-12", ""},
			{"March", "DATE", "2022-03", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"Dec. 14", "DATE", "2022-12-14", ""},
			{"2-year", "DURATION", "P2Y", ""},
		}},
	{"ap25-snack-merger", "2025-03-04", `NEW YORK (AP) — Pinecrest Foods will buy snack maker Hollis Brands for about $7.8 billion, the companies said Tuesday, as packaged-food companies scramble for growth after two years of shrinking sales volumes.

Pinecrest will pay $61 per share in cash, a 27% premium to Hollis' closing price Monday. The deal, which has been approved by both boards, is expected to close in the first half of 2026, pending regulatory approval and a vote by Hollis shareholders.

Under the agreement, Hollis can solicit rival offers for 45 days, a so-called go-shop period that ends April 18. If it accepts a better bid, it would owe Pinecrest a breakup fee of $234 million.

Pinecrest CEO Marcus Bell said the combined company would cut about $300 million in costs within three years of closing, mostly by merging distribution networks. He said there were no plans to close plants before the end of the year.

"Hollis has some of the fastest-growing brands in the aisle now," Bell said on a conference call with analysts. "We've admired them for a decade."

Hollis, based in Hanover, Pennsylvania, was founded in 1958 as a family-run pretzel bakery. Its sales rose 4% last year to $2.9 billion, even as shoppers pulled back on pricier snacks.

Shares of Hollis jumped 22% to $59.40 in New York trading, while Pinecrest slipped 3%.

Pinecrest, based in Minneapolis, has made three acquisitions since 2021. Last fall it agreed to buy a frozen-breakfast business for $1.2 billion.`,
		[]hoGold{
			{"Tuesday", "DATE", "2025-03-04", ""},
			{"two years", "DURATION", "P2Y", ""},
			{"Monday", "DATE", "2025-03-03", ""},
			{"the first half of 2026", "DATE", "2026-H1", ""},
			{"45 days", "DURATION", "P45D", ""},
			{"April 18", "DATE", "2025-04-18", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"the end of the year", "DATE", "2025", "END"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"a decade", "DURATION", "P10Y", ""},
			{"1958", "DATE", "1958", ""},
			{"last year", "DATE", "2024", ""},
			{"2021", "DATE", "2021", ""},
			{"Last fall", "DATE", "2024-FA", ""},
		}},
	{"wsj90-apparel-fiscal", "1990-12-06", `Greystone Apparel Corp., hurt by heavy markdowns at department stores, said net income for fiscal 1990 plunged 64% and that it would close 14 of its 38 outlet stores by the end of next month.

The New York maker of women's sportswear earned $6.1 million, or 38 cents a share, compared with $16.9 million, or $1.05 a share, in fiscal 1989. Sales fell 11% to $412 million. The results were worse than the company had signaled last week, when it said profit would be "about half" the prior level.

Jerome Fisk, chairman, said in an interview that retailers had cut orders sharply since the summer, when consumer confidence began to weaken. "The last six months have been the toughest I've seen in this business," he said. "We don't see a turnaround until the second half of 1991."

The closings, which will eliminate about 300 jobs, will result in a pretax charge of $4.5 million in the current quarter. Greystone said it had also reduced its bank borrowing to $45 million from $72 million at the end of fiscal 1989.

The company's board suspended its dividend, which had been five cents a share. Greystone, which has about 2,100 employees, has been hurt since 1988 by the collapse of several department-store chains that were among its largest customers.

In New York Stock Exchange composite trading yesterday, Greystone shares fell 62.5 cents to $4.125. The stock traded as high as $14 in the spring.`,
		[]hoGold{
			{"fiscal 1990", "DATE", "1990", ""},
			{"the end of next month", "DATE", "1991-01", "END"},
			{"fiscal 1989", "DATE", "1989", ""},
			{"last week", "DATE", "1990-W48", ""},
			{"the summer", "DATE", "1990-SU", ""},
			{"The last six months", "DURATION", "P6M", ""},
			{"the second half of 1991", "DATE", "1991-H2", ""},
			{"the current quarter", "DATE", "1990-Q4", ""},
			{"the end of fiscal 1989", "DATE", "1989", "END"},
			{"1988", "DATE", "1988", ""},
			{"yesterday", "DATE", "1990-12-05", ""},
			{"the spring", "DATE", "1990-SP", ""},
		}},
	{"djns92-stocks-close", "1992-04-10", `NEW YORK (Dow Jones)--Blue-chip stocks rose for a third straight session today, lifted by falling interest rates and hopes that the economy is recovering without reigniting inflation.

The Dow Jones Industrial Average climbed 22.98 points to 3,255.37, leaving it up 1.9% this week. Advancing issues outnumbered decliners on the New York Stock Exchange 1,182 to 574, and volume totaled 196.4 million shares, up from 171.2 million Thursday.

Bond prices also gained, with the yield on the 30-year Treasury bond falling to 7.88% from 7.97% late Thursday. The Labor Department reported before the opening that producer prices were unchanged in March.

"Money has been sitting on the sidelines for the past two weeks, and this morning's report gave it a reason to come back," said Lydia Brandt, head of equity trading at Mercer Hollings Inc. She said she expected the rally to continue into early next week, when several big banks report first-quarter earnings.

Among active issues, Pentacor Corp. rose 1 3/8 to 48 1/4 after the computer maker said it would report first-quarter results on April 21 and reaffirmed its sales target. Drug stocks, which have lagged the market over the past 12 months, also advanced, with Merriwether Labs up 2 1/8 at 61 3/4.

The Nasdaq Composite Index rose 4.12 to 582.06, and the American Stock Exchange Market Value Index gained 1.87 to 391.40.`,
		[]hoGold{
			{"today", "DATE", "1992-04-10", ""},
			{"this week", "DATE", "1992-W15", ""},
			{"Thursday", "DATE", "1992-04-09", ""},
			{"30-year", "DURATION", "P30Y", ""},
			{"late Thursday", "DATE", "1992-04-09", "END"},
			{"March", "DATE", "1992-03", ""},
			{"the past two weeks", "DURATION", "P2W", ""},
			{"this morning", "TIME", "1992-04-10TMO", ""},
			{"early next week", "DATE", "1992-W16", "START"},
			{"first-quarter", "DATE", "1992-Q1", ""},
			{"first-quarter", "DATE", "1992-Q1", ""},
			{"April 21", "DATE", "1992-04-21", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
		}},
	{"bbg26-network-gear", "2026-02-05", `(Bloomberg) -- Vantora Systems Inc. forecast first-quarter revenue that topped analysts' estimates, buoyed by demand for its data-center networking gear from companies building artificial intelligence infrastructure.

Sales in the three months ending in March will be $3.05 billion to $3.15 billion, the San Jose, California-based company said in a statement Wednesday. Analysts, on average, estimated $2.94 billion, according to data compiled by Bloomberg.

Fourth-quarter revenue rose 21% to $2.88 billion from the year-earlier period, and profit excluding some items was 94 cents a share. The shares gained about 8% in extended trading after closing at $142.60 in New York.

"AI orders are now running at more than twice the pace of a year ago," Chief Executive Officer Helen Osei said in an interview. "We expect that to continue through at least the end of 2026."

Vantora's backlog reached a record $9.4 billion at the end of December, up from $6.1 billion 12 months earlier. The company has won three contracts with large cloud operators since October, it said.

Investors have been watching margins closely after Vantora cut its profitability outlook in November, citing higher memory-chip costs. Gross margin in the fourth quarter was 61.2%, compared with 63.5% a year earlier.

For 2025, revenue rose 17% to $10.6 billion. The stock has doubled over the past 12 months, and the company will hold an investor day on March 12.`,
		[]hoGold{
			{"first-quarter", "DATE", "2026-Q1", ""},
			{"the three months", "DURATION", "P3M", ""},
			{"March", "DATE", "2026-03", ""},
			{"Wednesday", "DATE", "2026-02-04", ""},
			{"Fourth-quarter", "DATE", "2025-Q4", ""},
			{"the year-earlier period", "DATE", "2024-Q4", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"a year ago", "DATE", "2025", ""},
			{"the end of 2026", "DATE", "2026", "END"},
			{"the end of December", "DATE", "2025-12", "END"},
			{"12 months", "DURATION", "P12M", ""},
			{"October", "DATE", "2025-10", ""},
			{"November", "DATE", "2025-11", ""},
			{"the fourth quarter", "DATE", "2025-Q4", ""},
			{"a year earlier", "DATE", "2024-Q4", ""},
			{"2025", "DATE", "2025", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"March 12", "DATE", "2026-03-12", ""},
		}},
	{"ft24-housebuilder-ceo", "2024-01-16", `The chief executive of Aldermoor, the UK housebuilder, is to step down after almost a decade in the role, the company said on Tuesday, as it grapples with a sharp fall in completions and rising build costs.

Simon Pryce, who has led Aldermoor since 2014, will leave the business on March 31. He will be replaced by Rachel Okafor, the group's chief operating officer, who joined from a rival in 2019.

Aldermoor said completions fell 22 per cent to 9,840 homes in the 12 months to the end of December, and warned that volumes in the first half of 2024 would be "materially lower" than a year earlier as higher mortgage rates continued to deter first-time buyers.

"It has been a privilege to lead Aldermoor for the past decade," Pryce said. "The business is now in good hands."

Chair Alan Whitcombe said the board had begun planning for the succession about two years ago. Okafor, 48, will receive a base salary of £725,000 a year, below Pryce's £810,000.

Investors have been pressing the company to cut costs since the summer, when it issued the first of two profit warnings. Shares in Aldermoor, which have fallen by a third over the past 12 months, rose 2 per cent in early trading.

Analysts at Kestrel Securities said the timing was unsurprising. "The market was expecting a change at some point this year," one said. Aldermoor will publish its results for 2023 on March 6.`,
		[]hoGold{
			{"almost a decade", "DURATION", "P10Y", "APPROX"},
			{"Tuesday", "DATE", "2024-01-16", ""},
			{"2014", "DATE", "2014", ""},
			{"March 31", "DATE", "2024-03-31", ""},
			{"2019", "DATE", "2019", ""},
			{"the 12 months", "DURATION", "P12M", ""},
			{"the end of December", "DATE", "2023-12", "END"},
			{"the first half of 2024", "DATE", "2024-H1", ""},
			{"a year earlier", "DATE", "2023-H1", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"about two years ago", "DATE", "2022", "APPROX"},
			{"a year", "SET", "P1Y", ""},
			{"the summer", "DATE", "2023-SU", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"this year", "DATE", "2024", ""},
			{"2023", "DATE", "2023", ""},
			{"March 6", "DATE", "2024-03-06", ""},
		}},
	{"reuters88-trade-deficit", "1988-11-17", `WASHINGTON, Nov 17 (Reuters) - The U.S. merchandise trade deficit narrowed to 10.46 billion dlrs in September from a revised 12.18 billion dlrs in August, the Commerce Department said.

It was the smallest deficit since December 1984. Exports rose 4.2 pct to a record 28.61 billion dlrs, while imports fell 3.1 pct to 39.07 billion dlrs.

For the first nine months, the deficit totaled 104.6 billion dlrs, an improvement of 18.5 pct that economists attributed largely to stronger farm and machinery exports.

Economists said the improvement, which followed two straight months of widening deficits, reflected the delayed effect of the dollar's decline since early 1985.

"The trend is clearly in the right direction, but September's numbers were flattered by aircraft exports," said Paul Whitaker, an economist at First Columbia Securities in New York. "I'd expect a wider gap in October."

The dollar rose against major currencies after the report, which was released at 8:30 a.m. A Commerce Department official said the deficit for 1988 was likely to come in below 140 billion dlrs, compared with a record 152.1 billion dlrs in 1987.

Japan accounted for 4.1 billion dlrs of the September shortfall, down from 4.6 billion dlrs in August. The gap with Western Europe narrowed to 1.2 billion dlrs.

The October figures will be released on Dec 15.`,
		[]hoGold{
			{"Nov 17", "DATE", "1988-11-17", ""},
			{"September", "DATE", "1988-09", ""},
			{"August", "DATE", "1988-08", ""},
			{"December 1984", "DATE", "1984-12", ""},
			{"the first nine months", "DURATION", "P9M", ""},
			{"two straight months", "DURATION", "P2M", ""},
			{"early 1985", "DATE", "1985", "START"},
			{"September", "DATE", "1988-09", ""},
			{"October", "DATE", "1988-10", ""},
			{"8:30 a.m.", "TIME", "1988-11-17T08:30", ""},
			{"1988", "DATE", "1988", ""},
			{"1987", "DATE", "1987", ""},
			{"September", "DATE", "1988-09", ""},
			{"August", "DATE", "1988-08", ""},
			{"October", "DATE", "1988-10", ""},
			{"Dec 15", "DATE", "1988-12-15", ""},
		}},
}

func TestEnglishHeldOut22(t *testing.T) { guardHeldOut(t, "English 22", enHeldOut22, "en", 0.94) }
