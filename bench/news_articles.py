"""Ten long articles for the claim checker's benchmark, written for usmx (never seed prose).

A magazine feature, a regional newspaper story, business-press, a hearing write-up, a think-tank
explainer with a data box, an NGO report summary, a campaign fact-check, a newsletter, an official
statement and an opinion column (2022-2025, 602-900 words each), 235 annotated figures. Written by
someone who had not seen the checker's rules and run once as a held-out set (first-run figures in
bench/README.md); the rules it exposed were then fixed in general form, so it is now a
development set.

Same semantics as bench/news_set.py: Fig(anchor, indicator, kind, verdict); the anchor occurs
once in its text; indicator None = reported without an indicator (unverifiable); ANY = not
asserted; verdict None = not asserted (the store has no figure for that period). Numbers not
annotated must not be reported. Expected verdicts were computed by hand from `usmx value` with the
tolerances of docs/claims.md (arithmetic in the comments); figures open to argument are marked
DEBATABLE, and so is the id of an article that holds any.
"""

from __future__ import annotations

from datetime import date

from news_set import (  # the indicator ids, named as in the sentence set
    ANY,
    BA,
    BP,
    CA,
    EX,
    FD,
    FD_SE,
    FE,
    FL,
    FS,
    HI,
    HO,
    IM,
    OD,
    OP,
    RE,
    RK,
    RO,
    SH,
    SW,
    SY,
    TR,
    Case,
    Fig,
)
from news_set import MXN_ENC as MXN

# ---------------------------------------------------------------------------------------------
# H01: long-form magazine feature on fentanyl and the border (published 2024-11-12)
H01_TEXT = """THE CROSSING

How a synthetic drug rewired the border, and why almost everyone gets its numbers wrong

By Teresa Aldana | Photographs by Marco Ruiz | November 12, 2024

NOGALES, Ariz. — At 6:40 on a Tuesday morning, the line of cars waiting to enter the United States at the DeConcini port of entry already stretched past the pharmacies on Calle Internacional. A 29-year-old officer, who asked that his name not be used, walked between the bumpers with a handheld density meter. "You learn to look at the driver before the car," he said. "The car will lie to you. The driver usually won't."

Most of the fentanyl that reaches American streets arrives this way: not through tunnels or across the open desert, but in the door panels, gas tanks and spare tires of ordinary vehicles, often driven by U.S. citizens. It is a fact that sits awkwardly with the politics of the moment, and it is one of several facts about this drug that people on every side get wrong.

I. The toll

Start with the dead. In 2022, 107,941 people died of drug overdoses in the United States, the highest annual total the Centers for Disease Control and Prevention has ever recorded. Synthetic opioids, overwhelmingly illicitly made fentanyl, were involved in roughly 76,000 of them.

Fentanyl's share of that toll has grown so quickly that politicians now blame nearly every overdose on it. "Fentanyl killed more than 105,000 Americans last year," a Senate candidate told a rally outside Dayton in August. It did not. The CDC's provisional count of deaths involving synthetic opioids in 2023 was about 74,700; the larger number is the count of all overdose deaths, including those caused by methamphetamine, cocaine and prescription pills.

Opioids of every kind, from oxycodone to heroin, were involved in about 81,000 deaths in 2023, a total that has barely moved in three years.

And there is, finally, some good news. Overdose deaths fell about 3 percent in 2023, and provisional data released this spring suggest a far steeper drop this year. Public-health officials, who spent a decade watching every line on every chart point upward, have started using words like "turning point." In a county health office in Phoenix, an epidemiologist pulled up a dashboard and traced a curve bending downward with her finger. "Ask me again in a year," she said.

II. The lab

The fentanyl on that Phoenix dashboard almost certainly began in Sinaloa. Chemists there buy precursor chemicals, mostly from suppliers in China and India, and turn them into powder in improvised labs that can be packed into a pickup in an hour. A kilo of powder can be pressed into as many as 1 million counterfeit pills, stamped to look like pharmacy oxycodone tablets marked M30. On the street in Phoenix, a pill sells for $5 to $10, less in bulk.

"We used to move it by the kilo. Now it's pills, and the pills are everywhere," said a former courier, now 41, who served six years in federal prison and agreed to talk on the condition that only his first name, Rubén, be used.

III. The border

On the U.S. side, the numbers tell a story of enforcement working harder every year. Customs and Border Protection seized 27,023 pounds of fentanyl in fiscal 2023, nearly doubling the 14,700 pounds it seized in fiscal 2022. That is about 74 pounds of the drug every day.

Last fiscal year the total fell to 21,889 pounds, the first annual decline since at least 2019. A Republican congressman said on television in the spring that seizures had risen twentyfold since fiscal 2019. They had not: between fiscal 2019 and the peak in fiscal 2023 they rose about tenfold, an enormous increase but nowhere near what he claimed.

Seizures are an imperfect gauge. "If we seize more, is that because more is coming, or because we got better at finding it?" asked a former Drug Enforcement Administration supervisor who spent 22 years in the agency's Phoenix division. Nobody can answer that with confidence. The agency says roughly 90 percent of the fentanyl it catches is found at ports of entry, and the U.S. Sentencing Commission reports that 86 percent of people sentenced for fentanyl trafficking in 2022 were U.S. citizens.

Migrants, for the most part, are not the couriers. Agents and officers logged about 2.5 million encounters at the southwest border in fiscal 2023, a record, but the people caught crossing between ports carry little of the fentanyl that is seized.

IV. The other side

In Mexico, the fentanyl trade is a war as much as a business. The country recorded nearly 30,000 homicide victims in 2023, according to the federal security secretariat, many of them casualties of feuds between the factions that produce the drug. Since the factions turned on each other in September, Culiacán has seen gun battles almost daily, and schools have closed for weeks at a time.

U.S. officials have estimated that criminal groups hold sway over roughly a third of all of Mexico's territory, an estimate that officials in Mexico City reject as an insult.

On the afternoon I left Nogales, the wait at DeConcini was 90 minutes. The officer with the density meter had checked, by his own count, 212 cars since dawn. He had found nothing. "Tomorrow," he said, and went back to the line.

This article appears in the December 2024 print edition.
"""

H01 = Case('AH01-magazine-fentanyl-debatable', date(2024, 11, 12), H01_TEXT, [
    Fig('107,941', OD, 'level', 'accurate'),      # 2022 107,941; record (2021 106,699)
    Fig('76,000', SY, 'level', 'accurate'),       # SY 2022 76,226 (2023 74,702 also within about)
    Fig('105,000', SY, 'level', 'wrong_measure'),  # last year=2023: SY 74,702 fails; OD 105,007 > 105,000, near
    Fig('74,700', SY, 'level', 'accurate'),       # 74,702
    Fig('81,000', OP, 'level', 'accurate'),       # 81,083
    Fig('3 percent', OD, 'change', 'accurate'),   # 105,007/107,941 = 0.973; about 0.97
    Fig('1 million', None, 'level', 'unverifiable'),
    Fig('$5 to $10', None, 'level', 'unverifiable'),  # one range claim (street price)
    Fig('27,023', FS, 'level', 'accurate'),
    Fig('doubling', FS, 'change', 'accurate'),    # 27,023/14,700 = 1.838; nearly 2 -> [1.8, 2.x]
    Fig('14,700', FS, 'level', 'accurate'),
    # DEBATABLE: "That is about 74 pounds ... every day" has no period of its own; a reader takes FY2023
    # (27,023/365 = 74.0). By the letter of the docs (rate with no period = latest month) -> no figure.
    Fig('74 pounds', FS, 'rate', 'accurate'),
    Fig('21,889', FS, 'level', 'accurate'),       # last fiscal year at 2024-11-12 = FY2024 21,889
    Fig('twentyfold', FS, 'change', 'overstated'),  # since FY2019: FY2024/FY2019 = 7.81 (FY2023: 9.64)
    Fig('tenfold', FS, 'change', 'accurate'),     # FY2023/FY2019 = 9.64; about 10
    Fig('90 percent', None, 'share', 'unverifiable'),
    Fig('86 percent', None, 'share', 'unverifiable'),
    Fig('2.5 million', SW, 'level', 'accurate'),  # FY2023 2,475,669; record
    Fig('30,000', HO, 'level', 'accurate'),       # 2023 29,714; nearly 30,000
    Fig('a third', CA, 'share', 'accurate'),      # 33.3 +-10% overlaps NORTHCOM 30-35 (2021-03)
    Fig('212 cars', None, 'level', 'unverifiable'),  # DEBATABLE: an anecdotal count; docs: unit noun -> claim
])

# ---------------------------------------------------------------------------------------------
# H02: regional U.S. newspaper story about a port of entry (published 2023-03-02)
H02_TEXT = """Laredo trade hits record as Mexico ties deepen; fentanyl, migrants test the port

By Ricardo Salinas, Staff Writer
Published March 2, 2023 | Updated 6:15 p.m.

LAREDO — On a busy day, as many as 16,000 commercial trucks rumble across the World Trade Bridge and the Colombia Solidarity Bridge, hauling auto parts, flat-screen televisions, avocados and beer between the two countries.

That traffic made Laredo the nation's busiest trade gateway again in 2022, with roughly $320 billion in goods passing through the port, according to an analysis of Census Bureau data by WorldCity, a Miami firm that tracks trade.

Nationally, U.S. goods trade with Mexico reached a record $779 billion in 2022, up about 18 percent from 2021, the Census Bureau reported last month. U.S. exports to Mexico totaled $324.2 billion, while imports from Mexico reached $454.9 billion, leaving a trade deficit of about $130 billion.

Mexico remained the second-largest U.S. trading partner last year, behind Canada and ahead of China.

"Mexico now accounts for nearly 20 percent of all U.S. goods trade, and most of it comes through Laredo," said Gabriela Montemayor, president of the Laredo Chamber of Commerce, at a luncheon Tuesday at the Laredo Country Club, 1415 Country Club Drive.

The boom has a cost. Trucks waited up to 12 hours to cross in April, when Gov. Greg Abbott ordered state troopers to re-inspect every commercial vehicle coming from Mexico. The Perryman Group, a Waco economic research firm, estimated that the inspections cost the Texas economy $4.2 billion over eight days.

Fentanyl

The same bridges are a route for fentanyl. At the Laredo port alone, officers seized more than 1,100 pounds of the drug in fiscal 2022, up from about 500 pounds the year before, according to CBP's field office here.

Nationwide, CBP seized nearly 15,000 pounds of fentanyl in fiscal 2022, a record.

"Every pound we stop at this bridge is a pound that doesn't reach a high school in San Antonio," said Port Director Alberto Flores, who has worked at the port for 19 years. The port runs 14 inbound cargo lanes and is adding X-ray scanners to all of them.

Migrants

Migration has strained the city as well. Border Patrol's Laredo Sector apprehended about 120,000 migrants in fiscal 2022, and the city's shelters have been full for months.

Along the entire southwest border, agents and officers recorded nearly 2.4 million encounters in fiscal 2022. "We saw 2.76 million illegal crossings on the southern border last year," Webb County Commissioner Rosa Garza told the luncheon, citing a figure that also includes encounters at the northern border and at airports.

Local business leaders say the trade numbers should keep climbing as companies move production from Asia to northern Mexico, a trend known as nearshoring. Nuevo León, just across the river, has announced more than $20 billion in new industrial projects since 2021, including a Tesla plant near Monterrey.

Not everyone is convinced the city is ready. Customs brokers on Santa Maria Avenue complain of staff shortages, and the Texas Department of Transportation has yet to finish widening the highway that feeds the World Trade Bridge. "We are a 20th-century port trying to handle 21st-century volumes," said one broker, who has filed paperwork for exporters since the 1990s.

City leaders are lobbying Austin and Washington for money to build a new span next to the World Trade Bridge, a project they say would cut wait times in half. The Federal Highway Administration has not yet said whether it will pay for the design study.

"If you want to see the future of U.S.-Mexico trade, come stand on this bridge at 5 a.m.," Montemayor said.

The Laredo Chamber of Commerce will host its annual Border Trade Summit on April 14 at Texas A&M International University. Tickets are $75; call 956-722-9895 for information.
"""

H02 = Case('AH02-regional-laredo-debatable', date(2023, 3, 2), H02_TEXT, [
    Fig('16,000', None, 'level', 'unverifiable'),   # trucks at two bridges
    Fig('$320 billion', None, 'level', 'unverifiable'),  # one port
    Fig('$779 billion', TR, 'level', 'accurate'),   # 2022 776.24bn; record
    Fig('18 percent', TR, 'change', 'accurate'),    # 776.24/659.76 = 1.177
    Fig('$324.2 billion', EX, 'level', 'accurate'),  # 324.21
    Fig('$454.9 billion', IM, 'level', 'accurate'),  # 452.03 (within 5%)
    Fig('$130 billion', BA, 'level', 'accurate'),   # -127.83
    Fig('second-largest', RK, 'rank', 'accurate'),  # 2022 rank 2
    Fig('20 percent', SH, 'share', 'overstated'),   # latest year 2022 14.63; nearly 20 -> [18, 20.x]
    Fig('$4.2 billion', None, 'level', 'unverifiable'),
    Fig('1,100', None, 'level', 'unverifiable'),    # one port ("At the Laredo port alone")
    Fig('500 pounds', None, 'level', 'unverifiable'),  # compared with the port figure
    Fig('15,000', FS, 'level', 'accurate'),         # FY2022 14,700; nearly; record
    Fig('120,000', None, 'level', 'unverifiable'),  # one sector
    Fig('2.4 million', SW, 'level', 'accurate'),    # FY2022 2,378,944; nearly
    Fig('2.76 million', SW, 'level', 'overstated'),  # last year -> FY2022 2,378,944 (CY2022 2,577,345 also fails)
    Fig('$20 billion', None, 'level', 'unverifiable'),  # announced projects
    Fig('$75', None, 'level', 'unverifiable'),      # ticket price
    # not reported: 6:15 p.m., 1415 Country Club Drive, up to 12 hours, eight days, 19 years,
    # DEBATABLE: "14 inbound cargo lanes" (infrastructure count; news_set n26 convention: not reported),
    # 20th-/21st-century, 1990s, 5 a.m., April 14, phone number
])

# ---------------------------------------------------------------------------------------------
# H03: Mexican business press (English) on remittances and the peso (published 2024-08-02)
H03_TEXT = """Remittances hit monthly record in June as 'super peso' loses its shine

Transfers from Mexicans abroad rebound after a weak May; analysts see slower growth ahead as the currency slides

Mexico City / August 2, 2024 / Economy

Remittances to Mexico reached 6,207 million dollars in June, the highest monthly amount since Banco de México (Banxico) began publishing the series in 1995, the central bank reported on Thursday.

The flow was up 11.1% from June 2023, when migrants sent 5,585 million dollars, reversing a decline in May.

In the first half of the year, remittances totaled 31,410 million dollars, 3.8% more than in the same period of 2023. In the first half, that works out to roughly 173 million dollars a day flowing into Mexican households. Over the 12 months to June, inflows reached a record 64,318 million dollars.

The numbers confirm that remittances remain one of Mexico's most important sources of foreign currency, larger than tourism revenue and far larger than oil exports. Mexico is the world's second-largest recipient after India, according to the World Bank.

The average remittance in June was 393 dollars, and the number of transactions rose 9.5% to 15.8 million, Banxico said.

A record run

Remittances have grown strongly since the pandemic. They jumped 27.1% in 2021 and 12.1% in 2022, and in 2023 Mexico received a record 63,313 million dollars.

"Politicians like to say remittances have more than tripled since 2015," said Alejandra Ruiz, chief economist at a Monterrey brokerage. "The real increase is big, but it is not that big."

Remittances sent from Mexico to other countries, mainly the United States and Guatemala, rose 22% in 2023 to 1,076 million dollars.

The peso

The currency story has turned. The peso, which traded as strong as 16.26 per dollar in April and earned the nickname "super peso," has lost about 12% since the June 2 election, closing Thursday at 18.62 pesos per dollar.

"The June number was flattered by calendar effects and by families asking for help with school costs before the new term," Ruiz said. "I would not read it as the start of a new boom."

Other analysts agreed. Transfer companies report that customers in Texas and California have become more cautious since the start of the U.S. election campaign, and that some workers are saving more in the United States rather than sending it home. A small but growing share of transfers now arrives through mobile wallets rather than cash pickup, which lowers fees for families.

For households in states such as Michoacán, Guerrero and Oaxaca, the money is not a macroeconomic abstraction. It pays for food, medicine, school uniforms and the cinder-block rooms that are added, one at a time, to homes in towns emptied by migration.

A weaker peso means each dollar sent home buys more in Mexico, which could encourage transfers in the second half. But analysts warn that the U.S. labor market is cooling, particularly in construction, where many Mexican migrants work.

BBVA Research expects remittances to reach about 65 billion dollars this year, which would be a new high, though it cut its forecast for growth to 2.5% from 4%.

Banxico, for its part, cut its benchmark interest rate by a quarter point to 10.75% in March and held it there in June. The board meets again on August 8.

By state, Michoacán led with 2,950 million dollars in the first half, followed by Guanajuato and Jalisco. Together the three states took in about a quarter of the national total.

Economists also note that remittances are equivalent to about 4% of Mexico's GDP, and to more than 20% of household income in some rural municipalities of Zacatecas and Oaxaca.

Banxico will publish July figures on September 2 at 9:00 a.m. local time.
"""

H03 = Case('AH03-bizpress-remittances-debatable', date(2024, 8, 2), H03_TEXT, [
    Fig('6,207 million', RE, 'level', 'accurate'),   # June 2024 6.226bn; highest month on record
    Fig('11.1%', RE, 'change', 'accurate'),          # 6.226/5.584 = 1.115
    Fig('5,585 million', RE, 'level', 'accurate'),   # June 2023 5.584bn
    Fig('31,410 million', RE, 'level', 'accurate'),  # H1 2024 31.41bn
    Fig('3.8%', RE, 'change', 'accurate'),           # 31.41/30.24 = 1.039
    Fig('173 million', RE, 'rate', 'accurate'),      # H1 2024 31.41bn/182 = 172.6m
    Fig('64,318 million', RE, 'level', 'accurate'),  # 12m to Jun 2024 64.49bn; record
    Fig('second-largest', None, 'rank', 'unverifiable'),
    Fig('393 dollars', None, 'rate', 'unverifiable'),  # average per transfer
    Fig('9.5%', None, 'change', 'unverifiable'),     # number of transactions
    Fig('15.8 million', None, 'level', 'unverifiable'),
    Fig('27.1%', RE, 'change', 'accurate'),          # 52.52/41.70 = 1.259; 1.271 +-5%
    Fig('12.1%', RE, 'change', 'accurate'),          # 58.87/52.52 = 1.121
    Fig('63,313 million', RE, 'level', 'accurate'),  # 63.32bn; record
    Fig('tripled', RE, 'change', 'overstated'),      # since 2015 -> 2023: 63.32/25.38 = 2.49, not > 3
    Fig('22%', RO, 'change', 'accurate'),            # 1.0764/0.8834 = 1.219
    Fig('1,076 million', RO, 'level', 'accurate'),   # 1.0764bn
    Fig('16.26', None, 'rate', 'unverifiable'),      # DEBATABLE: exchange rate; kind unclear (rate "per dollar"?)
    Fig('about 12%', None, 'change', 'unverifiable'),  # peso depreciation
    Fig('18.62', None, 'rate', 'unverifiable'),      # DEBATABLE: as 16.26
    Fig('65 billion', ANY, 'level', 'unverifiable'),  # forecast
    Fig('2.5%', ANY, 'change', 'unverifiable'),      # forecast
    Fig('from 4%', ANY, 'change', 'unverifiable'),   # forecast
    Fig('10.75%', None, 'share', 'unverifiable'),    # DEBATABLE: an interest rate; kind share?
    Fig('2,950 million', None, 'level', 'unverifiable'),  # one state
    Fig('a quarter of', None, 'share', 'unverifiable'),
    Fig('4% of Mexico', None, 'share', 'unverifiable'),
    Fig('20% of household', None, 'share', 'unverifiable'),
    # not reported: 1995, June 2 election, "a quarter point", August 8, September 2, 9:00 a.m.
])

# ---------------------------------------------------------------------------------------------
# H04: congressional hearing write-up (published 2023-04-19)
H04_TEXT = """House panel spars over border numbers as fentanyl dominates hearing

Lawmakers from both parties traded statistics for hours. Not all of them held up.

By Dana Whitfield, Capitol Bureau
April 19, 2023

WASHINGTON — Members of the House Homeland Security Committee clashed for nearly five hours Tuesday in Room 310 of the Cannon House Office Building over the state of the southern border, with the acting commissioner of U.S. Customs and Border Protection fielding questions about migrants, drugs and a budget request that Republicans say falls short.

The committee chairman opened with a statement that set the tone. "Last fiscal year, Customs and Border Protection encountered more than 2.3 million migrants at the southwest border, the most in the history of this country," he said. "That is about 6,500 encounters a day."

He added: "Fentanyl killed 110,000 Americans last year."

The Democratic ranking member countered that enforcement at ports of entry was working. "CBP stopped 14,700 pounds of fentanyl in fiscal year 2022, more than triple what it seized in fiscal year 2020," she said. "Ninety percent of it was caught at ports of entry, by officers, using technology this Congress paid for."

Testimony

The acting commissioner told the panel that Border Patrol apprehensions between ports of entry totaled 2.2 million in fiscal 2022 and that encounters of Mexican nationals were roughly 800,000, more than any other nationality. He said encounters in March were down sharply from the record set in December.

Asked to be specific, he said March encounters were about 191,900, roughly 24 percent below December's 252,300.

Rep. Wade Tillman (R-Tenn.) was unmoved. "The cartels now control 40 percent of Mexico. Forty percent. Our neighbor is becoming a narco-state."

Rep. Elena Cárdenas (D-Texas), whose district includes part of El Paso, urged caution. "Mexico is our No. 2 trading partner, with more than $775 billion in trade last year. We cannot treat it as an enemy."

A Republican from Arizona said more than 5.5 million people had crossed the southern border illegally since President Biden took office, and that 1.2 million "gotaways" had evaded agents entirely.

Another member noted that Mexico's homicides fell roughly 7 percent last year but said violence in border states such as Tamaulipas remained "unacceptable." A colleague added that synthetic opioids were involved in more than two-thirds of the country's overdose deaths in 2021.

Money

Much of the hearing turned on money. The administration's fiscal 2024 budget request includes $535 million for new scanning technology at ports of entry and would pay for 350 additional Border Patrol agents. Republicans want to go further: H.R. 2, the Secure the Border Act, would add 22,000 agents and restart construction of the wall.

The exchanges grew testy at times. When a Republican member pressed the acting commissioner on why agents were releasing migrants into the interior, he replied that detention space was set by Congress and that the agency could hold people only as long as the law allowed. Democrats, for their part, pointed to staffing shortages at ports of entry, where they said more officers and scanners would do more to stop fentanyl than a wall. Outside the hearing room, advocates for asylum seekers held hand-lettered signs.

The committee advanced the bill's border provisions later in the week on a 19-14 party-line vote.

Several witnesses urged lawmakers to look past the topline numbers. "An encounter is an event, not a person," said a researcher from the Migration Policy Institute, who testified on the second panel. "When people are expelled under Title 42 and try again, we count them twice."

The hearing, the committee's third on the border this year, ended shortly after 3 p.m. The acting commissioner is scheduled to testify before the Senate Judiciary Committee on May 10.
"""

H04 = Case('AH04-hearing-debatable', date(2023, 4, 19), H04_TEXT, [
    Fig('2.3 million', SW, 'level', 'accurate'),     # last FY = FY2022 2,378,944 > 2.3M; record
    Fig('6,500', SW, 'rate', 'accurate'),            # latest month Mar 2023 6,234/day or FY2022 6,518/day
    Fig('110,000', SY, 'level', 'wrong_measure'),    # 2022: SY 76,226 fails; OD 107,941 within 5%
    Fig('14,700', FS, 'level', 'accurate'),
    Fig('triple', FS, 'change', 'accurate'),         # 14,700/4,776 = 3.08 > 3
    Fig('Ninety percent', 'cbp_fentanyl_seizures_ofo', 'share', 'overstated'),  # 12,493 of 14,700 lb: 85.0%
    Fig('2.2 million', BP, 'level', 'accurate'),     # FY2022 2,206,436
    Fig('800,000', MXN, 'level', 'accurate'),        # FY2022 808,339
    Fig('191,900', SW, 'level', 'accurate'),         # Mar 2023 193,256
    # DEBATABLE: change between two named months (Mar 2023 vs Dec 2022): 193,256/252,320 = 0.766
    Fig('24 percent', SW, 'change', 'accurate'),
    Fig('252,300', SW, 'level', 'accurate'),         # Dec 2022 252,320
    Fig('40 percent', CA, 'share', 'overstated'),    # 40 +-2 vs 30-35 (latest estimate 2021-03)
    Fig('Forty percent', CA, 'share', 'overstated'),  # DEBATABLE: the repeated fragment, in words
    Fig('No. 2', RK, 'rank', 'accurate'),            # 2022 rank 2
    Fig('$775 billion', TR, 'level', 'accurate'),    # 2022 776.24 > 775
    Fig('5.5 million', ANY, 'level', 'unverifiable'),  # term of office
    Fig('1.2 million', None, 'level', 'unverifiable'),  # gotaways
    Fig('7 percent', HO, 'change', 'accurate'),      # 2022: 30,978/33,361 = 0.929
    # share of a count: 2021 synthetic opioids 70,601 of 106,699 overdose deaths = 66.2%, not > 66.7%
    Fig('two-thirds', SY, 'share', 'overstated'),
    Fig('$535 million', None, 'level', 'unverifiable'),
    Fig('350', None, 'level', 'unverifiable'),
    Fig('22,000', None, 'level', 'unverifiable'),
    # not reported: Room 310, nearly five hours, H.R. 2, DEBATABLE 19-14 vote (news_set n04), Title 42,
    # 3 p.m., May 10
])

# ---------------------------------------------------------------------------------------------
# H05: think-tank explainer on nearshoring and FDI with a data box (published 2025-05-20)
H05_TEXT = """Explainer: Is nearshoring real? What the investment and trade data show

Americas Trade Program | May 20, 2025 | 9 min read

Announcements of new factories in northern Mexico have outpaced the investment that shows up in official statistics. Trade, not capital, is where the shift toward Mexico is clearest. This explainer walks through the numbers and what they can and cannot tell us.

1. What is nearshoring?

Nearshoring is the relocation of production closer to the final market. For U.S. companies that means Mexico, which offers a free-trade agreement, a long land border and an industrial base that already supplies much of the North American auto industry. The idea gained momentum after the pandemic snarled shipping from Asia and after the first Trump administration put tariffs on hundreds of billions of dollars of Chinese goods.

2. Has investment surged?

Less than the headlines suggest. Net inflows of foreign direct investment, as measured in the balance of payments, were $31 billion in 2023, below the 2022 level, before jumping about 46 percent in 2024.

Net inflows reached an all-time high of $45.3bn in 2024, according to the World Bank's figures.

Mexico's Economy Ministry, which tallies investment notifications, reported a preliminary $36.9 billion for 2024. The two series differ because the ministry counts notified investment rather than balance-of-payments flows. Half of the 2024 total, or more, came from reinvested earnings of companies already in Mexico rather than new money.

Announced projects tell a rosier story. The Mexican government says companies announced some $110 billion in nearshoring investments in 2023, including a $5 billion electric-vehicle plant in Nuevo León that has since been shelved.

DATA BOX: Foreign direct investment into Mexico
Net inflows, balance of payments, current U.S. dollars (World Bank)
2019: $29.9 billion
2020: $31.5 billion
2021: $35.5 billion
2022: $39.1 billion
2023: $31.0 billion
2024: $45.3 billion
Mexico's share of FDI into Latin America and the Caribbean, 2024: 16.2%

3. Where does Mexico stand in the region?

Mexico's share of foreign direct investment into Latin America and the Caribbean recovered to about 16 percent in 2024 from 14.4 percent in 2023, though it remains below the 20.6 percent it reached in 2020. Brazil took the largest share.

4. Is trade shifting?

Here the evidence is clearer. Two-way goods trade between the United States and Mexico reached $797.96 billion in 2023, more than U.S. trade with any other country. Mexico's share of total U.S. goods trade rose from 14.8 percent in 2019 to 15.7 percent in 2023, while China's share fell to about 11 percent.

U.S. imports from Mexico rose by a third between 2019 and 2023. Some of that growth reflects Chinese firms assembling goods in Mexico to reach the U.S. market, which is one reason Washington now wants tighter rules of origin.

Supporters of the agreement often say Mexico's exports to the United States have doubled since 2020. They have not: the increase through 2023 was closer to half.

5. What could go wrong?

Three things. First, power: Mexico's grid operator says the north will need roughly 10 gigawatts of new generating capacity by 2030. Second, water: several industrial parks in Nuevo León rationed supply during the 2022 drought. Third, policy: the 25 percent tariffs the United States imposed in March on goods that do not qualify under the USMCA have made companies wary.

Labor costs remain an advantage: manufacturing wages in Mexico average about $4.90 an hour, a fraction of U.S. levels.

6. What to watch

The USMCA's first joint review is due in July 2026. A decision by the three governments to extend the agreement would give investors the certainty that the announcements above have so far lacked.

Sources: World Bank, World Development Indicators (series BX.KLT.DINV.CD.WD); U.S. Census Bureau, FT-900; Secretaría de Economía. Figures may not sum because of rounding.
"""

H05 = Case('AH05-thinktank-fdi-debatable', date(2025, 5, 20), H05_TEXT, [
    Fig('hundreds of billions', None, 'level', 'unverifiable'),  # object of tariffs
    Fig('$31 billion', FD, 'level', 'accurate'),      # 2023 31.02
    Fig('46 percent', FD, 'change', 'accurate'),      # 45.33/31.02 = 1.461
    Fig('$45.3bn', FD, 'level', 'overstated'),        # value right, but not a record (2013: 50.93bn)
    # the Economy Ministry's own (notification) figure: SE 2024 37.89bn (2025-08 release), within 5%
    Fig('$36.9 billion', FD_SE, 'level', 'accurate'),
    Fig('Half of', None, 'share', 'unverifiable'),    # share of the FDI total: no share measure
    Fig('$110 billion', None, 'level', 'unverifiable'),  # announced projects
    Fig('$5 billion', None, 'level', 'unverifiable'),  # a plant
    Fig('$29.9 billion', FD, 'level', 'accurate'),    # 29.95
    Fig('$31.5 billion', FD, 'level', 'accurate'),    # 31.54
    Fig('$35.5 billion', FD, 'level', 'accurate'),    # 35.52
    Fig('$39.1 billion', FD, 'level', 'accurate'),    # 39.07
    Fig('$31.0 billion', FD, 'level', 'accurate'),    # 31.02
    Fig('$45.3 billion', FD, 'level', 'accurate'),    # 45.33
    Fig('16.2%', FL, 'share', 'accurate'),            # 16.22
    Fig('about 16 percent', FL, 'share', 'accurate'),
    Fig('14.4 percent', FL, 'share', 'accurate'),     # 14.37
    Fig('20.6 percent', FL, 'share', 'accurate'),     # 20.59 (no record claimed)
    Fig('$797.96 billion', TR, 'level', 'accurate'),
    Fig('14.8 percent', SH, 'share', 'accurate'),     # 2019 14.81
    Fig('15.7 percent', SH, 'share', 'accurate'),     # 2023 15.65
    Fig('about 11 percent', None, 'share', 'unverifiable'),  # China's share
    # DEBATABLE: "rose by a third" - a fraction without "of" (docs: not a claim unless hyphenated);
    # as a change it is right: 475.22/356.09 = 1.335
    Fig('a third', IM, 'change', 'accurate'),
    Fig('doubled', IM, 'change', 'overstated'),       # since 2020 -> 2024 has no full year -> 2023: 1.469
    Fig('10 gigawatts', None, 'level', 'unverifiable'),
    Fig('25 percent', None, 'share', 'unverifiable'),  # tariff rate
    Fig('$4.90', None, 'rate', 'unverifiable'),       # DEBATABLE: kind of a wage "an hour" (rate or level)
    Fig('2026', None, 'event_date', 'unverifiable'),  # scheduled review
    # not reported: 9 min read, section numbers 1.-6., Three things, by 2030, 2022 drought, FT-900
])

# ---------------------------------------------------------------------------------------------
# H06: human-rights NGO report summary (published 2024-03-08)
H06_TEXT = """'Counted, Not Protected': Violence against women and the crisis of the disappeared in Mexico

Summary of findings | Published 8 March 2024 | Full report: 64 pages, in Spanish and English

Introduction

This summary presents the main findings of our annual report on lethal violence and disappearances in Mexico. It draws on official data from the Executive Secretariat of the National Public Security System (SESNSP), the National Institute of Statistics and Geography (INEGI) and the National Registry of Disappeared and Missing Persons, and on interviews with the families of victims in several states.

Key findings

- Mexican authorities recorded just under 30,000 victims of intentional homicide in 2023, a decline of about 4 percent from 2022.
- The official count of feminicide victims, women killed because of their gender, stood at 827 in 2023, down from 968 in 2022.
- Feminicides rose 138 percent between 2015 and 2021, when they peaked.
- More than 114,000 people are registered as disappeared or missing.

Lethal violence

The decline in homicides is real but modest. The federal government says homicides have fallen 20 percent since 2019; by the SESNSP's own count, the drop through 2023 was closer to 14 percent.

INEGI's death-certificate data, generally considered more complete, counted 33,287 homicides in 2022. Its count reached the highest level on record, 36,773, in 2020.

Claims that homicides "have topped 35,000 every year since 2018," repeated often in the U.S. Congress, do not hold on either count.

Women and girls made up about 11 percent of all homicide victims in 2023. On average, 10 women were murdered every day, a figure that includes feminicides and other intentional homicides of women.

Feminicide is the narrower legal category, and its use varies widely between states. More than 3,000 women were victims of feminicide in 2023, according to a statement by a federal legislator that our researchers could not reconcile with any official source.

The national homicide rate stood at 23 per 100,000 inhabitants in 2023. In Guanajuato alone, nearly 2,900 people were murdered that year, more than in any other state.

Disappearances

Most of the people in the National Registry vanished after 2006, when the federal government deployed the army against the cartels. About a quarter of them are women and girls, and the share of women among the newly disappeared has grown since 2020.

Families carry out much of the search themselves. Our researchers accompanied collectives in Sonora, Jalisco and Veracruz that have found hundreds of clandestine graves. Nearly a decade after the disappearance of the 43 students of the Ayotzinapa teachers' college, that case, too, remains unresolved.

"They told me to wait 72 hours before reporting her missing. By then she was gone," said the mother of a young woman who disappeared in Irapuato in 2021. Like many of the families we interviewed, she has learned to read forensic reports, to petition prosecutors and to dig.

Methodology

Homicide figures are victims of intentional homicide as recorded in investigation files opened by state prosecutors and compiled by the SESNSP; they are preliminary and are usually revised upward. INEGI's figures come from death certificates and are published the following year. Feminicide figures depend on how each state prosecutor classifies a killing, which is why the murder of a woman may count as a feminicide in one state and as a homicide in the next. The Registry's figures are a running total and include cases dating back to the 1960s.

Recommendations

1. Publish homicide and disappearance data broken down by sex, age and municipality every month.
2. Fund state forensic services, which hold more than 52,000 unidentified bodies.
3. Create a national feminicide protocol binding on all 32 state prosecutors' offices.

The full report, including state-by-state tables on pages 21 to 48, is available on our website. Media inquiries: +52 55 5211 0934, Monday to Friday, 9 a.m. to 6 p.m.
"""

H06 = Case('AH06-ngo-violence-debatable', date(2024, 3, 8), H06_TEXT, [
    Fig('30,000', HO, 'level', 'accurate'),          # 2023 29,714; just under (nearly)
    Fig('about 4 percent', HO, 'change', 'accurate'),  # 29,714/30,978 = 0.959
    Fig('827', FE, 'level', 'accurate'),             # 2023 853; within 5% of 827 (868)
    Fig('968', FE, 'level', 'accurate'),             # 2022 981
    Fig('138 percent', FE, 'change', 'accurate'),    # 1,019/428 = 2.381
    Fig('114,000', None, 'level', 'unverifiable'),   # missing persons
    Fig('20 percent', HO, 'change', 'overstated'),   # since 2019 -> 2023: 29,714/34,723 = 0.856 vs 0.80 +-0.04
    # DEBATABLE: "the drop through 2023" - meant since 2019 (0.856 vs 0.86: accurate); read as 2023 vs 2022
    # (0.959) it would overstate the fall.
    Fig('14 percent', HO, 'change', 'accurate'),
    Fig('33,287', HI, 'level', 'accurate'),
    Fig('36,773', HI, 'level', 'accurate'),          # 2020; highest since 1990 -> record holds
    Fig('35,000', HO, 'level', 'overstated'),        # 2018-2023 each < 35,000 (INEGI fails 2022-23 too)
    Fig('11 percent', None, 'share', 'unverifiable'),
    Fig('10 women', None, 'rate', 'unverifiable'),   # DEBATABLE: women killed (not feminicides) - no measure
    Fig('3,000', FE, 'level', 'overstated'),         # 2023 853; HO 29,714 not near
    Fig('23 per', None, 'rate', 'unverifiable'),
    Fig('2,900', None, 'level', 'unverifiable'),     # one state
    Fig('About a quarter', None, 'share', 'unverifiable'),
    Fig('hundreds of', None, 'level', 'unverifiable'),  # vague magnitude of graves
    Fig('43 students', None, 'level', 'unverifiable'),  # DEBATABLE: a named group; docs: unit noun -> claim
    Fig('52,000', None, 'level', 'unverifiable'),
    # not reported: 8 March 2024, 64 pages, 2006, 2020, list markers, DEBATABLE "all 32 state
    # prosecutors' offices" (a count of institutions, cf. n26), pages 21 to 48, phone, 9 a.m. to 6 p.m.
])

# ---------------------------------------------------------------------------------------------
# H07: campaign fact-check on border claims (published 2022-10-28)
H07_TEXT = """Fact-check: What the Arizona Senate candidates get wrong (and right) about the border

By the Fact-Check Desk | October 28, 2022

Immigration has been a central issue in Arizona's Senate race, and both campaigns have leaned on border statistics in ads, debates and stump speeches. We checked several of their claims against data from U.S. Customs and Border Protection (CBP), the Centers for Disease Control and Prevention and the Census Bureau.

CLAIM: "Under Joe Biden, more than 4 million illegal immigrants have poured across our border."
Source: Republican campaign ad, Oct. 11

RATING: Misleading

CBP recorded 2,378,944 encounters at the southwest border in fiscal 2022, which ended Sept. 30, up from 1.73 million in fiscal 2021, an increase of 37 percent. Together that is about 4.1 million encounters since October 2020, so the number in the ad is close to the official count.

But encounters are not people. Under Title 42, many migrants were expelled and tried again; CBP says roughly a quarter of encounters in fiscal 2022 involved someone who had been caught at least once before in the previous 12 months. Border Patrol agents apprehended 1.66 million migrants between ports of entry in fiscal 2021 and 2.21 million in fiscal 2022.

CLAIM: "Fentanyl deaths have doubled since Biden took office."
Source: Republican candidate, debate, Oct. 6

RATING: False

Deaths involving synthetic opioids, mostly fentanyl, rose from about 36,400 in 2019 to nearly 71,000 in 2021, according to the CDC. Most of that increase came in 2020, before Biden was inaugurated in January 2021. Provisional data show the toll leveling off this year.
Public-health researchers attribute the rise mainly to the spread of illicit fentanyl through the drug supply and to disruptions in treatment during the pandemic, not to border policy.

CLAIM: "Fentanyl seizures at the border are at record highs because of investments we made."
Source: Democratic incumbent, campaign mailer

RATING: Half true

CBP seized a record 14,700 pounds of fentanyl in fiscal 2022, up from about 11,200 pounds in fiscal 2021. The technology funding he cites, however, was mostly approved in 2019, before he took office.

CLAIM: "In August alone, agents caught more than 7,000 people a day."
Source: Republican candidate, Fox News interview, Sept. 14

RATING: False

CBP recorded 204,087 encounters at the southwest border in August, or about 6,600 a day. Border Patrol apprehensions alone were lower.

CLAIM: "Mexico is now America's largest trading partner."
Source: Democratic incumbent, Tucson Chamber of Commerce, Oct. 3

RATING: Mostly false

Not in 2021, the latest full year of data: Mexico ranked second among U.S. trading partners, behind Canada, with about $661 billion in two-way goods trade. Mexico did briefly rank first in 2019, and it has been the top partner in several months this year.

The bottom line

Arizona's own stake in the question is large. The state exported about $9.8 billion in goods to Mexico last year, more than to any other foreign market, according to the Arizona-Mexico Commission.

A poll released this week by a Phoenix firm found 58 percent of likely Arizona voters call the situation at the border a crisis.

How we rate claims

We compare each statement with the most recent official data available when it was made, and we ask the campaigns for their sources. The Republican campaign pointed us to a news release from a congressional committee; the Democratic campaign did not respond to requests for comment on the trade claim. Encounter data count events at the border, not unique individuals, and CBP revises its monthly figures as records are updated. Trade figures are for goods only and are not adjusted for inflation.

Have a claim you'd like us to check? Email the desk or call 602-444-8000. Early voting ends Nov. 4; Election Day is Nov. 8.
"""

H07 = Case('AH07-factcheck-arizona-debatable', date(2022, 10, 28), H07_TEXT, [
    Fig('4 million', ANY, 'level', 'unverifiable'),  # term of office
    Fig('2,378,944', SW, 'level', 'accurate'),
    Fig('1.73 million', SW, 'level', 'accurate'),    # FY2021 1,734,686
    Fig('37 percent', SW, 'change', 'accurate'),     # 2,378,944/1,734,686 = 1.371
    Fig('4.1 million', SW, 'level', 'accurate'),     # since Oct 2020 = FY2021+FY2022 = 4,113,630
    Fig('a quarter of', None, 'share', 'unverifiable'),  # repeat crossers
    Fig('1.66 million', BP, 'level', 'accurate'),    # FY2021 1,659,206
    Fig('2.21 million', BP, 'level', 'accurate'),    # FY2022 2,206,436
    Fig('doubled', SY, 'change', 'unverifiable'),    # term of office: no period
    Fig('36,400', SY, 'level', 'accurate'),          # 36,359
    Fig('71,000', SY, 'level', 'accurate'),          # 70,601; nearly
    Fig('14,700', FS, 'level', 'accurate'),          # FY2022; record
    Fig('11,200', FS, 'level', 'accurate'),          # FY2021 11,201
    # DEBATABLE: "agents caught ... people a day" names no measure in its own words; the fact-check
    # compares with encounters (Aug 2022 204,087/31 = 6,583/day); BP Aug 2022 181,774/31 = 5,864 fails too.
    Fig('7,000', SW, 'rate', 'overstated'),
    Fig('204,087', SW, 'level', 'accurate'),         # Aug 2022
    Fig('6,600', SW, 'rate', 'accurate'),            # 6,583/day
    Fig('largest', RK, 'rank', 'overstated'),        # latest full year 2021: rank 2
    Fig('second', RK, 'rank', 'accurate'),           # 2021 rank 2
    Fig('$661 billion', TR, 'level', 'accurate'),    # 2021 659.76
    Fig('rank first', RK, 'rank', 'accurate'),       # 2019 rank 1
    Fig('top partner', RK, 'rank', None),            # months of 2022: no monthly rank
    Fig('$9.8 billion', None, 'level', 'unverifiable'),  # one state's exports
    Fig('58 percent', None, 'share', 'unverifiable'),  # poll
    # not reported: Oct. 11, Sept. 30, Oct. 6, Title 42, "at least once", 12 months, January 2021,
    # 2019, Sept. 14, Oct. 3, phone number, Nov. 4, Nov. 8
])

# ---------------------------------------------------------------------------------------------
# H08: economics newsletter on trade with Mexico vs China and Canada (published 2024-02-12)
H08_TEXT = """The Border Ledger | Issue No. 87

Mexico passes China. Does it matter?

February 12, 2024

Hi all,

Last Wednesday's Census release confirmed what the monthly numbers had hinted at all year: in 2023, Mexico became the largest source of U.S. imports for the first time in more than two decades. Here's what happened, and why I think the headline overstates the shift.

The headline numbers

Imports from Mexico hit $475.6 billion in 2023, versus $427.2 billion from China and $421.1 billion from Canada. Imports from China fell 20% as tariffs, a weaker Chinese economy and "de-risking" took their toll.

Counting both directions, trade with Mexico came to $798 billion, ahead of Canada ($782 billion) and China ($575 billion). Mexico ranked first among U.S. trading partners in 2023, up from second in 2022.

Exports to Mexico dipped 0.5% to $322.7 billion, but the goods deficit with Mexico widened to a record $152.4 billion, up from $118 billion in 2022.

Mexico's share of total U.S. goods trade rose to 15.7% in 2023 from 13.2% a year earlier. Canada's share was 15.4% and China's 10.9%.

The long view

Here is two-way goods trade with Mexico over the past five years:

2019: $614.5 billion
2020: $583.1 billion
2021: $661.2 billion
2022: $779.3 billion
2023: $798.0 billion

In December alone, two-way trade with Mexico was $60.5 billion. Americans bought about $1.3 billion of Mexican goods a day last year.

Why I'm skeptical

"Mexico has been our number one trading partner every year since 2019," a senator said on a Sunday show last week. Not so: Mexico ranked first in 2019 and 2023, but Canada held the top spot in the years between.

More important, a good share of the "Mexican" imports are Chinese, Korean or Japanese components assembled in Mexico. Chinese foreign direct investment into Mexico remains small, but Chinese firms' announced projects there totaled about $12 billion since 2020, by one count.

And there is a U.S. content story: roughly 40% of the value of Mexican imports is American-made, compared with about 4% for Chinese imports, according to a much-cited NBER estimate.

Tariffs are the wild card. Section 301 tariffs of 7.5% to 25% still apply to about two-thirds of imports from China, and a second Trump administration has floated a 60% rate.

Rankings are fun, but they hide the more interesting story, which is about what is being traded. Mexico's exports to the United States are dominated by vehicles, auto parts, computers and electrical equipment, and much of that trade happens inside the same company, with parts shipped back and forth across the border before a finished car rolls off the line. That is why tariffs on Mexico hurt U.S. manufacturers almost as much as they hurt Mexican ones.

China's decline, meanwhile, is partly an illusion. Some of the goods that used to arrive directly from Chinese factories now arrive via Vietnam, Taiwan or Mexico, after a final stage of assembly or, in some cases, little more than a change of label. Customs has stepped up enforcement against transshipment, but it is hard to police.

What I'm reading: a new paper from the Federal Reserve Bank of Dallas on the border economy, a long piece on the Monterrey industrial boom, and a thread by a customs broker in Laredo on why the lines at the bridges keep getting longer.
As always, corrections and complaints are welcome.

Housekeeping

Paid subscribers get the full data appendix and the monthly chart pack. It's $8 a month; reply to this email or write to The Border Ledger, 1150 17th Street NW, Suite 600, Washington, DC 20036.

Next issue: Feb. 26, after the January trade release.
"""

H08 = Case('AH08-newsletter-trade-debatable', date(2024, 2, 12), H08_TEXT, [
    Fig('largest', 'mx_rank_us_import_source', 'rank', 'accurate'),  # 2023 first among import sources (cf. t19)
    Fig('$475.6 billion', IM, 'level', 'accurate'),  # 475.22
    Fig('$427.2 billion', None, 'level', 'unverifiable'),
    Fig('$421.1 billion', None, 'level', 'unverifiable'),
    Fig('20%', None, 'change', 'unverifiable'),      # imports from China
    Fig('$798 billion', TR, 'level', 'accurate'),
    Fig('$782 billion', None, 'level', 'unverifiable'),
    Fig('$575 billion', None, 'level', 'unverifiable'),
    Fig('first among', RK, 'rank', 'accurate'),      # 2023 rank 1
    Fig('second in 2022', RK, 'rank', 'accurate'),   # 2022 rank 2
    Fig('0.5%', EX, 'change', 'accurate'),           # 322.74/324.21 = 0.9955
    Fig('$322.7 billion', EX, 'level', 'accurate'),
    Fig('$152.4 billion', BA, 'level', 'accurate'),  # -152.47; record
    Fig('$118 billion', BA, 'level', 'understated'),  # 2022 -127.83; 118*1.05 = 123.9 < 127.8
    Fig('15.7%', SH, 'share', 'accurate'),
    Fig('13.2%', SH, 'share', 'understated'),        # 2022 14.63; 13.2*1.05 = 13.86
    Fig('15.4%', None, 'share', 'unverifiable'),     # Canada's share
    Fig('10.9%', None, 'share', 'unverifiable'),     # China's share
    Fig('$614.5 billion', TR, 'level', 'accurate'),  # 2019 612.77
    Fig('$583.1 billion', TR, 'level', 'overstated'),  # 2020 535.99; 583.1*0.95 = 554 > 536
    Fig('$661.2 billion', TR, 'level', 'accurate'),  # 2021 659.76
    Fig('$779.3 billion', TR, 'level', 'accurate'),  # 2022 776.24
    Fig('$798.0 billion', TR, 'level', 'accurate'),  # 2023 797.96
    Fig('$60.5 billion', TR, 'level', 'accurate'),   # Dec 2023 60.45
    Fig('$1.3 billion', IM, 'rate', 'accurate'),     # 2023 475.22/365 = 1.302bn a day
    Fig('number one', RK, 'rank', 'overstated'),     # each year 2019-2023: 2020-2022 rank 2
    Fig('first in 2019', RK, 'rank', 'accurate'),    # 2019 and 2023 rank 1
    Fig('top spot', None, 'rank', 'unverifiable'),   # DEBATABLE: Canada's rank (t09 convention: reported)
    Fig('$12 billion', None, 'level', 'unverifiable'),  # announced projects
    Fig('roughly 40%', None, 'share', 'unverifiable'),
    Fig('about 4%', None, 'share', 'unverifiable'),
    Fig('7.5%', None, 'share', 'unverifiable'),      # one range "7.5% to 25%"
    Fig('two-thirds', None, 'share', 'unverifiable'),
    Fig('60%', None, 'share', 'unverifiable'),
    Fig('$8', None, 'rate', 'unverifiable'),         # subscription price a month
    # not reported: Issue No. 87, February 12, 2024, "more than two decades", the year labels of the
    # table, 1150 17th Street NW, Suite 600, DC 20036, Feb. 26
])

# ---------------------------------------------------------------------------------------------
# H09: Mexican government statement after a bilateral meeting (published 2023-10-05)
H09_TEXT = """Secretaría de Relaciones Exteriores | Press Release 412

Mexico and the United States review progress on economic and security cooperation

Mexico City, October 5, 2023

The Government of Mexico welcomes the results of the High-Level Economic Dialogue (HLED) between Mexico and the United States, held on September 29 in Washington, D.C., and of the High-Level Security Dialogue held today in Mexico City.

The Mexican delegation, headed by the Secretary of Foreign Affairs and the Secretary of Economy, highlighted that in 2022 bilateral trade in goods reached a record 779 billion dollars, and that between January and July of this year the two countries exchanged 455.5 billion dollars in goods, consolidating Mexico's position as the top trading partner of the United States.

Mexico's exports to the United States exceeded 500 billion dollars in 2022, the delegation noted.

The Secretary of Economy reported that Mexico received 36,058 million dollars in foreign direct investment in 2022, 12% more than in 2021, and 29,041 million dollars in the first half of 2023, the highest figure for a first half on record.

Both delegations recognized the contribution of the Mexican community in the United States. Remittances reached a historic 58,497 million dollars in 2022, and 42,007 million dollars between January and August 2023, 8.7% more than in the same period of 2022.

In matters of security, the delegations reviewed progress under the Bicentennial Framework, adopted on October 8, 2021. Both governments noted that synthetic opioids caused more than 70,000 deaths in the United States in 2021. The U.S. delegation noted that fentanyl was responsible for some 107,000 deaths in 2022.

Mexico reported that, since December 2018, its armed forces and the Attorney General's Office have seized more than 6,800 kilograms of fentanyl and dismantled 1,700 clandestine laboratories. Mexico has also deployed 28,000 members of the National Guard to its northern and southern borders.

Mexican authorities also reported 444,439 encounters with irregular migrants in Mexico in 2022, and reiterated the need to address the root causes of migration through programs such as Sembrando Vida, to which the United States has pledged support.

The Security Dialogue also addressed the protection of the human rights of migrants and the expansion of legal pathways, including temporary work visas under the H-2A and H-2B programs, which Mexican workers use more than any other nationality.

The Secretary of Foreign Affairs stressed that the relationship is founded on shared responsibility: Mexico will act against the production and trafficking of synthetic drugs, and the United States will act against the trafficking of firearms into Mexico and against the demand for drugs. She noted that the lawsuit filed by the Government of Mexico against U.S. gun manufacturers remains a priority.

During the Economic Dialogue, the delegations also discussed cooperation on semiconductors, the integration of supply chains, the development of the south-southeast of Mexico and the training of engineers and technicians, and agreed to create a working group on the electricity sector.

Mexico is the second-largest market for U.S. exports, after Canada, and the two economies share supply chains in the automotive, aerospace, electronics and medical-device industries.

The delegations agreed to continue preparing for the joint review of the USMCA scheduled for 2026, and to meet again in the first half of 2024.

The Mexican delegation thanked the Government of the United States for its hospitality and for the constructive spirit in which the talks were held, and both governments will report on the progress of the dialogues to their leaders ahead of the next North American Leaders' Summit.

The Government of Mexico reaffirms its commitment to a relationship with the United States based on mutual respect, shared responsibility and the well-being of both peoples.

-- 000 --
"""

H09 = Case('AH09-mx-govt-statement-debatable', date(2023, 10, 5), H09_TEXT, [
    Fig('779 billion', TR, 'level', 'accurate'),     # 2022 776.24; record
    Fig('455.5 billion', TR, 'level', 'accurate'),   # Jan-Jul 2023 = 461.47bn
    # DEBATABLE: "top trading partner" - its nearest time is Jan-Jul 2023 (Mexico first over those months);
    # read as the latest full year (2022, rank 2) it would be overstated.
    Fig('top', RK, 'rank', None),
    Fig('500 billion', IM, 'level', 'overstated'),   # 2022 452.03, not > 500
    # the Secretary of Economy's figures, so the Secretaría de Economía's series (2025-08 release):
    Fig('36,058 million', FD_SE, 'level', 'accurate'),   # 2022 36.42bn
    Fig('12%', FD_SE, 'change', 'accurate'),             # 36.42/33.85 = 1.076 vs 1.12 +-0.056
    # Jan-Jun 2023 now 32.20bn (revised up from the preliminary): 29.041 + 5% falls short; the
    # first-half record holds (Jan-Jun 2022 31.25bn)
    Fig('29,041 million', FD_SE, 'level', 'understated'),
    Fig('58,497 million', RE, 'level', 'accurate'),  # 58.87bn; record
    Fig('42,007 million', RE, 'level', 'accurate'),  # Jan-Aug 2023 41.47bn
    Fig('8.7%', RE, 'change', 'accurate'),           # 41.47/38.15 = 1.087
    Fig('70,000', SY, 'level', 'accurate'),          # 2021 70,601
    Fig('107,000', SY, 'level', 'wrong_measure'),    # 2022 SY 76,226 fails; OD 107,941 within 5%
    Fig('6,800', None, 'level', 'unverifiable'),     # Mexican seizures in kg
    Fig('1,700', None, 'level', 'unverifiable'),
    Fig('28,000', None, 'level', 'unverifiable'),
    Fig('444,439', None, 'level', 'unverifiable'),   # DEBATABLE: Mexico's INM "encounters ... in Mexico"
    Fig('second-largest', 'mx_rank_us_export_market', 'rank', 'accurate'),  # Jan-Aug 2023: second, to Canada
    Fig('2026', None, 'event_date', 'unverifiable'),
    # not reported: Press Release 412, October 5, 2023, September 29, October 8, 2021,
    # December 2018, first half of 2024, "-- 000 --"
])

# ---------------------------------------------------------------------------------------------
# H10: opinion column on the USMCA review and tariffs (published 2025-03-05)
H10_TEXT = """Opinion | Tariffs on Mexico are a tax on ourselves, and a terrible opening bid for the USMCA review

By Daniel Ocampo
March 5, 2025

Ocampo was a deputy assistant U.S. trade representative from 2009 to 2017.

On Tuesday, 25 percent tariffs on most imports from Mexico and Canada took effect, along with a 10 percent levy on Canadian energy. The White House says the tariffs will stay until both neighbors stop the flow of fentanyl and migrants. That justification does not survive contact with the numbers.

Start with the drugs. Overdose deaths fell 35 percent last year, the steepest drop on record, according to the Centers for Disease Control and Prevention. Seizures of fentanyl at the border fell 19 percent in fiscal 2024, a sign that less of the drug is moving north, not more.

Even the administration's allies tend to overstate the problem. A cabinet member said on television last month that fentanyl "kills some 100,000 Americans a year." The drug is deadly enough without exaggeration: that is roughly the number of all overdose deaths, from every drug, in a bad year.

Then migration. Border Patrol apprehensions at the southwest border dropped to 1.53 million in fiscal 2024 and have since collapsed to fewer than 9,000 a month.

Now consider what the tariffs put at risk. Mexico is America's largest trading partner. We bought about $475 billion of Mexican goods in 2023 and sold Mexico $323 billion in goods. The goods deficit, $152 billion that year, is not a scorecard; it is the footprint of supply chains that run back and forth across the border.

Census figures through June showed imports from Mexico up about 5 percent in the first half of 2024, which means the two countries were on track for another record.

A 25 percent tariff on $475 billion of imports amounts to a $119 billion tax, paid at the port by American companies and passed on to American customers.

Mexicans in the United States sent home $64.7 billion last year, money that pays for groceries and school fees in Michoacán and Zacatecas. Foreign companies put nearly $37 billion of direct investment into Mexico in 2024. Mexico accounts for nearly 16 percent of U.S. goods trade, more than any other country.

The USMCA gave us the tools to manage this relationship. Its Article 34.7 requires the three governments to conduct a joint review by July 1, 2026, and decide whether to extend the pact for another 16 years. That review is where we should press Mexico on Chinese investment, on energy policy and on labor rights, where the agreement's rapid-response mechanism has already proved its worth.

Instead, we are opening the review with a trade war. Mexico has already responded to American demands: in February it sent 10,000 National Guard troops to the border and extradited 29 cartel figures to the United States. President Claudia Sheinbaum, whose approval rating stands near 80 percent, has every political incentive to retaliate and has so far chosen not to.

None of this means Mexico has done enough. Cartels still run extortion rackets from Guerrero to Sinaloa, corruption reaches into state police forces, and Chinese companies have used Mexico as a back door into the U.S. market. Those are real problems, and the review is the right place to address them, with the leverage that comes from a deadline and a set of rules both sides have already signed.

Tariffs will not make the border safer. They will make cars, produce and appliances more expensive, and they will hand the cartels a propaganda gift. Congress should reclaim its authority over trade before the review begins, and the administration should suspend the tariffs while the two governments talk.
"""

H10 = Case('AH10-oped-usmca-debatable', date(2025, 3, 5), H10_TEXT, [
    Fig('25 percent tariffs on most', None, 'share', 'unverifiable'),
    Fig('10 percent', None, 'share', 'unverifiable'),
    # 2024: 79,385/105,007 = 0.756 vs 0.65 +-0.0325 fails; opioid deaths 55,616/81,953 = 0.679 fit, but the
    # sentence does not name them, and a percentage fits some part by chance: overstated (was wrong_measure)
    Fig('35 percent', OD, 'change', 'overstated'),
    Fig('19 percent', FS, 'change', 'accurate'),     # FY2024/FY2023 = 0.810
    # "a year" = latest full year 2024: SY 49,241 (predicted, 2025-09 release) fails, and OD 79,385
    # is not within 10% of 100,000 either
    Fig('100,000', SY, 'level', 'overstated'),
    Fig('1.53 million', BP, 'level', 'accurate'),    # FY2024 1,530,523
    Fig('9,000', BP, 'rate', 'accurate'),            # latest month, Feb 2025: 8,353 (provisional)
    Fig('largest', RK, 'rank', 'accurate'),          # 2024 no data -> 2023 rank 1
    Fig('$475 billion of Mexican', IM, 'level', 'accurate'),  # 2023 475.22; purchase of Mexican goods
    Fig('$323 billion', EX, 'level', 'accurate'),    # 2023 322.74
    Fig('$152 billion', BA, 'level', 'accurate'),    # 2023 -152.47
    Fig('about 5 percent', IM, 'change', 'accurate'),  # H1 2024/H1 2023 = 249.04/235.75 = 1.056
    Fig('25 percent tariff on', None, 'share', 'unverifiable'),
    Fig('$475 billion of imports', ANY, 'level', None),  # object of a tariff (payment rule) or IM 2023
    Fig('$119 billion', None, 'level', 'unverifiable'),  # a tax
    Fig('$64.7 billion', RE, 'level', 'accurate'),   # 2024 65.02
    # DEBATABLE: the Economy Ministry's preliminary 36.9bn; World Bank 2024 45.33 > 37 + step -> understated
    Fig('$37 billion', FD, 'level', 'understated'),
    Fig('16 percent', SH, 'share', 'accurate'),      # latest full year with data 2023: 15.65; nearly 16
    Fig('2026', None, 'event_date', 'unverifiable'),
    Fig('10,000', None, 'level', 'unverifiable'),
    Fig('29 cartel', None, 'level', 'unverifiable'),
    Fig('80 percent', None, 'share', 'unverifiable'),  # approval rating
    # not reported: March 5, 2025, 2009 to 2017, Article 34.7, July 1, "16 years", February
])

CASES: list[Case] = [H01, H02, H03, H04, H05, H06, H07, H08, H09, H10]
