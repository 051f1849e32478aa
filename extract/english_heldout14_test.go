package extract

import "testing"

// enHeldOut14 is a blind held-out evaluation set for the English tagger: 16
// invented but realistic whole articles (150-300 words each), each with its
// own document creation time between 1989 and 2000, imitating wire copy and
// newspapers of that period: AP datelined news (Congress, peace talks, a fraud
// trial, a fire investigation, golf), Xinhua English (diplomacy, a flood), The
// Wall Street Journal business pages (quarterly and annual earnings, credit
// markets), a New York Times News Service feature, and ABC, CNN and VOA
// broadcast transcripts (two of them with spelled-out forms such as "nineteen
// ninety-eight" and "eight o'clock tonight"). Two articles (a basketball game
// and a ward election tally) are number-heavy and contain no temporal
// expression at all.
//
// Gold follows TimeML 1.2.1 / TempEval-3 TIMEX3 conventions, with TimeBank 1.2
// practice where TimeML leaves a choice: spans keep determiners and modifiers
// but drop leading prepositions; "N days later" is a DURATION whose span
// leaves out "later"; "N years ago" and bare weekdays and months resolve
// against the DCT (past tense: the most recent one before it, future: the next
// one); "the next morning", "the following day" and "that night" resolve
// against the date last narrated; "a year earlier" in earnings copy is the
// compared period; money rates make "a year" / "an hour" a SET; "10-year"
// and "five-day" used as modifiers are DURATIONs; "now" is PRESENT_REF unless
// it is a discourse marker; ages, scores, street numbers and names such as
// "World News Tonight" are not timexes. Relative values were computed with
// Python's datetime. The set was written without reading the tagger's source,
// tests, data or documentation, and without running it.
//
// First run, on the committed tagger (50928cb) before any fix it prompted:
// relaxed F1 0.984, value accuracy 0.958, value F1 0.943.
var enHeldOut14 = []hoCase{
	{"wsj-chemical-q3-earnings", "1990-10-24", `Midland Chemical Corp. said third-quarter net income fell 18% as weaker prices for commodity plastics and higher energy costs offset gains in its specialty coatings business.

The Cleveland-based company earned $41.2 million, or 87 cents a share, in the quarter, compared with $50.3 million, or $1.06 a share, a year earlier. Sales rose 4% to $612 million from $588.5 million in the year-earlier period.

For the first nine months, net slipped to $138.9 million, or $2.93 a share, from $151.4 million, or $3.19 a share. Revenue climbed to $1.84 billion from $1.77 billion.

"The third quarter was tougher than we expected," Robert K. Lindqvist, chairman and chief executive officer, said in a statement. He said demand for polyethylene had weakened since July and was unlikely to recover before early next year.

The company, which has eliminated about 400 jobs over the past 18 months, said it still expects fiscal 1990 earnings to top last year's $4.05 a share, though analysts said that target now looks ambitious.

"They're currently running their plants at about 78% of capacity, and that isn't going to change in the coming weeks," said Janet Oyelaran, an analyst at Kemper Brothers & Co. in New York.

In New York Stock Exchange composite trading yesterday, Midland shares closed at $38.625, down 75 cents. The stock has fallen about 22% this year.`,
		[]hoGold{
			{"third-quarter", "DATE", "1990-Q3", ""},
			{"the quarter", "DATE", "1990-Q3", ""},
			{"a year earlier", "DATE", "1989-Q3", ""},
			{"the year-earlier period", "DATE", "1989-Q3", ""},
			{"the first nine months", "DURATION", "P9M", ""},
			{"The third quarter", "DATE", "1990-Q3", ""},
			{"July", "DATE", "1990-07", ""},
			{"early next year", "DATE", "1991", "START"},
			{"the past 18 months", "DURATION", "P18M", ""},
			{"fiscal 1990", "DATE", "1990", ""},
			{"last year", "DATE", "1989", ""},
			{"now", "DATE", "PRESENT_REF", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"the coming weeks", "DURATION", "PXW", ""},
			{"yesterday", "DATE", "1990-10-23", ""},
			{"this year", "DATE", "1990", ""},
		}},
	{"abc-georgia-tornadoes", "1998-03-12", `PETER LANGDON, ABC NEWS (Off-camera) Thank you for joining us. We begin on World News Tonight in the Southeast, where for millions of people the weather has been the only story that mattered today. A line of violent storms moved across Georgia and the Carolinas this afternoon, and forecasters say the worst may still be ahead. Ellen Marsh is in Atlanta.

ELLEN MARSH, ABC NEWS (Voice-over) Peter, the first tornado touched down at about two o'clock this afternoon south of Macon. Within about forty minutes, three more had been reported. At least eleven people are dead, and the state has opened shelters in nine counties.

DONALD PRUITT, Storm Survivor I heard it coming, like a freight train, and then it was gone. Thirty seconds, maybe. The whole roof went with it.

ELLEN MARSH (Voice-over) Officials say this is already the deadliest March for storms in Georgia since nineteen ninety-four. Forecasters had warned in January that nineteen ninety-eight could be an unusually active one because of El Nino. The National Weather Service has a tornado watch in effect until eight o'clock tonight, and it says a second system could arrive Saturday.

MARTHA KELLEY, Georgia Emergency Management Agency We are asking people to stay off the roads tonight and to check on their elderly neighbors tomorrow morning.

ELLEN MARSH (Off-camera) Power crews are trying to restore electricity to some two hundred thousand homes. Ellen Marsh, ABC News, Atlanta.

PETER LANGDON (Off-camera) When we come back, a new fight in Congress over tobacco.`,
		[]hoGold{
			{"today", "DATE", "1998-03-12", ""},
			{"this afternoon", "TIME", "1998-03-12TAF", ""},
			{"about two o'clock this afternoon", "TIME", "1998-03-12T14:00", "APPROX"},
			{"about forty minutes", "DURATION", "PT40M", "APPROX"},
			{"Thirty seconds", "DURATION", "PT30S", ""},
			{"March", "DATE", "1998-03", ""},
			{"nineteen ninety-four", "DATE", "1994", ""},
			{"January", "DATE", "1998-01", ""},
			{"nineteen ninety-eight", "DATE", "1998", ""},
			{"eight o'clock tonight", "TIME", "1998-03-12T20:00", ""},
			{"Saturday", "DATE", "1998-03-14", ""},
			{"tonight", "TIME", "1998-03-12TNI", ""},
			{"tomorrow morning", "TIME", "1998-03-13TMO", ""},
		}},
	{"ap-senate-highway-bill", "1993-06-25", `WASHINGTON (AP) -- The Senate approved a $151 billion highway and mass-transit bill Thursday night, ending a two-week standoff over how the money would be divided among the states.

The 71-27 vote came after nearly 11 hours of debate and sends the measure to a conference committee with the House, which passed its own version in May.

"This bill will keep people working for the next six years," said Sen. Howard Ellison, D-Mont., the bill's floor manager. "States have been waiting since last fall to know what they can count on."

Under the measure, highway spending would rise about 4 percent a year through fiscal 1999. Opponents, most of them Republicans from the Northeast, argued that the formula shortchanges older states that pay more in gasoline taxes than they get back.

"We've been fighting this formula for two decades," said Sen. Paul Arceneaux, R-Conn. "It's the same fight every six years, and the same states lose."

The last major highway bill, passed in 1987 over a presidential veto, expires Sept. 30. A Transportation Department spokeswoman, Anne Corliss, said Wednesday that the administration preferred the Senate version because it gives governors more freedom to shift money from roads to buses and commuter rail.

House and Senate negotiators are expected to begin meeting early next week. Leaders in both chambers said they hope to send a final bill to the White House before Congress leaves for its recess in August.

The bill also includes $2.4 billion for 150 so-called demonstration projects, which critics call pork-barrel spending.`,
		[]hoGold{
			{"Thursday night", "TIME", "1993-06-24TNI", ""},
			{"two-week", "DURATION", "P2W", ""},
			{"nearly 11 hours", "DURATION", "PT11H", "APPROX"},
			{"May", "DATE", "1993-05", ""},
			{"the next six years", "DURATION", "P6Y", ""},
			{"last fall", "DATE", "1992-FA", ""},
			{"a year", "SET", "P1Y", ""},
			{"fiscal 1999", "DATE", "1999", ""},
			{"two decades", "DURATION", "P20Y", ""},
			{"every six years", "SET", "P6Y", ""},
			{"1987", "DATE", "1987", ""},
			{"Sept. 30", "DATE", "1993-09-30", ""},
			{"Wednesday", "DATE", "1993-06-23", ""},
			{"early next week", "DATE", "1993-W26", "START"},
			{"August", "DATE", "1993-08", ""},
		}},
	{"xinhua-china-kazakh-trade", "1996-05-20", `BEIJING, May 20 (Xinhua) -- China and Kazakhstan today signed an agreement on economic and trade cooperation for the next five years, the second such document signed by the two countries this year.

The agreement was signed here this afternoon by Chinese Vice Minister of Foreign Trade and Economic Cooperation Li Guohua and visiting Kazakh Deputy Prime Minister Nurlan Seitov, who arrived in Beijing Saturday for a five-day official visit.

Speaking at the signing ceremony, Li said that bilateral trade had grown rapidly in recent years, reaching 390 million U.S. dollars in 1995, an increase of 16 percent over the previous year.

China is willing to work with Kazakhstan to expand cooperation in energy, transportation, agriculture and border trade on the basis of equality and mutual benefit, Li said.

Seitov said that his country attaches great importance to its good-neighborly relations with China and hopes the two sides will make full use of their geographical advantages in the future. He said a joint commission set up under the agreement would meet twice a year to review progress.

Since the two countries established diplomatic relations in January 1992, leaders of the two sides have exchanged visits frequently, and cooperation in various fields has developed smoothly, Li said.

During his stay in China, Seitov will also visit Shanghai and the Xinjiang Uygur Autonomous Region, which shares a border of more than 1,700 kilometers with Kazakhstan. He is scheduled to leave for home on Friday.`,
		[]hoGold{
			{"May 20", "DATE", "1996-05-20", ""},
			{"today", "DATE", "1996-05-20", ""},
			{"the next five years", "DURATION", "P5Y", ""},
			{"this year", "DATE", "1996", ""},
			{"this afternoon", "TIME", "1996-05-20TAF", ""},
			{"Saturday", "DATE", "1996-05-18", ""},
			{"five-day", "DURATION", "P5D", ""},
			{"recent years", "DURATION", "PXY", ""},
			{"1995", "DATE", "1995", ""},
			{"the previous year", "DATE", "1994", ""},
			{"the future", "DATE", "FUTURE_REF", ""},
			{"twice a year", "SET", "P1Y", ""},
			{"January 1992", "DATE", "1992-01", ""},
			{"Friday", "DATE", "1996-05-24", ""},
		}},
	{"ap-sudan-peace-talks", "1992-04-08", `NAIROBI, Kenya (AP) -- Sudan's government and southern rebels ended four days of peace talks Tuesday without agreeing on a cease-fire, but both sides promised to return to the table next month.

Mediators from Kenya and Ethiopia said the delegations would meet again in the Nigerian capital, Abuja, on May 18, and that a smaller technical committee would convene in Nairobi at the end of April to prepare an agenda.

"We did not expect miracles in the first round," said Kenyan Foreign Minister Joseph Mwangale. "For nine years these people have been killing each other. You cannot undo that in a week."

The civil war in southern Sudan began in 1983, when the rebel Sudan People's Liberation Army took up arms against the Islamic government in Khartoum. Relief agencies estimate that more than 500,000 people have died in the fighting and in war-related famine.

The talks opened Saturday at a hotel on the outskirts of the Kenyan capital. On Sunday, the rebel delegation walked out for about three hours after a government negotiator accused it of using relief convoys to smuggle weapons.

A rebel spokesman, Lual Deng, said government troops had launched a new offensive near the town of Kapoeta two weeks ago and were still shelling villages in the area.

The head of the government delegation, Col. Hassan Babiker, told reporters Khartoum was prepared to discuss a six-month truce but would not accept any proposal that divided the country.

Diplomats said the talks were the most serious attempt at a settlement since 1989, when a cease-fire collapsed after a few weeks.`,
		[]hoGold{
			{"four days", "DURATION", "P4D", ""},
			{"Tuesday", "DATE", "1992-04-07", ""},
			{"next month", "DATE", "1992-05", ""},
			{"May 18", "DATE", "1992-05-18", ""},
			{"the end of April", "DATE", "1992-04", "END"},
			{"nine years", "DURATION", "P9Y", ""},
			{"a week", "DURATION", "P1W", ""},
			{"1983", "DATE", "1983", ""},
			{"Saturday", "DATE", "1992-04-04", ""},
			{"Sunday", "DATE", "1992-04-05", ""},
			{"about three hours", "DURATION", "PT3H", "APPROX"},
			{"two weeks ago", "DATE", "1992-W13", ""},
			{"six-month", "DURATION", "P6M", ""},
			{"1989", "DATE", "1989", ""},
			{"a few weeks", "DURATION", "PXW", ""},
		}},
	{"ap-thrift-fraud-verdict", "1991-02-14", `SAN DIEGO (AP) -- A federal jury convicted a former savings and loan president Wednesday of looting his thrift of $14 million, ending a trial that lasted nearly four months.

Walter J. Brandt, 56, showed no emotion as the verdicts were read in U.S. District Court. He faces up to 30 years in prison and $1.5 million in fines when he is sentenced April 29.

Jurors deliberated for six days before finding Brandt guilty on 19 of 22 counts of bank fraud, conspiracy and making false statements to federal regulators. They acquitted him on three counts related to a 1986 land deal in Riverside County.

Prosecutors said Brandt used Pacific Crest Savings as his personal bank between 1984 and 1988, approving loans to friends and business partners that were never repaid. Regulators seized the thrift in March 1989, and its failure is expected to cost taxpayers an estimated $210 million.

"This was a man who treated depositors' money as his own for years," Assistant U.S. Attorney Carla Mendes told reporters outside the courthouse.

Defense attorney Richard Sloane said he would appeal. "We are disappointed, but this case is far from over," he said.

The jury told U.S. District Judge Harold Fitch on Monday that it was deadlocked on several counts. Fitch sent the panel back to deliberate, and the verdicts came two days later.

Brandt remains free on $500,000 bail. He was indicted in the summer of 1989 along with two other former Pacific Crest officers, who pleaded guilty last year and testified against him.`,
		[]hoGold{
			{"Wednesday", "DATE", "1991-02-13", ""},
			{"nearly four months", "DURATION", "P4M", "APPROX"},
			{"up to 30 years", "DURATION", "P30Y", "EQUAL_OR_LESS"},
			{"April 29", "DATE", "1991-04-29", ""},
			{"six days", "DURATION", "P6D", ""},
			{"1986", "DATE", "1986", ""},
			{"1984", "DATE", "1984", ""},
			{"1988", "DATE", "1988", ""},
			{"March 1989", "DATE", "1989-03", ""},
			{"years", "DURATION", "PXY", ""},
			{"Monday", "DATE", "1991-02-11", ""},
			{"two days", "DURATION", "P2D", ""},
			{"the summer of 1989", "DATE", "1989-SU", ""},
			{"last year", "DATE", "1990", ""},
		}},
	{"xinhua-yangtze-flood", "1999-08-20", `WUHAN, August 20 (Xinhua) -- More than 120,000 people have been evacuated in central China's Hubei Province as the Yangtze River rose to its highest level this summer, local officials said today.

The water level at the Shashi hydrological station reached 44.2 meters at 8:00 a.m. today, 1.2 meters above the danger mark, according to the provincial flood control headquarters.

Heavy rain has fallen on the middle reaches of the river for nine consecutive days, and meteorologists expect more storms over the weekend.

By Thursday evening, 37 people had been confirmed dead and 11 others were missing, most of them in mountainous counties where flash floods swept away houses and roads.

The provincial government has sent 8,000 soldiers and militiamen to reinforce dikes along a 180-km section of the river. Workers and villagers have been piling sandbags since Monday, and more than 300 trucks are carrying stone and earth to weak points.

Provincial Vice Governor Zhang Wenlin said the situation was currently under control, but warned that the next 48 hours would be critical as a new flood crest moves downstream from the Three Gorges area.

In 1998, floods along the Yangtze killed thousands of people and forced millions from their homes in the worst flooding in the region in more than four decades. The central government has since spent billions of yuan strengthening embankments, and officials say the dikes are now far stronger.

Local Red Cross branches have distributed tents, quilts and drinking water to evacuees, who are living in schools and on high ground.`,
		[]hoGold{
			{"August 20", "DATE", "1999-08-20", ""},
			{"this summer", "DATE", "1999-SU", ""},
			{"today", "DATE", "1999-08-20", ""},
			{"8:00 a.m. today", "TIME", "1999-08-20T08:00", ""},
			{"nine consecutive days", "DURATION", "P9D", ""},
			{"the weekend", "DATE", "1999-W33-WE", ""},
			{"Thursday evening", "TIME", "1999-08-19TEV", ""},
			{"Monday", "DATE", "1999-08-16", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"the next 48 hours", "DURATION", "PT48H", ""},
			{"1998", "DATE", "1998", ""},
			{"more than four decades", "DURATION", "P40Y", "MORE_THAN"},
			{"now", "DATE", "PRESENT_REF", ""},
		}},
	{"ap-bearcats-box-numbers", "1996-02-04", `CINCINNATI (AP) -- Marcus Dill scored 31 points and grabbed 12 rebounds, and No. 14 Cincinnati pulled away to beat Memphis 88-79 before a sellout crowd of 13,176 at Shoemaker Center.

Dill, a 6-foot-8, 240-pound senior, made 12 of 17 shots from the field and 7 of 9 free throws. His 1,997 career points rank fourth on the school's all-time list.

Guard Tony Raines added 18 points and eight assists for the Bearcats (17-4, 7-1 Conference USA), who have won six straight and 22 of their last 24 at home.

Memphis (13-8, 4-4) led 41-38 at the break behind 14 points from Lorenzo Hatch, but Cincinnati scored 15 of the next 17 points to take control. The Tigers never got closer than five after that.

Hatch finished with 24 points, and Cedric Moore had 16 for Memphis, which shot 38 percent (29 of 76) and was outrebounded 47-33. The Tigers made only 4 of 21 3-point attempts.

"We just didn't have an answer for Dill inside," Memphis coach Larry Whitfield said. "He's 240 pounds and he plays like he's 280."

Cincinnati coach Dale Kessler, 51, earned his 300th victory at the school. His teams are 11-2 against Memphis, and the Bearcats are 9-0 when Dill scores 25 or more.

Damon Price, a 19-year-old freshman, had 10 points and a career-high nine rebounds off the bench for Cincinnati, which committed just eight turnovers and made 31 of 58 shots, or 53.4 percent.`,
		[]hoGold{}},
	{"ap-ward-council-tally", "1997-06-04", `ELIZABETH, N.J. (AP) -- Rosa Delgado, a 38-year-old schoolteacher, defeated two-term incumbent Frank Mazur in the Democratic contest for the 4th Ward council seat by 2,019 votes to 1,987, according to unofficial results from the city clerk's office.

A third candidate, Leon Price, 29, received 412 votes. Turnout was 31 percent of the ward's 14,380 registered Democrats, officials said.

Delgado carried 11 of the ward's 17 districts, including the largest, at the polling place in the gymnasium at 1990 Morris Ave., where she won 388 to 214. Mazur, 61, took five of the six districts east of Route 1 and 9.

Mazur, who lost by 32 votes, said he would ask for a recount. Under state law, a candidate may request one if the margin is less than 2 percent of the votes cast for the seat.

"Every one of those 4,418 ballots deserves a second look," Mazur told about 60 supporters at his headquarters at 1144 Elizabeth Ave.

Delgado, who spent $18,250 on her campaign compared with Mazur's $41,600, ran on a promise to reopen the branch library at 600 Elmora Ave., which has been closed since a fire damaged its roof. "People wanted a change, and they wanted someone who answers the phone," she said.

In the Republican contest, Anthony Ruggiero, 45, ran unopposed and received 604 votes. The 4th Ward, with about 21,500 residents, has elected a Democrat in 14 of the last 15 council races.

Citywide, Mayor Thomas Kerrigan won renomination with 9,214 votes, or 71 percent, to 3,760 for challenger Joseph Ortiz, 52.`,
		[]hoGold{}},
	{"cnn-y2k-wall-street", "2000-01-03", `LINDA MARTIN, CNN ANCHOR: Wall Street got its first real test of the millennium bug today, and the computers passed. Banks, airlines and power companies are reporting only scattered glitches. CNN's Tom Reyes joins us from the floor of the New York Stock Exchange. Tom?

TOM REYES, CNN CORRESPONDENT: Linda, some traders came in at six o'clock this morning, two and a half hours before they usually do, just in case. The exchange ran extra tests over the weekend, and officials say everything worked the way it was supposed to.

(BEGIN VIDEOTAPE)

DAVID OKAFOR, NYSE SPOKESMAN: We have been preparing for this since nineteen ninety-six. We spent more than three years and a great deal of money on it, and frankly, it has been very quiet.

REYES: Not everywhere. A handful of credit card terminals in the Midwest double-charged customers on Saturday, and one savings bank in Ohio briefly printed dates from nineteen hundred on customer statements.

(END VIDEOTAPE)

REYES: The Federal Reserve says it will keep extra cash available to banks for the next few weeks. And regulators plan to watch closely again on February twenty-ninth, a date some older systems may not recognize, because many programmers never expected two thousand to have one. Linda?

MARTIN: Tom Reyes in New York. Thanks, Tom. We'll have a full report on the markets, and on how the rest of the world's computers fared, at seven o'clock tonight on MONEYLINE.

And a reminder: the Y2K command center in Washington will stay open through the end of the week before it shuts down for good.`,
		[]hoGold{
			{"today", "DATE", "2000-01-03", ""},
			{"six o'clock this morning", "TIME", "2000-01-03T06:00", ""},
			{"two and a half hours", "DURATION", "PT2H30M", ""},
			{"the weekend", "DATE", "1999-W52-WE", ""},
			{"nineteen ninety-six", "DATE", "1996", ""},
			{"more than three years", "DURATION", "P3Y", "MORE_THAN"},
			{"Saturday", "DATE", "2000-01-01", ""},
			{"nineteen hundred", "DATE", "1900", ""},
			{"the next few weeks", "DURATION", "PXW", ""},
			{"February twenty-ninth", "DATE", "2000-02-29", ""},
			{"two thousand", "DATE", "2000", ""},
			{"seven o'clock tonight", "TIME", "2000-01-03T19:00", ""},
			{"the end of the week", "DATE", "2000-W01", "END"},
		}},
	{"nyt-homestead-mills", "1999-11-21", `HOMESTEAD, Pa. -- In the 20th century, the steel mills along this bend of the Monongahela River set the rhythm of life here: furnaces that never went cold, paychecks every two weeks, and a union job waiting for almost any young man who wanted one.

That world ended in the 1980s. The last mill closed in 1986, and over the next decade the town lost nearly a third of its population.

Mary Kostelnik, 72, whose husband and father both worked at the Homestead Works, remembers when the bars and movie houses on Eighth Avenue were full every weekend. "You couldn't find a seat anywhere," she said. "Now you can't find a store that's open after dark."

Five years ago, a Pittsburgh developer bought the empty mill site, and the Waterfront, a $300 million complex of stores, restaurants and a 22-screen theater, has opened in stages over the past two years.

Town officials say it has brought about 1,500 jobs, most of them part-time and paying a fraction of the $20 an hour that a steelworker could earn in the late 1970s. Still, Mayor Betty Esposito said, the tax base has grown for the first time in nearly 30 years.

"I'm not going to pretend a movie theater is the same as a mill," Esposito said. "But people are coming into town again instead of leaving it."

Now, the question for Homestead is whether the new stores can do what the mills once did: give the next generation a reason to stay. Esposito hopes to see new housing built on the hillside above the river by 2005.`,
		[]hoGold{
			{"the 20th century", "DATE", "19", ""},
			{"every two weeks", "SET", "P2W", ""},
			{"the 1980s", "DATE", "198", ""},
			{"1986", "DATE", "1986", ""},
			{"the next decade", "DURATION", "P10Y", ""},
			{"every weekend", "SET", "XXXX-WXX-WE", ""},
			{"Now", "DATE", "PRESENT_REF", ""},
			{"Five years ago", "DATE", "1994", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"an hour", "SET", "PT1H", ""},
			{"the late 1970s", "DATE", "197", "END"},
			{"nearly 30 years", "DURATION", "P30Y", "APPROX"},
			{"2005", "DATE", "2005", ""},
		}},
	{"wsj-autoparts-annual-results", "1997-02-06", `Norwood Industries Inc., a maker of auto parts and industrial filters, said net income for 1996 rose 9% to $186.4 million, or $3.12 a share, from $171 million, or $2.87 a share, a year earlier. Revenue climbed 6% to $2.9 billion.

In the fourth quarter, net rose 14% to $52.1 million, or 87 cents a share, from $45.7 million, or 76 cents a share, in the year-earlier quarter. Sales in the quarter increased 8% to $768 million.

The results, released after the market closed Wednesday, were slightly above analysts' expectations. In New York Stock Exchange composite trading yesterday, Norwood shares rose $1.375 to $58.25.

Chairman Frederick Hale said the company would raise its dividend to 30 cents a share from 27 cents, payable March 14 to holders of record Feb. 21.

Mr. Hale said he expected 1997 results to improve further, though he warned that a strike at a supplier's plant in Ohio could trim first-quarter earnings by as much as five cents a share. Most of the benefit from a new filter plant in Monterrey, Mexico, will come in the second half, he said.

The company has spent about $400 million on acquisitions over the past two years, including the purchase last March of Brenner Filtration GmbH of Germany. It aims to reach $4 billion in sales by fiscal 1999.

"They've done a good job of digesting what they bought," said Thomas Ng, an analyst with Harland Securities. "The question is whether the auto cycle holds up for another 18 months."

Norwood, based in Toledo, Ohio, employs about 21,000 people in 14 countries.`,
		[]hoGold{
			{"1996", "DATE", "1996", ""},
			{"a year earlier", "DATE", "1995", ""},
			{"the fourth quarter", "DATE", "1996-Q4", ""},
			{"the year-earlier quarter", "DATE", "1995-Q4", ""},
			{"the quarter", "DATE", "1996-Q4", ""},
			{"Wednesday", "DATE", "1997-02-05", ""},
			{"yesterday", "DATE", "1997-02-05", ""},
			{"March 14", "DATE", "1997-03-14", ""},
			{"Feb. 21", "DATE", "1997-02-21", ""},
			{"1997", "DATE", "1997", ""},
			{"first-quarter", "DATE", "1997-Q1", ""},
			{"the second half", "DATE", "1997-H2", ""},
			{"the past two years", "DURATION", "P2Y", ""},
			{"last March", "DATE", "1996-03", ""},
			{"fiscal 1999", "DATE", "1999", ""},
			{"another 18 months", "DURATION", "P18M", ""},
		}},
	{"voa-burundi-refugees-food", "1996-11-05", `The U-N refugee agency says it is running short of food for more than 200,000 Burundian refugees in western Tanzania. It warns that rations may have to be cut in the coming weeks unless donors act quickly. Correspondent Alex Moreau reports from Nairobi.

A spokesman for the U-N High Commissioner for Refugees, Paul Stromberg, told reporters in Geneva today that the agency currently has enough maize and beans to last until the middle of December. After that, he says, the supply line is empty.

Aid workers say thousands of new refugees have arrived at camps near Kigoma in recent days, fleeing fighting between the Burundian army and Hutu rebels. Many say they walked for more than a week through the hills, carrying children and whatever belongings they could.

The World Food Program says it needs about 18 million dollars to feed the refugees through the end of March. So far, donors have pledged less than half that amount.

Tanzania has sheltered people fleeing wars in neighboring countries since the 1960s. But officials there say the country can no longer carry the burden alone. Last month, the government briefly closed the border crossing at Kobero after local farmers complained that refugees were cutting down trees for firewood.

Recently, Tanzanian officials have also asked aid agencies to move some camps farther from the border, saying armed men use them as bases.

U-N officials will meet representatives of donor governments in Geneva on Thursday to appeal for new pledges. Mr. Stromberg says that, with no settlement in sight in Burundi, most of the refugees are likely to remain in Tanzania for the foreseeable future.

For VOA News, this is Alex Moreau in Nairobi.`,
		[]hoGold{
			{"the coming weeks", "DURATION", "PXW", ""},
			{"today", "DATE", "1996-11-05", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"the middle of December", "DATE", "1996-12", "MID"},
			{"recent days", "DURATION", "PXD", ""},
			{"more than a week", "DURATION", "P1W", "MORE_THAN"},
			{"the end of March", "DATE", "1997-03", "END"},
			{"the 1960s", "DATE", "196", ""},
			{"Last month", "DATE", "1996-10", ""},
			{"Recently", "DATE", "PAST_REF", ""},
			{"Thursday", "DATE", "1996-11-07", ""},
			{"the foreseeable future", "DATE", "FUTURE_REF", ""},
		}},
	{"ap-golf-journeyman-wins", "1994-07-18", `MILWAUKEE (AP) -- Two weeks ago, Jim Halvorsen withdrew from a tournament in Virginia with a bad back and told his wife he might be finished. On Sunday, he won the Milwaukee Classic, his first PGA Tour victory in nine years.

Halvorsen, a 41-year-old journeyman from Tulsa, Okla., shot a 5-under-par 67 in the final round to finish at 17-under 267, two strokes ahead of Craig Danner and Luis Ortega.

He began the round three shots off the lead but birdied four of the first six holes at Brown Deer Park and took the lead for good when Danner, who had led after each of the first three rounds, double-bogeyed the 14th.

"Three days after I withdrew, I couldn't bend over to tie my shoes," Halvorsen said. "I told my wife last month that if things didn't turn around by the fall, I'd go looking for a club pro job back home."

His previous victory came at the 1985 Southern Open. He had missed the cut in 11 of 16 events this year and had earned just $38,000 before arriving in Milwaukee.

The $180,000 winner's check more than quadruples his earnings, and the victory gives him a two-year exemption on the tour and a spot in next month's PGA Championship.

Danner, 28, who was trying for his second win since May, shot 71. Ortega closed with a 66, the best final round in the field.

"You have to feel good for Jim," Danner said. "He's been grinding out there for 15 years."`,
		[]hoGold{
			{"Two weeks ago", "DATE", "1994-W27", ""},
			{"Sunday", "DATE", "1994-07-17", ""},
			{"nine years", "DURATION", "P9Y", ""},
			{"Three days", "DURATION", "P3D", ""},
			{"last month", "DATE", "1994-06", ""},
			{"the fall", "DATE", "1994-FA", ""},
			{"1985", "DATE", "1985", ""},
			{"this year", "DATE", "1994", ""},
			{"two-year", "DURATION", "P2Y", ""},
			{"next month", "DATE", "1994-08", ""},
			{"May", "DATE", "1994-05", ""},
			{"15 years", "DURATION", "P15Y", ""},
		}},
	{"wsj-treasury-bonds-inflation", "1989-11-15", `Treasury bond prices rose for a third straight session yesterday as new figures showed inflation slowing, and traders bet that the Federal Reserve would ease credit before the end of the year.

The benchmark 30-year bond gained 5/8 point, or $6.25 for each $1,000 face amount, to yield 7.91%. The 10-year note rose 3/8 point to yield 7.84%, its lowest level since early March.

The Labor Department said consumer prices rose 0.2% in October, matching the increase in September. Excluding food and energy, prices rose 0.3%.

"The market has been waiting for months for a clean inflation number, and this is it," said Lawrence Dorsey, chief economist at Whitcombe Securities. "I think the Fed moves within the next three weeks."

Some economists said the central bank had already nudged its key federal funds rate lower last week, to about 8 1/2%. Analysts expect economic growth to slow to about 1.5% in the fourth quarter.

Short-term rates also fell. The yield on three-month Treasury bills dropped to 7.72% from 7.81% on Monday.

The Treasury will sell $10 billion of new seven-year notes tomorrow. Dealers said demand is expected to be strong, particularly from Japanese investors, who bought heavily at the last auction in August.

In the municipal market, Denver sold $150 million of airport revenue bonds. City officials said the refinancing would save about $2 million a year in interest costs.

Corporate bonds were mostly unchanged in light trading.`,
		[]hoGold{
			{"yesterday", "DATE", "1989-11-14", ""},
			{"the end of the year", "DATE", "1989", "END"},
			{"30-year", "DURATION", "P30Y", ""},
			{"10-year", "DURATION", "P10Y", ""},
			{"early March", "DATE", "1989-03", "START"},
			{"October", "DATE", "1989-10", ""},
			{"September", "DATE", "1989-09", ""},
			{"months", "DURATION", "PXM", ""},
			{"the next three weeks", "DURATION", "P3W", ""},
			{"last week", "DATE", "1989-W45", ""},
			{"the fourth quarter", "DATE", "1989-Q4", ""},
			{"three-month", "DURATION", "P3M", ""},
			{"Monday", "DATE", "1989-11-13", ""},
			{"seven-year", "DURATION", "P7Y", ""},
			{"tomorrow", "DATE", "1989-11-16", ""},
			{"August", "DATE", "1989-08", ""},
			{"a year", "SET", "P1Y", ""},
		}},
	{"ap-chicago-apartment-fire", "1995-10-27", `CHICAGO (AP) -- Faulty wiring in a basement storage room caused the fire that killed seven people in a South Side apartment building on the night of Oct. 23, fire investigators said Thursday.

The blaze spread quickly up a rear wooden stairwell, trapping residents on the upper floors of the three-story building in the 6500 block of South Green Street. Firefighters needed about three hours to bring it under control.

Temperatures that night fell into the 20s, and ice from fire hoses coated the street and the ladders. Two of the victims, a woman and her 9-year-old son, were found the next morning in a third-floor bedroom.

City building inspectors visited the property on Oct. 25, and the following day the owner, Sunrise Realty Trust, was cited for 14 code violations, including missing smoke detectors and a locked rear gate.

Fire Commissioner Raymond Orloff said the building had failed inspections in 1993 and again last spring, but the violations were never corrected. "These people should still be alive," he said.

A lawyer for the company, Gerald Stamm, said his client had hired an electrician in the summer and was not aware of any problem with the wiring.

The Cook County state's attorney's office said it is currently reviewing the case to decide whether criminal charges are warranted.

Survivors and neighbors have been staying at a church shelter on 63rd Street. A memorial service for the victims is planned for Saturday at St. Columbanus Church.`,
		[]hoGold{
			{"Oct. 23", "DATE", "1995-10-23", ""},
			{"Thursday", "DATE", "1995-10-26", ""},
			{"about three hours", "DURATION", "PT3H", "APPROX"},
			{"that night", "TIME", "1995-10-23TNI", ""},
			{"the next morning", "DATE", "1995-10-24", ""},
			{"Oct. 25", "DATE", "1995-10-25", ""},
			{"the following day", "DATE", "1995-10-26", ""},
			{"1993", "DATE", "1993", ""},
			{"last spring", "DATE", "1995-SP", ""},
			{"the summer", "DATE", "1995-SU", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
			{"Saturday", "DATE", "1995-10-28", ""},
		}},
}

func TestEnglishHeldOut14(t *testing.T) { guardHeldOut(t, "English 14", enHeldOut14, "en", 0.95) }
