package extract

import "testing"

// enHeldOut21 is a blind English held-out set for the TIMEX3 tagger: 16 whole
// invented news articles (150-300 words each), each with its own document
// creation time (DCT, the publication date; the dateline agrees with it when it
// carries a date). The copy imitates 1998-2000 international newswire of the
// kind collected in AQUAINT: Associated Press Worldstream ("CITY, Country (AP) _"),
// Xinhua English ("BEIJING, November 18 (Xinhua) --") and New York Times News
// Service features ("BERLIN _"). Topics: a state visit and talks, disasters and
// rescues (two stories told over several days), elections, a trial, sports
// results, economic statistics and company earnings, an anniversary and a
// regional feature. Two articles are number-heavy (vote tallies, scores, prices,
// ages, street numbers, year-like numbers such as "2,019 votes" and "1998 Prairie
// Parkway") and contain no temporal expression at all (empty want lists).
//
// The gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 conventions, with TimeBank
// 1.2 practice where TimeML leaves a choice: spans keep determiners and
// modifiers but not leading prepositions; types DATE, TIME, DURATION, SET;
// weekdays and bare month names resolve to the occurrence the text means
// relative to the DCT (past tense: the latest one before the DCT; future: the
// next one); "the next day", "the following week", "the same day", "the next
// morning" resolve against the date last narrated (the latter as a DATE with
// no part of day); parts of day are TIMEs (TMO/TAF/TNI), clock times carry the
// date of the event, and "0900 GMT" in "4 p.m. (0900 GMT)" is a separate TIME;
// "N days later" / "a day earlier" are DURATIONs whose span leaves "later" /
// "earlier" out, while "a year earlier" in economic results is the DATE of the
// compared period (1998-H1, 1998-Q3); "N years ago" is a DATE resolved against
// the DCT; "a two-day visit", "four-year terms" tag only the adjective as a
// DURATION; money rates ("$30 million a year", "$13.54 an hour") make the
// rate unit a SET; "now" and "currently" are PRESENT_REF, "in the future" tags
// "the future" as FUTURE_REF; in "the night of Oct. 6" only "Oct. 6" is tagged;
// mod carries START/MID/END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE.
// People's ages ("a 44-year-old foreman", "23 years old"), adjectives on
// things that are not time spans ("90-year-old water plant", "season-ending"),
// scores and "the fall of the Wall" are not timexes. All relative values were
// computed with Python's datetime from each DCT.
//
// The set was written blind: without reading the tagger's source, its other
// tests, its data or its documentation, and without running it.
//
// First run, on the committed tagger (38480d4) before any fix it prompted:
// relaxed F1 0.994, value accuracy 0.959, value F1 0.953.
var enHeldOut21 = []hoCase{
	{"ap-thai-pm-jakarta-visit", "1999-11-10", `JAKARTA, Indonesia (AP) _ Thailand's prime minister arrived in Jakarta on Tuesday for a three-day state visit, the first by a foreign head of government since Indonesia's new president took office last month.

The prime minister's plane touched down at Halim Perdanakusuma air base at 4 p.m. (0900 GMT), and he was greeted by Indonesia's foreign minister and a military honor guard.

Talks with the Indonesian president were scheduled for Thursday morning and were expected to focus on fishing rights, rice exports and the refugee crisis in East Timor, officials said. The prime minister will leave for Manila on Friday.

"We have been neighbors and partners for more than 30 years, and we want our relationship to grow stronger," he told reporters at the airport.

The two countries signed a fisheries agreement in 1997, but Thai officials say Indonesian patrol boats have seized 43 Thai trawlers in the past 12 months. Relations cooled in mid-1998, when Indonesia's economy collapsed and Jakarta froze several joint projects.

Bilateral trade, worth $2.1 billion in 1998, fell by nearly a fifth in the first half of this year, according to Thai figures.

Indonesia's parliament is expected to debate a new fisheries law this week, and Thai diplomats said they hoped to win an exemption for boats already licensed to fish in Indonesian waters.

The visit comes two weeks after Indonesia's president made his first foreign trip, a tour of Southeast Asian capitals that included a stop in Bangkok.`,
		[]hoGold{
			{"Tuesday", "DATE", "1999-11-09", ""},
			{"three-day", "DURATION", "P3D", ""},
			{"last month", "DATE", "1999-10", ""},
			{"4 p.m.", "TIME", "1999-11-09T16:00", ""},
			{"0900 GMT", "TIME", "1999-11-09T09:00", ""},
			{"Thursday morning", "TIME", "1999-11-11TMO", ""},
			{"Friday", "DATE", "1999-11-12", ""},
			{"more than 30 years", "DURATION", "P30Y", "MORE_THAN"},
			{"1997", "DATE", "1997", ""},
			{"the past 12 months", "DURATION", "P12M", ""},
			{"mid-1998", "DATE", "1998", "MID"},
			{"1998", "DATE", "1998", ""},
			{"the first half of this year", "DATE", "1999-H1", ""},
			{"this week", "DATE", "1999-W45", ""},
			{"two weeks", "DURATION", "P2W", ""},
		}},
	{"xinhua-china-gdp-first-half", "1999-07-14", `BEIJING, July 14 (Xinhua) -- China's gross domestic product (GDP) grew 7.6 percent in the first half of this year, compared with 7.0 percent a year earlier, the State Statistical Bureau announced here today.

The bureau said the economy expanded 7.1 percent in the second quarter, slowing from 8.3 percent in the first quarter, as exports continued to suffer from weak demand in Asian markets.

Industrial output rose 9.1 percent in June, up from 8.8 percent in May. Retail sales of consumer goods totaled 1.47 trillion yuan (177 billion U.S. dollars), an increase of 6.8 percent.

Exports fell 4.6 percent to 79.8 billion dollars, their worst performance in the past 10 years, while imports rose 17.5 percent.

"The Chinese economy is currently facing insufficient domestic demand, but we expect growth to pick up in the third quarter as government spending on infrastructure takes effect," bureau spokesman Liu Jianguo told a press conference.

Consumer prices have fallen for 16 consecutive months, the bureau said.

The government has set a growth target of 7 percent for 1999. To boost demand, it has issued 100 billion yuan in special treasury bonds since last August and has cut bank interest rates seven times since May 1996.

Liu said the State Council would announce further measures to encourage consumer spending next month, including higher wages for civil servants and lower fees for rural electricity.`,
		[]hoGold{
			{"July 14", "DATE", "1999-07-14", ""},
			{"the first half of this year", "DATE", "1999-H1", ""},
			{"a year earlier", "DATE", "1998-H1", ""},
			{"today", "DATE", "1999-07-14", ""},
			{"the second quarter", "DATE", "1999-Q2", ""},
			{"the first quarter", "DATE", "1999-Q1", ""},
			{"June", "DATE", "1999-06", ""},
			{"May", "DATE", "1999-05", ""},
			{"the past 10 years", "DURATION", "P10Y", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"the third quarter", "DATE", "1999-Q3", ""},
			{"16 consecutive months", "DURATION", "P16M", ""},
			{"1999", "DATE", "1999", ""},
			{"last August", "DATE", "1998-08", ""},
			{"May 1996", "DATE", "1996-05", ""},
			{"next month", "DATE", "1999-08", ""},
		}},
	{"ap-ukraine-mine-flood-rescue", "2000-03-09", `DONETSK, Ukraine (AP) _ The last 11 survivors of a flood at a coal mine in eastern Ukraine were brought to the surface Wednesday night, ending a four-day ordeal that has gripped the country.

The miners were trapped about 600 meters (2,000 feet) underground when water from an abandoned shaft burst into a tunnel at the Krasny Luch mine early Saturday. Of the 37 men on the shift, 22 climbed out on their own.

Rescuers found three bodies on Monday, and the next day divers reached an air pocket where 12 men had huddled in the darkness, drinking water that dripped from the rock. One of them, weakened by the cold, died before he could be brought out.

"We sat there for 80 hours and sang songs to stay awake," said Mykola Petrenko, a 44-year-old foreman, speaking from his hospital bed in Donetsk. "When we saw the divers' lamps, we thought we were dreaming."

The government ordered flags flown at half-staff on Friday in memory of the four dead miners.

Ukraine's coal mines are among the most dangerous in the world. More than 270 miners died in accidents last year, and the government has promised to close 40 unprofitable pits by the end of 2001.

The mine's director, Viktor Hrytsenko, said pumping would continue for at least two weeks before investigators could enter the flooded section. He said the abandoned shaft had been sealed 12 years ago and was not shown on the maps used by the crew.`,
		[]hoGold{
			{"Wednesday night", "TIME", "2000-03-08TNI", ""},
			{"four-day", "DURATION", "P4D", ""},
			{"early Saturday", "DATE", "2000-03-04", "START"},
			{"Monday", "DATE", "2000-03-06", ""},
			{"the next day", "DATE", "2000-03-07", ""},
			{"80 hours", "DURATION", "PT80H", ""},
			{"Friday", "DATE", "2000-03-10", ""},
			{"last year", "DATE", "1999", ""},
			{"the end of 2001", "DATE", "2001", "END"},
			{"at least two weeks", "DURATION", "P2W", "EQUAL_OR_MORE"},
			{"12 years ago", "DATE", "1988", ""},
		}},
	{"nyt-berlin-airlift-anniversary", "1998-06-25", `BERLIN _ Half a century ago, the sky over this city filled with the drone of propeller planes. On Friday, a few dozen of the pilots who flew them will gather at Tempelhof airport to remember the airlift that began here in June 1948.

For 15 months, American and British crews flew food, coal and medicine into West Berlin after the Soviet Union cut the road and rail links to the city. At the height of the operation, a plane landed every three minutes.

"I was 23 years old and I thought it would last a few weeks," said Harold Brandt, a retired Air Force colonel from Ohio who is now 73 and who flew 214 missions into Tempelhof. "Instead I spent my whole youth over Germany, or that's how it felt."

The Soviets lifted the blockade in May 1949, though the flights continued until September of that year to build up stockpiles. Historians count the operation among the great humanitarian efforts of the 20th century, and many Berliners say it turned former enemies into friends.

Veterans have returned every year since 1989, when the fall of the Wall made the trip easier and the welcome warmer. Friday's ceremony, with speeches by the mayor and the American ambassador, is expected to be the largest yet.

It may also be one of the last at Tempelhof. The airport handled 1.2 million passengers last year, but city officials want to close it within the next 10 years and move all flights to a new airport south of the city.`,
		[]hoGold{
			{"Half a century ago", "DATE", "1948", ""},
			{"Friday", "DATE", "1998-06-26", ""},
			{"June 1948", "DATE", "1948-06", ""},
			{"15 months", "DURATION", "P15M", ""},
			{"every three minutes", "SET", "PT3M", ""},
			{"a few weeks", "DURATION", "PXW", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"May 1949", "DATE", "1949-05", ""},
			{"September of that year", "DATE", "1949-09", ""},
			{"the 20th century", "DATE", "19", ""},
			{"every year", "SET", "P1Y", ""},
			{"1989", "DATE", "1989", ""},
			{"Friday", "DATE", "1998-06-26", ""},
			{"last year", "DATE", "1997", ""},
			{"the next 10 years", "DURATION", "P10Y", ""},
		}},
	{"ap-peru-municipal-elections", "1998-10-13", `LIMA, Peru (AP) _ Opposition candidates won mayoral races in Lima and at least six other major cities in Sunday's municipal elections, according to official results released Monday.

Early returns released late Sunday had shown the race in the capital too close to call. But with 92 percent of ballots counted, former congressman Luis Cornejo had 51.3 percent of the vote, against 38.9 percent for the candidate backed by the government.

"Lima has sent a clear message to the government," Cornejo told cheering supporters Monday night. "People want jobs, not promises."

In the last municipal elections, in 1995, government-backed candidates won in most of the country's large cities, and the results were seen as an endorsement of the president's free-market reforms.

The president has governed since 1990 and is widely expected to seek a third consecutive term in 2000, although the constitution limits presidents to two terms. His supporters in Congress argue that his first term, which began before the constitution was rewritten, should not count.

Turnout was about 80 percent. Voting is compulsory in Peru for citizens between 18 and 70.

The National Elections Jury said final results would be announced early next week. The new mayors take office Jan. 1 and will serve four-year terms.`,
		[]hoGold{
			{"Sunday", "DATE", "1998-10-11", ""},
			{"Monday", "DATE", "1998-10-12", ""},
			{"late Sunday", "DATE", "1998-10-11", "END"},
			{"Monday night", "TIME", "1998-10-12TNI", ""},
			{"1995", "DATE", "1995", ""},
			{"1990", "DATE", "1990", ""},
			{"2000", "DATE", "2000", ""},
			{"early next week", "DATE", "1998-W43", "START"},
			{"Jan. 1", "DATE", "1999-01-01", ""},
			{"four-year", "DURATION", "P4Y", ""},
		}},
	{"ap-kenya-bank-fraud-verdict", "1999-09-25", `NAIROBI, Kenya (AP) _ A Nairobi court on Friday convicted two former executives of a collapsed bank of fraud and sentenced each of them to seven years in prison.

The trial, which opened Sept. 13, heard testimony from 31 witnesses over nine days. It was interrupted on Sept. 16, when the chief defendant, former managing director Joseph Kamau, collapsed in the dock, and resumed the following week.

Magistrate Grace Wanjiru deliberated for about two hours before reading her verdict to a packed courtroom. She said the two men had "betrayed the trust of thousands of ordinary Kenyans."

Harambee Savings Bank collapsed in 1996, taking with it the deposits of some 40,000 customers, most of them small traders and farmers. Many depositors are still waiting for compensation three years later.

Kamau and the bank's former finance director, Peter Otieno, were arrested on Nov. 2, 1997, at Nairobi's international airport as they tried to board a flight to London. A third executive fled the country the same day and is believed to be living in South Africa.

Defense lawyer Ahmed Juma said his clients would appeal within 14 days, as Kenyan law allows. "This verdict will not stand. The prosecution never showed that my clients took a single shilling for themselves," he told reporters outside the court.

Prosecutors said they would ask the court to seize property owned by the two men, including a coffee farm and two apartment blocks in Nairobi.`,
		[]hoGold{
			{"Friday", "DATE", "1999-09-24", ""},
			{"seven years", "DURATION", "P7Y", ""},
			{"Sept. 13", "DATE", "1999-09-13", ""},
			{"nine days", "DURATION", "P9D", ""},
			{"Sept. 16", "DATE", "1999-09-16", ""},
			{"the following week", "DATE", "1999-W38", ""},
			{"about two hours", "DURATION", "PT2H", "APPROX"},
			{"1996", "DATE", "1996", ""},
			{"three years", "DURATION", "P3Y", ""},
			{"Nov. 2, 1997", "DATE", "1997-11-02", ""},
			{"the same day", "DATE", "1997-11-02", ""},
			{"14 days", "DURATION", "P14D", ""},
		}},
	{"xinhua-china-kazakhstan-talks", "1998-11-18", `BEIJING, November 18 (Xinhua) -- Chinese Vice-Premier Li Mingde held talks here this afternoon with visiting Kazakh Prime Minister Yerlan Suleimenov, and the two sides agreed to expand cooperation in energy, transportation and border trade.

Li said that since China and Kazakhstan established diplomatic relations in 1992, bilateral ties have developed smoothly, and frequent high-level exchanges have deepened mutual trust.

Suleimenov, who arrived in Beijing Monday for a five-day official visit to China, said his country regards China as a reliable neighbor and an important partner in economic development.

Trade between the two countries reached 527 million U.S. dollars last year. Both sides said there was great potential for further growth, especially in oil and natural gas, and pledged to speed up work on a cross-border pipeline.

After the talks, the two leaders attended the signing of an agreement on the use and protection of cross-border rivers. Under the agreement, which will take effect on January 1, 1999 and remain valid for 10 years, a joint commission will meet every six months to exchange data on water levels and pollution.

Li visited Kazakhstan earlier this year and toured oil fields in the Aktyubinsk region, where a Chinese company holds a major stake.

The Kazakh prime minister is scheduled to meet with top Chinese leaders tomorrow and will travel to Shanghai on Friday before returning home.`,
		[]hoGold{
			{"November 18", "DATE", "1998-11-18", ""},
			{"this afternoon", "TIME", "1998-11-18TAF", ""},
			{"1992", "DATE", "1992", ""},
			{"Monday", "DATE", "1998-11-16", ""},
			{"five-day", "DURATION", "P5D", ""},
			{"last year", "DATE", "1997", ""},
			{"January 1, 1999", "DATE", "1999-01-01", ""},
			{"10 years", "DURATION", "P10Y", ""},
			{"every six months", "SET", "P6M", ""},
			{"earlier this year", "DATE", "1998", ""},
			{"tomorrow", "DATE", "1998-11-19", ""},
			{"Friday", "DATE", "1998-11-20", ""},
		}},
	{"nyt-office-furniture-earnings", "1999-10-20", `NEW YORK _ Hartwell Industries Inc., the nation's third-largest maker of office furniture, said Tuesday that its third-quarter profit rose 14 percent, helped by strong orders from technology companies and lower steel prices.

The company, based in Grand Rapids, Mich., earned $48.2 million, or 71 cents a share, compared with $42.3 million, or 62 cents a share, a year earlier. Sales rose 9 percent, to $612 million. Analysts surveyed by First Call had expected earnings of 68 cents a share.

Shares of Hartwell rose $1.25, to $34.50, in New York Stock Exchange trading Tuesday afternoon.

"We are currently running our plants at full capacity, and our order backlog is the strongest we have seen," the chief executive, Margaret Doyle, said in a conference call with analysts.

Doyle said the company expected sales to grow 8 to 10 percent next year. It plans to spend $30 million a year on new plants in Michigan and North Carolina over the next three years.

Hartwell, founded in 1952, lost ground to cheaper imports in the early 1990s and cut 1,100 jobs in 1997. Since then, it has shifted toward higher-priced furniture systems for corporate offices, a strategy that analysts say is paying off.

"They have turned the company around in about two years," said Robert Feld, who follows the industry for a regional brokerage firm. "The question is whether the technology companies keep hiring."`,
		[]hoGold{
			{"Tuesday", "DATE", "1999-10-19", ""},
			{"third-quarter", "DATE", "1999-Q3", ""},
			{"a year earlier", "DATE", "1998-Q3", ""},
			{"Tuesday afternoon", "TIME", "1999-10-19TAF", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"next year", "DATE", "2000", ""},
			{"a year", "SET", "P1Y", ""},
			{"the next three years", "DURATION", "P3Y", ""},
			{"1952", "DATE", "1952", ""},
			{"the early 1990s", "DATE", "199", "START"},
			{"1997", "DATE", "1997", ""},
			{"about two years", "DURATION", "P2Y", "APPROX"},
		}},
	{"ap-stuttgart-indoor-final", "1998-11-02", `STUTTGART, Germany (AP) _ Sweden's Anders Sjoberg won the Stuttgart Indoor title Sunday, beating Spain's Javier Ortiz 6-4, 3-6, 7-6 (7-3), 6-2 in a final that lasted three hours and 12 minutes.

It was the 26-year-old Swede's third title this year and his first since July, when he won on clay in Bastad.

Sjoberg, who had not won a title indoors in the past two years, saved two set points in the third set. "I was very tired at the end, but my serve saved me," he said. "Javier played better from the baseline, but I was lucky on the big points."

Ortiz, ranked 19th, had upset the top-seeded player in Saturday's semifinal. He had lost to Sjoberg in the quarterfinals in Vienna three weeks ago.

The tournament, which offers $2.3 million in prize money, drew 62,000 spectators over seven days, a record for the event.

Sjoberg earned $355,000 and will climb to No. 6 in the rankings due out Tuesday, putting him in position to qualify for the season-ending ATP Tour World Championship, which begins Nov. 24 in Hannover.`,
		[]hoGold{
			{"Sunday", "DATE", "1998-11-01", ""},
			{"three hours and 12 minutes", "DURATION", "PT3H12M", ""},
			{"this year", "DATE", "1998", ""},
			{"July", "DATE", "1998-07", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"Saturday", "DATE", "1998-10-31", ""},
			{"three weeks ago", "DATE", "1998-W42", ""},
			{"seven days", "DURATION", "P7D", ""},
			{"Tuesday", "DATE", "1998-11-03", ""},
			{"Nov. 24", "DATE", "1998-11-24", ""},
		}},
	{"ap-japan-weather-satellite-launch", "2000-05-26", `TOKYO (AP) _ Japan's space agency launched a weather satellite into orbit on Thursday, ending a troubled stretch in which two Japanese rockets failed in less than a year.

The N-3 rocket lifted off from the Tanegashima Space Center, about 1,000 kilometers (620 miles) southwest of Tokyo, at 4:30 p.m. (0730 GMT). About 40 minutes later, the 1.8-ton satellite separated from the rocket's upper stage, the National Space Development Agency said.

"We feel a great sense of relief now," the agency's president told reporters at the launch site. "This was a launch we could not afford to lose."

The launch had been scheduled for May 18 but was postponed twice because of high winds and a faulty valve.

Last November, a rocket carrying a communications satellite veered off course and had to be destroyed by ground controllers. In February, a scientific rocket launched by a separate agency failed to put an astronomy satellite into orbit.

The failures, which cost more than 40 billion yen ($370 million), prompted a government review of Japan's space program and raised questions about its ability to compete for commercial launch contracts.

The new satellite will send back images of cloud cover over East Asia and the western Pacific every 30 minutes, helping forecasters track typhoons. The agency plans to launch a second satellite in the summer of 2001.`,
		[]hoGold{
			{"Thursday", "DATE", "2000-05-25", ""},
			{"less than a year", "DURATION", "P1Y", "LESS_THAN"},
			{"4:30 p.m.", "TIME", "2000-05-25T16:30", ""},
			{"0730 GMT", "TIME", "2000-05-25T07:30", ""},
			{"About 40 minutes", "DURATION", "PT40M", "APPROX"},
			{"now", "DATE", "PRESENT_REF", ""},
			{"May 18", "DATE", "2000-05-18", ""},
			{"Last November", "DATE", "1999-11", ""},
			{"February", "DATE", "2000-02", ""},
			{"every 30 minutes", "SET", "PT30M", ""},
			{"the summer of 2001", "DATE", "2001-SU", ""},
		}},
	{"xinhua-bangladesh-floods", "1998-09-09", `DHAKA, September 9 (Xinhua) -- The death toll from floods that have submerged two-thirds of Bangladesh since mid-July rose to 918 today, the country's disaster management bureau said.

Officials said the water levels of the country's major rivers had started to fall over the past three days, but warned that more than one million people would have to stay in relief camps for at least a month.

The floods, the worst in the country since 1988, have damaged or destroyed 700,000 houses and 570,000 hectares of rice fields, according to the bureau. Damage is estimated at over 2 billion U.S. dollars.

Food Minister Abdul Karim told reporters this morning that the government would distribute free rice and wheat to 4 million poor families every week until the end of December.

Last week, the capital's main airport was closed for two days after floodwater covered part of the runway, and several foreign airlines suspended flights to Dhaka.

The United Nations World Food Program has appealed for 70 million U.S. dollars to help feed flood victims over the next six months. Health officials have warned of outbreaks of diarrhea and other water-borne diseases in the relief camps.

The meteorological department said more heavy rain is expected in the northern districts this weekend.`,
		[]hoGold{
			{"September 9", "DATE", "1998-09-09", ""},
			{"mid-July", "DATE", "1998-07", "MID"},
			{"today", "DATE", "1998-09-09", ""},
			{"the past three days", "DURATION", "P3D", ""},
			{"at least a month", "DURATION", "P1M", "EQUAL_OR_MORE"},
			{"1988", "DATE", "1988", ""},
			{"this morning", "TIME", "1998-09-09TMO", ""},
			{"every week", "SET", "P1W", ""},
			{"the end of December", "DATE", "1998-12", "END"},
			{"Last week", "DATE", "1998-W36", ""},
			{"two days", "DURATION", "P2D", ""},
			{"the next six months", "DURATION", "P6M", ""},
			{"this weekend", "DATE", "1998-W37-WE", ""},
		}},
	{"nyt-maine-lobster-boom", "1999-07-28", `STONINGTON, Maine _ The lobster boats leave this harbor in the dark, and this summer they are coming back heavier than anyone here can remember.

Maine fishermen landed 47 million pounds of lobster last year, more than twice the typical catch of the 1980s, and state biologists say 1999 could set another record.

"My grandfather fished these waters for 50 years and he never saw anything like this," said Carl Haskell, 62, as he unloaded crates onto the town pier. "I keep waiting for it to end."

Nobody knows exactly why the lobsters are so plentiful. Some scientists point to warmer water and the decline of cod, which eat young lobsters. Others credit a conservation rule in place since the early 20th century that requires fishermen to notch the tails of egg-bearing females and throw them back.

Prices have not kept pace. Dealers paid $2.85 a pound at the dock last week, down from $3.40 in June, and fuel and bait have grown more expensive.

Haskell's cooperative meets every Tuesday in the basement of the Congregational church to set prices and argue about quotas. Ten years ago, he said, the meetings drew a dozen people; now they draw 40.

"We've been lucky," he said. "But nobody should count on the ocean to be this generous in the future."`,
		[]hoGold{
			{"this summer", "DATE", "1999-SU", ""},
			{"last year", "DATE", "1998", ""},
			{"the 1980s", "DATE", "198", ""},
			{"1999", "DATE", "1999", ""},
			{"50 years", "DURATION", "P50Y", ""},
			{"the early 20th century", "DATE", "19", "START"},
			{"last week", "DATE", "1999-W29", ""},
			{"June", "DATE", "1999-06", ""},
			{"every Tuesday", "SET", "XXXX-WXX-2", ""},
			{"Ten years ago", "DATE", "1989", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
		}},
	{"ap-philippines-hostages-freed", "2000-10-11", `MANILA, Philippines (AP) _ Gunmen freed nine plantation workers late Tuesday after holding them for 16 days in the mountains of the southern Philippines, military officials said.

The workers, including a 19-year-old woman, were seized Sept. 24 from a banana plantation in North Cotabato province. The kidnappers demanded 10 million pesos ($210,000) for their release.

Negotiations broke down on Oct. 2, and troops surrounded the kidnappers' hideout two days later. On the night of Oct. 6, soldiers and gunmen exchanged fire for about an hour, but none of the hostages was hurt.

The next morning, a Roman Catholic priest crossed the army's lines to resume talks. The military had rejected his request for a cease-fire a day earlier, saying the gunmen could not be trusted.

Regional army commander Brig. Gen. Ramon Santos said no ransom was paid. "They ran out of food and they ran out of options," he said. "We gave them a way out and they took it."

The freed workers were flown to Davao City for medical checks and were to be reunited with their families Thursday.

Kidnapping for ransom has become a lucrative business in the south, where Muslim separatist groups and criminal gangs operate in remote areas beyond the reach of the police. More than 50 people have been abducted in Mindanao this year, according to police figures.`,
		[]hoGold{
			{"late Tuesday", "DATE", "2000-10-10", "END"},
			{"16 days", "DURATION", "P16D", ""},
			{"Sept. 24", "DATE", "2000-09-24", ""},
			{"Oct. 2", "DATE", "2000-10-02", ""},
			{"two days", "DURATION", "P2D", ""},
			{"Oct. 6", "DATE", "2000-10-06", ""},
			{"about an hour", "DURATION", "PT1H", "APPROX"},
			{"The next morning", "DATE", "2000-10-07", ""},
			{"a day", "DURATION", "P1D", ""},
			{"Thursday", "DATE", "2000-10-12", ""},
			{"this year", "DATE", "2000", ""},
		}},
	{"ap-us-jobless-rate", "2000-04-07", `WASHINGTON (AP) _ The U.S. unemployment rate fell to 4.1 percent last month, matching the lowest level since January 1970, as employers added 416,000 jobs, the Labor Department reported.

About a third of the new jobs went to temporary workers hired for the national census, but economists said hiring in construction and services was also strong.

Average earnings rose 5 cents to $13.54 an hour, a gain that could worry Federal Reserve policy-makers, who have raised interest rates five times since last June. They meet again May 16.

"The labor market is as tight now as at any time in the past 30 years," said Ellen Marsh, chief economist at a New York investment bank. "Employers are running out of people to hire."

The economy grew at a 5.4 percent rate in the first quarter, according to private estimates, after expanding 7.3 percent in the fourth quarter of 1999.

Stocks rose sharply Thursday as traders anticipated a strong report, and the Dow Jones industrial average gained 121 points.

The expansion, which began in March 1991, is now the longest on record. Inflation has stayed low, in part because rising productivity has allowed companies to pay higher wages without raising prices.`,
		[]hoGold{
			{"last month", "DATE", "2000-03", ""},
			{"January 1970", "DATE", "1970-01", ""},
			{"an hour", "SET", "PT1H", ""},
			{"last June", "DATE", "1999-06", ""},
			{"May 16", "DATE", "2000-05-16", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"the past 30 years", "DURATION", "P30Y", ""},
			{"the first quarter", "DATE", "2000-Q1", ""},
			{"the fourth quarter of 1999", "DATE", "1999-Q4", ""},
			{"Thursday", "DATE", "2000-04-06", ""},
			{"March 1991", "DATE", "1991-03", ""},
			{"now", "DATE", "PRESENT_REF", ""},
		}},
	{"ap-iowa-council-recount-numbers", "1999-11-12", `CEDAR FALLS, Iowa (AP) _ A recount in the race for the 4th Ward seat on the city council left incumbent Marjorie Lund ahead by 11 votes, 2,019 to 2,008, county election officials said.

The original count had shown Lund, 67, leading her challenger, 31-year-old pharmacist Derek Olsen, by 14 votes. County Auditor Grant Feeney said a scanner at the polling place at 1998 Prairie Parkway had misread 37 absentee ballots, and that three ballots set aside as damaged were counted by hand.

Of the 4,064 ballots cast in the ward, 16 were rejected because voters marked both candidates. Turnout was 38.5 percent, up from 31 percent in the previous council race.

Olsen, who spent $4,120 on his campaign compared with Lund's $1,950, said he would not ask for a second recount, which would cost him $500 for each of the ward's 12 precincts.

"Eleven votes is eleven votes," Olsen said. "I called Marjorie and congratulated her. She ran a good race."

Lund, a retired schoolteacher who lives at 2000 Main St., said she would use her fourth term to push for a $2.6 million upgrade of the city's 90-year-old water plant and for 45 new streetlights along University Avenue.

"People in this ward care about pipes and potholes," she said. "That's what I'll give them."`,
		[]hoGold{}},
	{"ap-belgrade-basketball-derby-numbers", "2000-03-20", `BELGRADE, Yugoslavia (AP) _ Dejan Markovic scored 27 points, including five 3-pointers, as Partizan beat Crvena Zvezda 84-79 before a sellout crowd of 7,200 at Pionir Hall.

The 24-year-old guard made 9 of 14 shots from the field and all four of his free throws. Center Milan Jovic, who is 6-foot-11, added 18 points and 12 rebounds.

Zvezda, which trailed by 15 points, cut the lead to 80-77 on a 3-pointer by Nikola Peric, but Markovic made two free throws and Jovic blocked a shot by Peric to seal the win. Peric finished with 22 points. Zvezda shot 41 percent and committed 19 turnovers.

The victory lifted Partizan to 15-3, two games ahead of Zvezda in the 12-team league. Partizan has won 11 of its 12 games at Pionir.

"We defended well and we made our free throws," said Partizan coach Zoran Ilic, 52. "That is how you win a derby."

Police said 1,999 Zvezda fans had been escorted to the hall in 40 buses, and that 23 people were detained for throwing flares. Two officers were treated for minor injuries.

Tickets sold for 50 to 150 dinars ($5 to $15), and club officials said scalpers outside the arena were asking as much as 600 dinars.`,
		[]hoGold{}},
}

func TestEnglishHeldOut21(t *testing.T) { guardHeldOut(t, "English 21", enHeldOut21, "en", 0.96) }
