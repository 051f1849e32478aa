package extract

import "testing"

// enHeldOut29 is a blind English held-out set of 16 invented but realistic
// news articles in the style of science, health, technology and environment
// reporting from 2008 to 2026 (AP science, Reuters health and company results,
// BBC science and health, NYT science, The Guardian environment, Wired, The
// Verge, Nature news, STAT). Each article is a whole story (dateline where the
// style has one, lead, quotes, background) with its own DCT, and the dateline
// date, when present, agrees with the DCT. Two articles are number-heavy
// (prices, benchmark scores, match scores, ages, street numbers, year-like
// numbers such as "2,019") and contain no temporal expression at all.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 with TimeBank 1.2 practice:
// spans keep determiners and modifiers but drop leading prepositions; "N days
// later" / "a week after" are DURATIONs without "later"/"after"; "N years ago"
// is a DATE; "the next morning" is a DATE with the day's value; "a year
// earlier" in quarterly results is the compared quarter; "$2 billion a year"
// makes "a year" a SET P1Y; "10-year notes" and "five-year programme" are
// DURATIONs; centuries are written as the first two digits ("the 19th
// century" = 18) and decades as three ("the 1990s" = 199); ages, scores and
// street names containing date words are not timexes. Relative values were
// computed from the DCT with Python's datetime.
//
// The set was written without reading the tagger's source, tests or data.
//
// First run, on the committed tagger (8ae5498) before any fix it prompted:
// relaxed F1 0.995, value accuracy 0.989, value F1 0.983.
var enHeldOut29 = []hoCase{
	{"ap-coral-reef-decline", "2021-03-17", `WASHINGTON (AP) — Coral reefs in the western Pacific have lost nearly half of their living cover since the 1980s, according to a study published Wednesday in the journal Science Advances.

Researchers pooled dive surveys from 1985 to 2019, covering more than 1,200 reefs in 14 countries. The steepest losses came during the past decade, when three marine heat waves struck in quick succession.

"We used to think of mass bleaching as a rare disaster," said lead author Maria Okafor, a marine ecologist at the University of Hawaii. "The reefs are now bleaching so often that they never get a chance to recover."

A healthy reef needs about 10 years to regrow after severe bleaching, the team estimated. In 2016 and again in 2017, water temperatures across much of the region stayed above the bleaching threshold for more than eight weeks.

Okafor said the researchers plan to return to 40 of the surveyed sites later this year to see how corals fared during last summer, which was cooler than average.

If greenhouse gas emissions are not cut sharply, the authors warn, most reefs in the region could bleach every year by 2050.

Scientists who were not involved said the findings match what divers and fishing communities have described for years. "This puts hard numbers on something people in the islands have been watching with their own eyes," said Terry Lam, a reef biologist at James Cook University in Australia.`,
		[]hoGold{
			{"the 1980s", "DATE", "198", ""},
			{"Wednesday", "DATE", "2021-03-17", ""},
			{"1985", "DATE", "1985", ""},
			{"2019", "DATE", "2019", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"about 10 years", "DURATION", "P10Y", "APPROX"},
			{"2016", "DATE", "2016", ""},
			{"2017", "DATE", "2017", ""},
			{"more than eight weeks", "DURATION", "P8W", "MORE_THAN"},
			{"later this year", "DATE", "2021", ""},
			{"last summer", "DATE", "2020-SU", ""},
			{"every year", "SET", "P1Y", ""},
			{"2050", "DATE", "2050", ""},
			{"years", "DURATION", "PXY", ""},
		}},
	{"reuters-obesity-pill-trial", "2023-06-12", `SAN DIEGO, June 12 (Reuters) - An experimental pill from Danish drugmaker Norlund Pharma helped adults with obesity lose an average of 13% of their body weight over 12 weeks, according to trial results presented on Sunday at the American Diabetes Association's scientific meeting.

The mid-stage study enrolled 412 adults who took either the pill twice a day or a placebo. Patients on the highest dose lost about 14 kilograms, while those on placebo lost less than 2 kilograms.

"These are the kind of numbers we had only seen with injections," said Dr. Helen Marsh, an endocrinologist at the University of Michigan who led the trial. She said the main side effects, nausea and diarrhoea, mostly faded within the first two weeks.

Norlund said it expects to start a late-stage trial next month, with results due in the second half of 2025. The company's shares rose 6% in Copenhagen trading on Monday.

Demand for weight-loss drugs has surged over the past two years, and supply shortages of injectable treatments have persisted since early 2022. Analysts estimate the obesity market could be worth $100 billion a year by 2030.

Marsh cautioned that the study lasted only three months and that longer follow-up would be needed. "Weight comes back for many people when they stop treatment," she said. "We need to know what happens after two years."

(Reporting by Maggie Fick in San Diego; Editing by Bill Berkrot)`,
		[]hoGold{
			{"June 12", "DATE", "2023-06-12", ""},
			{"12 weeks", "DURATION", "P12W", ""},
			{"Sunday", "DATE", "2023-06-11", ""},
			{"twice a day", "SET", "P1D", ""},
			{"the first two weeks", "DURATION", "P2W", ""},
			{"next month", "DATE", "2023-07", ""},
			{"the second half of 2025", "DATE", "2025-H2", ""},
			{"Monday", "DATE", "2023-06-12", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"early 2022", "DATE", "2022", "START"},
			{"a year", "SET", "P1Y", ""},
			{"2030", "DATE", "2030", ""},
			{"three months", "DURATION", "P3M", ""},
			{"two years", "DURATION", "P2Y", ""},
		}},
	{"bbc-solar-probe-launch", "2025-02-05", `A British-built spacecraft designed to study the Sun's outer atmosphere will launch later this year, the European Space Agency (Esa) has confirmed.

The probe, called Corona, passed its final vibration tests in Stevenage last week and will be shipped to the launch site in French Guiana next month.

Once in orbit, it will spend three years watching the solar wind as it streams towards the Earth. Scientists hope the data will improve warnings of solar storms, which can knock out satellites and power grids.

"We have been waiting for a mission like this since the 1970s," said Prof Ruth Ellis of University College London, who chairs the science team. "For the first time we will see the wind leave the Sun and arrive at the Earth with the same set of instruments."

The project has had a difficult history. It was first proposed in 2011 but was held up by a funding dispute and then, in 2022, by a supplier that failed to deliver a key camera.

The Sun is currently close to the peak of its activity cycle, and the number of sunspots has risen sharply over the past 18 months. Last May, a powerful storm produced auroras visible as far south as Cornwall.

Esa says the spacecraft will reach its observing position about four months after launch, with the first science data expected in 2026.

Engineers will now carry out a final check of the onboard software, which is expected to take about six weeks.`,
		[]hoGold{
			{"later this year", "DATE", "2025", ""},
			{"last week", "DATE", "2025-W05", ""},
			{"next month", "DATE", "2025-03", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"the 1970s", "DATE", "197", ""},
			{"2011", "DATE", "2011", ""},
			{"2022", "DATE", "2022", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"the past 18 months", "DURATION", "P18M", ""},
			{"Last May", "DATE", "2024-05", ""},
			{"about four months", "DURATION", "P4M", "APPROX"},
			{"2026", "DATE", "2026", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"about six weeks", "DURATION", "P6W", "APPROX"},
		}},
	{"nyt-insect-decline", "2017-10-18", `The mass of flying insects caught in traps across dozens of German nature reserves fell by more than 75 percent over 27 years, according to a study published on Wednesday in the journal PLOS One.

The researchers, most of them amateur entomologists from a society founded in the 19th century, set out tent-shaped traps at 63 sites from 1989 to 2016 and weighed everything they caught. At the height of the insect season, the decline was even steeper, reaching 82 percent.

"We knew something was wrong, but we did not expect it to be this big," said Dr. Caspar Hallmann, a biologist at Radboud University in the Netherlands and one of the authors.

The sites were protected areas, which makes the result more troubling, scientists said. Changes in weather and plant cover could explain only a small part of the loss. The authors suspect that pesticides and intensive farming on surrounding land are to blame.

Insects pollinate about 80 percent of wild plants and feed roughly 60 percent of bird species. A separate survey in Britain found that moth numbers there dropped by about a third between 1968 and 2002.

Some researchers cautioned that the traps were not set at the same sites every year, so the trend may be less precise than it seems. Still, "it's a wake-up call," said Dr. Lynn Dicks of the University of East Anglia, who was not involved in the work. She noted that the European Union will decide this winter whether to extend a partial ban on three neonicotinoid pesticides, first introduced in 2013.`,
		[]hoGold{
			{"27 years", "DURATION", "P27Y", ""},
			{"Wednesday", "DATE", "2017-10-18", ""},
			{"the 19th century", "DATE", "18", ""},
			{"1989", "DATE", "1989", ""},
			{"2016", "DATE", "2016", ""},
			{"1968", "DATE", "1968", ""},
			{"2002", "DATE", "2002", ""},
			{"every year", "SET", "P1Y", ""},
			{"this winter", "DATE", "2017-WI", ""},
			{"2013", "DATE", "2013", ""},
		}},
	{"guardian-europe-june-heat", "2019-07-02", `Last month was Europe's hottest June on record, with average temperatures about 2C above normal, the EU's Copernicus climate change service said on Tuesday.

France set a national record of 45.9C on Friday afternoon in the southern village of Gallargues-le-Montueux, beating the previous high set during the heatwave of August 2003, which killed about 15,000 people in the country.

Scientists said the heat had been made at least five times more likely by global heating. "The temperatures we saw in France last week would have been almost impossible in the early 20th century," said Dr Friederike Otto of the University of Oxford. "It is now something we should expect to see again."

Global average temperatures have been at or near record levels for the past five years, the warmest stretch in a series that began in 1880.

Temperatures in Spain and Italy are forecast to stay above 40C until the weekend, and health officials in both countries have urged elderly people to stay indoors and drink plenty of water.

Campaigners said the figures should shame governments into faster action. The UK last week became the first major economy to pass a law requiring net zero emissions by 2050, but the government's own climate advisers have warned that the policies needed to meet even existing targets are not in place.

On existing policies, the world is on course for about 3C of warming by the end of the century, according to the UN.`,
		[]hoGold{
			{"Last month", "DATE", "2019-06", ""},
			{"June", "DATE", "2019-06", ""},
			{"Tuesday", "DATE", "2019-07-02", ""},
			{"Friday afternoon", "TIME", "2019-06-28TAF", ""},
			{"August 2003", "DATE", "2003-08", ""},
			{"last week", "DATE", "2019-W26", ""},
			{"the early 20th century", "DATE", "19", "START"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the past five years", "DURATION", "P5Y", ""},
			{"1880", "DATE", "1880", ""},
			{"the weekend", "DATE", "2019-W27-WE", ""},
			{"last week", "DATE", "2019-W26", ""},
			{"2050", "DATE", "2050", ""},
			{"the end of the century", "DATE", "20", "END"},
		}},
	{"wired-ai-chip-challenger", "2024-11-14", `Lumen Silicon wants a piece of the AI gold rush, and it is running out of room to get one.

The San Jose chipmaker on Tuesday unveiled Halo, an accelerator it says can train large language models three times faster than the part it replaces while drawing 40 percent less power. The first units will ship to cloud customers next month, and a cut-down version for laptops is due in the second half of next year.

Lumen has spent the past two years watching Nvidia capture nearly the entire market for AI training hardware. Its revenue fell 12 percent in the third quarter, and it laid off about 900 employees in August.

"We were late, and we know we were late," chief executive Dana Whitfield told WIRED in an interview this week. "But customers want a second source, and right now there isn't a real one."

Whitfield said Halo had been in development since 2021, before ChatGPT turned generative AI into a household term. The chip is built by TSMC in Taiwan on a 3-nanometer process. Whitfield would not rule out building Lumen's own factory in the future, but said it was not a priority.

Analysts are cautious. Cloud giants typically test new hardware for at least six months before buying in volume, so Halo is unlikely to contribute meaningful revenue until mid-2025, said Priya Raman, an analyst at Bernstein.

Lumen also promised software updates every month for its developer tools, a weak spot that customers have complained about for years. Whether that is enough to win them over remains to be seen.`,
		[]hoGold{
			{"Tuesday", "DATE", "2024-11-12", ""},
			{"next month", "DATE", "2024-12", ""},
			{"the second half of next year", "DATE", "2025-H2", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"the third quarter", "DATE", "2024-Q3", ""},
			{"August", "DATE", "2024-08", ""},
			{"this week", "DATE", "2024-W46", ""},
			{"right now", "DATE", "PRESENT_REF", ""},
			{"2021", "DATE", "2021", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
			{"at least six months", "DURATION", "P6M", "EQUAL_OR_MORE"},
			{"mid-2025", "DATE", "2025", "MID"},
			{"every month", "SET", "P1M", ""},
			{"years", "DURATION", "PXY", ""},
		}},
	{"verge-phone-launch", "2023-09-12", `Nimbus just announced the One Pro, its most expensive phone ever, at an event in New York today. It starts at $999 and comes with a promise of seven years of Android and security updates, the longest commitment from any Android phone maker.

Pre-orders open Friday, and the phone ships on September 22nd in the US, UK, and Germany. It comes in three colors: graphite, sand, and a pale green Nimbus is calling "lichen."

The One Pro has a 6.7-inch OLED display that can hit 2,400 nits, a 50-megapixel main camera, and a 5,000mAh battery that Nimbus says lasts about 30 hours on a single charge. Last year's model was widely criticized for running hot while gaming, and the company says it has fitted a vapor chamber that is 40 percent larger to fix that.

Nimbus says a cheaper One is coming later this fall for $699. It also plans to bring its AI photo editing tools, including a feature that can move people around inside a shot, to older phones in a software update early next year.

I spent about an hour with the One Pro before the event, and it feels noticeably lighter than its predecessor, even though the screen is bigger. The new matte glass back does a much better job of hiding fingerprints, too.

Whether seven years of updates is enough to pull buyers away from Samsung and Apple is another question. But it's a strong opening pitch.`,
		[]hoGold{
			{"today", "DATE", "2023-09-12", ""},
			{"seven years", "DURATION", "P7Y", ""},
			{"Friday", "DATE", "2023-09-15", ""},
			{"September 22nd", "DATE", "2023-09-22", ""},
			{"about 30 hours", "DURATION", "PT30H", "APPROX"},
			{"Last year", "DATE", "2022", ""},
			{"later this fall", "DATE", "2023-FA", ""},
			{"early next year", "DATE", "2024", "START"},
			{"about an hour", "DURATION", "PT1H", "APPROX"},
			{"seven years", "DURATION", "P7Y", ""},
		}},
	{"nature-dutch-sea-level-fund", "2022-03-09", `The Dutch government has committed €600 million to a five-year research programme on sea-level rise, one of the largest national investments in climate-adaptation science.

The plan, announced on 3 March by science minister Anke de Vries, will fund up to 40 research groups from January 2023. Calls for proposals will open in the autumn, and the first grants will be awarded early next year.

Roughly one-quarter of the Netherlands lies below sea level. The country's flood defences were overhauled after a storm surge in February 1953 killed more than 1,800 people, and engineers designed many of the dykes to withstand storms far worse than that one.

"The question is no longer whether the sea will rise, but how fast," says Marjolijn Haasnoot, a water-management researcher at Deltares in Delft. Projections published in the past 18 months suggest that under high emissions, sea level along the Dutch coast could rise by up to 1.2 metres by 2100. Dutch researchers have recently warned that faster ice loss in Antarctica could add considerably more.

Researchers welcomed the money but noted that the programme ends in 2027, long before most of the changes it is meant to prepare for. "Five years is a start," says hydrologist Pieter Bakker of Delft University of Technology, "but the Delta Works took four decades to build."

The announcement came a week after the Intergovernmental Panel on Climate Change published a major report on impacts and adaptation, which warned that some coastal regions are approaching the limits of what engineering can protect.`,
		[]hoGold{
			{"five-year", "DURATION", "P5Y", ""},
			{"3 March", "DATE", "2022-03-03", ""},
			{"January 2023", "DATE", "2023-01", ""},
			{"the autumn", "DATE", "2022-FA", ""},
			{"early next year", "DATE", "2023", "START"},
			{"February 1953", "DATE", "1953-02", ""},
			{"the past 18 months", "DURATION", "P18M", ""},
			{"2100", "DATE", "2100", ""},
			{"recently", "DATE", "PAST_REF", ""},
			{"2027", "DATE", "2027", ""},
			{"Five years", "DURATION", "P5Y", ""},
			{"four decades", "DURATION", "P40Y", ""},
			{"a week", "DURATION", "P1W", ""},
		}},
	{"stat-wedding-norovirus", "2018-11-20", `Health officials in Minnesota are investigating an outbreak of norovirus that sickened at least 60 people who attended a wedding reception in suburban Minneapolis, the state health department said on Monday.

The reception was held Saturday at a banquet hall in Bloomington. Guests began reporting vomiting and diarrhea that night, and by the next morning more than 30 had called the hall or the couple to say they were sick, according to the department. By Sunday evening, eight people had been treated in emergency rooms, and two older guests had been admitted to a hospital. Both have been released.

It is the second norovirus outbreak linked to a Minnesota event venue this fall. In October, about 45 people fell ill after a fundraising dinner in Duluth; the caterer closed its kitchen for cleaning, and three days later inspectors allowed it to reopen.

"Norovirus is extremely contagious, and a single sick food handler can contaminate an entire buffet," said Dr. Ruth Lindqvist, a state epidemiologist. Symptoms usually begin about 24 hours after exposure, and most people recover within three days.

Investigators collected stool samples from 14 guests on Monday and expect laboratory results by Wednesday. They are also interviewing the catering staff, two of whom reported feeling sick before the event.

The department is asking anyone who attended the reception to stay home from work for at least 48 hours after their symptoms end and to wash their hands with soap, since alcohol-based sanitizers do not reliably kill the virus.

Norovirus causes about 20 million illnesses in the United States each year, according to the Centers for Disease Control and Prevention.`,
		[]hoGold{
			{"Monday", "DATE", "2018-11-19", ""},
			{"Saturday", "DATE", "2018-11-17", ""},
			{"that night", "TIME", "2018-11-17TNI", ""},
			{"the next morning", "DATE", "2018-11-18", ""},
			{"Sunday evening", "TIME", "2018-11-18TEV", ""},
			{"this fall", "DATE", "2018-FA", ""},
			{"October", "DATE", "2018-10", ""},
			{"three days", "DURATION", "P3D", ""},
			{"about 24 hours", "DURATION", "PT24H", "APPROX"},
			{"three days", "DURATION", "P3D", ""},
			{"Monday", "DATE", "2018-11-19", ""},
			{"Wednesday", "DATE", "2018-11-21", ""},
			{"at least 48 hours", "DURATION", "PT48H", "EQUAL_OR_MORE"},
			{"each year", "SET", "P1Y", ""},
		}},
	{"ap-nz-aftershock", "2016-11-25", `WELLINGTON, New Zealand (AP) — A magnitude 6.1 earthquake struck off New Zealand's east coast on Friday, rattling residents who are still on edge after a far stronger quake on Nov. 14 killed two people and cut off the tourist town of Kaikoura.

The quake hit at 4:17 a.m. about 40 kilometers (25 miles) off the coast near Gisborne at a depth of 20 kilometers (12 miles), according to GeoNet, the country's geological monitoring agency. There were no immediate reports of serious damage or injuries.

"It was a good long shake, probably about 30 seconds," said Gisborne resident Tama Wiremu, 52. "Everyone in the house was up straight away."

GeoNet said it had recorded more than 150 aftershocks in the past 24 hours along the same stretch of coast, though most were too small to be felt. In an update Friday morning, the agency estimated there was a 5 percent chance of a magnitude 7 or larger quake in the region within the next 30 days.

Schools in Gisborne will stay closed until Monday, and engineers expect to finish inspecting the city's port early next week, Mayor Helen Parata said.

New Zealand sits on the boundary of the Pacific and Australian tectonic plates and records about 15,000 earthquakes a year. A magnitude 6.3 quake in Christchurch in 2011 killed 185 people.`,
		[]hoGold{
			{"Friday", "DATE", "2016-11-25", ""},
			{"Nov. 14", "DATE", "2016-11-14", ""},
			{"4:17 a.m.", "TIME", "2016-11-25T04:17", ""},
			{"about 30 seconds", "DURATION", "PT30S", "APPROX"},
			{"the past 24 hours", "DURATION", "PT24H", ""},
			{"Friday morning", "TIME", "2016-11-25TMO", ""},
			{"the next 30 days", "DURATION", "P30D", ""},
			{"Monday", "DATE", "2016-11-28", ""},
			{"early next week", "DATE", "2016-W48", "START"},
			{"a year", "SET", "P1Y", ""},
			{"2011", "DATE", "2011", ""},
		}},
	{"reuters-biotech-q3-results", "2012-10-23", `Oct 23 (Reuters) - Halvorsen Biotech Inc reported a 14 percent rise in third-quarter profit on Tuesday, helped by strong demand for its multiple sclerosis pill, and raised its earnings forecast.

Net income rose to $412 million, or 98 cents per share, from $361 million, or 85 cents per share, a year earlier. Revenue climbed 11 percent to $1.63 billion, ahead of the average analyst estimate of $1.58 billion.

Sales of the MS drug Relvana more than doubled to $390 million in the quarter. Analysts expect the drug to eventually bring in more than $2 billion a year.

The company now expects 2012 earnings of $3.85 to $3.95 per share, up from its previous forecast of $3.70 to $3.80.

Halvorsen said U.S. regulators had agreed to review its experimental hemophilia treatment, with a decision expected in the first half of 2013. The company also sold $500 million of 10-year notes last month to help fund a new manufacturing plant in North Carolina.

In August, a federal judge upheld a key patent on Relvana that runs until 2026, removing the biggest threat from generic rivals.

Shares of the Cambridge, Massachusetts-based company rose 3 percent to $74.20 in premarket trading. They have gained about 40 percent since January.

(Reporting by Toni Clarke in Washington; Editing by Maju Samuel)`,
		[]hoGold{
			{"Oct 23", "DATE", "2012-10-23", ""},
			{"third-quarter", "DATE", "2012-Q3", ""},
			{"Tuesday", "DATE", "2012-10-23", ""},
			{"a year earlier", "DATE", "2011-Q3", ""},
			{"the quarter", "DATE", "2012-Q3", ""},
			{"a year", "SET", "P1Y", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"2012", "DATE", "2012", ""},
			{"the first half of 2013", "DATE", "2013-H1", ""},
			{"10-year", "DURATION", "P10Y", ""},
			{"last month", "DATE", "2012-09", ""},
			{"August", "DATE", "2012-08", ""},
			{"2026", "DATE", "2026", ""},
			{"January", "DATE", "2012-01", ""},
		}},
	{"guardian-swift-survey", "2022-04-20", `Britain's swifts have declined by more than half since the 1990s, and conservationists are asking the public to help find out why before the birds return this spring.

The RSPB launched a survey on Wednesday asking volunteers to record swifts nesting in their streets. The first birds are expected in southern England in late April, after a journey of about 5,000 miles from central Africa, and most will leave again by mid-August.

"Swifts spend almost their whole lives in the air, and they only come down to nest," said Rebecca Clarke, who coordinates the survey. "If they can't find a gap in a roof, they simply can't breed."

Modern building work has sealed many of the holes under eaves where swifts used to nest. A pair can return to the same nest every summer for more than a decade, Clarke said, so the loss of a single site can take birds out of the breeding population for good.

Surveys show the number of breeding swifts in the UK fell by 62% between 1995 and 2020. The species was added to the red list of birds of highest conservation concern last winter.

Some councils now require developers to fit "swift bricks" in new homes. Campaigners want the government to make them compulsory in England from next year, and a petition calling for the change has gathered more than 80,000 signatures in the past six weeks.

The survey runs until the end of September. Results will be published early next year.`,
		[]hoGold{
			{"the 1990s", "DATE", "199", ""},
			{"this spring", "DATE", "2022-SP", ""},
			{"Wednesday", "DATE", "2022-04-20", ""},
			{"late April", "DATE", "2022-04", "END"},
			{"mid-August", "DATE", "2022-08", "MID"},
			{"every summer", "SET", "XXXX-SU", ""},
			{"more than a decade", "DURATION", "P10Y", "MORE_THAN"},
			{"1995", "DATE", "1995", ""},
			{"2020", "DATE", "2020", ""},
			{"last winter", "DATE", "2021-WI", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"next year", "DATE", "2023", ""},
			{"the past six weeks", "DURATION", "P6W", ""},
			{"the end of September", "DATE", "2022-09", "END"},
			{"early next year", "DATE", "2023", "START"},
		}},
	{"nyt-eclipse-dallas", "2024-04-09", `DALLAS — The crowd spread across the lawns of Fair Park grew quiet on Monday afternoon as the moon slid across the last bright edge of the sun. At 1:40 p.m., the sky turned a deep, strange blue, the temperature dropped and a ring of pale light flared around a black disk.

For the next three minutes and 51 seconds, about 8,000 people stared upward, many of them cheering, some of them in tears.

The total eclipse crossed North America from Mexico's Pacific coast to Newfoundland, passing over parts of 15 states. Forecasters had warned for days that clouds might spoil the view in Texas, but the sky over Dallas cleared around 11 a.m.

For many in the crowd, it was their second total eclipse. The last one to cross the United States, seven years ago, ran from Oregon to South Carolina.

"I drove 11 hours to be here, and I'd do it again in a heartbeat," said Marisol Vega, a science teacher from Albuquerque who brought 12 of her students.

Scientists used the event to study the sun's outer atmosphere, or corona, which is normally drowned out by the glare of the solar surface. NASA flew two WB-57 research jets along the path of totality, stretching each plane's view of the darkened sun to more than six minutes.

The next total eclipse visible from the contiguous United States will not come until 2044, and it will touch only Montana and the Dakotas.`,
		[]hoGold{
			{"Monday afternoon", "TIME", "2024-04-08TAF", ""},
			{"1:40 p.m.", "TIME", "2024-04-08T13:40", ""},
			{"the next three minutes and 51 seconds", "DURATION", "PT3M51S", ""},
			{"days", "DURATION", "PXD", ""},
			{"around 11 a.m.", "TIME", "2024-04-08T11:00", "APPROX"},
			{"seven years ago", "DATE", "2017", ""},
			{"11 hours", "DURATION", "PT11H", ""},
			{"more than six minutes", "DURATION", "PT6M", "MORE_THAN"},
			{"2044", "DATE", "2044", ""},
		}},
	{"bbc-lung-screening-rollout", "2025-10-08", `Everyone in England aged 55 to 74 with a history of smoking will be offered lung cancer screening by 2029, the government has announced.

The programme, which uses low-dose CT scans, has been piloted in parts of England since 2019. More than three-quarters of the cancers it found were at an early stage, when treatment is far more likely to succeed.

People who are eligible will be invited for a scan every two years. Those judged to be at the highest risk may be asked back after 12 months.

The health secretary said the expansion would save thousands of lives each year. "Lung cancer is the biggest cancer killer in this country, and too often it is found too late," he said.

About 35,000 people die from lung cancer in the UK each year. Fewer than one in five survive for five years after diagnosis, a figure that has barely changed over the past decade.

Charities welcomed the news but warned that the NHS would need hundreds more radiographers. Waiting lists for CT scans have grown since the pandemic, and in August about 4% of patients waited more than six weeks for a test, according to NHS England figures.

The rollout will begin in the north of England from next April, where smoking rates are highest, and the full programme is expected to be running by 2029. Cancer Research UK estimates that the number of new lung cancer cases will rise by a fifth by the late 2030s as the population ages.`,
		[]hoGold{
			{"2029", "DATE", "2029", ""},
			{"2019", "DATE", "2019", ""},
			{"every two years", "SET", "P2Y", ""},
			{"12 months", "DURATION", "P12M", ""},
			{"each year", "SET", "P1Y", ""},
			{"each year", "SET", "P1Y", ""},
			{"five years", "DURATION", "P5Y", ""},
			{"the past decade", "DURATION", "P10Y", ""},
			{"August", "DATE", "2025-08", ""},
			{"more than six weeks", "DURATION", "P6W", "MORE_THAN"},
			{"next April", "DATE", "2026-04", ""},
			{"2029", "DATE", "2029", ""},
			{"the late 2030s", "DATE", "203", "END"},
		}},
	{"verge-laptop-review-numbers", "2020-08-04", `The Orbit X2 costs $1,299, weighs 2.9 pounds, and packs more power than most laptops at twice its price.

Orbit's 14-inch machine comes with an eight-core processor, 16GB of RAM, and a 512GB SSD. A model with 32GB of RAM and a 1TB drive costs $1,599, and the top configuration, with a 4K touchscreen, tops out at $1,999.

In our benchmarks, the X2 scored 2,019 in Geekbench's single-core test and 7,842 in the multi-core test, beating the $1,799 Dell XPS 13 by about 18 percent. It ran Shadow of the Tomb Raider at an average of 61 frames per second at 1080p on medium settings, and it exported our 4K test clip 22 percent faster than the XPS.

The 2,880 x 1,800 display hit 498 nits of brightness in our tests and covered 99 percent of the sRGB color gamut. The keyboard has 1.3mm of travel, and the glass trackpad measures 5.1 by 3.2 inches.

Orbit, which is based at 2400 Mission Street in San Francisco and employs about 350 people, says it has sold 1.2 million laptops in total and holds a 4.5 percent share of the US premium market, far behind Apple at 57 percent.

There are trade-offs. The X2 has just two USB-C ports and a single USB-A port, its fans reached 44 decibels under load, and the 720p webcam is grainy in dim light.

Still, at $1,299, it is one of the best values we have tested. We give it an 8 out of 10.`,
		[]hoGold{}},
	{"ap-robotics-contest-numbers", "2015-02-17", `HOUSTON (AP) — A robot named Gizmo, built by eight students from a public high school on Fourth of July Street in Pasadena, Texas, won the regional robotics championship, beating 64 teams in a final that ended 312-287.

Gizmo's three-robot alliance scored 118 points in the autonomous phase alone, a regional record, and its robot stacked 26 crates in the final match. The runner-up alliance, led by Team 1999 from Austin, stacked 23.

Judges handed out 2,019 bonus points across the tournament, and Gizmo's team collected 214 of them, more than any other entry.

Team captain Ana Ruiz, 17, said the students spent $3,850 on parts, raised mostly through bake sales, car washes and a $1,500 grant from a local engineering firm. The robot weighs 119 pounds, stands 4 feet 10 inches tall and uses 6 motors and 2 cameras.

"We rebuilt the arm three times," Ruiz said. "The first version could lift 4 crates. This one lifts 9."

Coach Martin Okafor, a 44-year-old physics teacher, said more than 90 students tried out for the 8 places on the team, up from 31 when the program started with a single donated kit.

The top 3 alliances advance to the world championship in St. Louis, where more than 600 teams from 40 countries are expected to compete. Gizmo's team was ranked No. 12 of the 64 entries going into the final rounds.`,
		[]hoGold{}},
}

func TestEnglishHeldOut29(t *testing.T) { guardHeldOut(t, "English 29", enHeldOut29, "en", 0.97) }
