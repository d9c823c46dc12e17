"""Web-style development pages: short news stories written for newsbrief, wrapped in the
furniture three made-up news sites repeat on every page (navigation, cookie notice,
newsletter prompt, "Load more..", a related-headlines list, footer).

Why: the only real scraped pages at hand are two articles on one story, too few to test
whether shared site furniture glues unrelated stories together. These stories are
fiction written for this purpose; several pairs share a topic (two fires, two transport
disputes) so that topic words alone do not decide. ``pages()`` returns
``(article dict, gold story)`` pairs; ``seed_pages()`` adds the real scraped seed
articles (research-licensed, read from ../shared at run time, never copied here).
"""

from __future__ import annotations

from pathlib import Path

SITES = {
    "ledger": (
        "Home | News | Business | Sport | Opinion | Weather\n"
        "We use cookies to personalise content and ads and to analyse our traffic. "
        "Accept all cookies\n"
        "Sign up to the Daily Ledger morning newsletter for the top stories in your inbox\n",
        "Load more..\n"
        "More from the Daily Ledger\n"
        "Harbour car park to close after council vote on redevelopment plans\n"
        "Bakery on Quay Street wins national prize for its sourdough loaves\n"
        "Cold and windy weekend ahead for the whole coast, forecasters say\n"
        "Daily Ledger, 12 Quay Street. All rights reserved. Contact us | Advertise\n",
    ),
    "herald": (
        "Coast Herald - Local news you can trust\n"
        "This site uses cookies. By continuing to browse you agree to our use of cookies\n"
        "Get breaking news alerts from the Coast Herald delivered to your phone\n",
        "Related stories\n"
        "School governors back plan for a new sports hall in Westbay\n"
        "Lifeboat crew rescue two walkers cut off by the tide at Sand Point\n"
        "Food festival returns to the promenade next month with 80 stalls\n"
        "Share this article on Facebook | Twitter | Email\n"
        "Copyright Coast Herald Media Group. Privacy policy | Terms of use\n",
    ),
    "metro": (
        "METRO WIRE | Politics | Economy | Tech | Culture | Sport\n"
        "Support independent journalism: subscribe from 1 pound a week\n"
        "Your privacy choices: manage cookie preferences at any time\n",
        "Most read\n"
        "Ten years on, how the city rebuilt its riverside warehouses into homes\n"
        "Review: a sharp new staging of a classic comedy at the Royal Theatre\n"
        "Ask the expert: is it worth fixing an old washing machine\n"
        "Load more stories\n"
        "Metro Wire is published by Metro Media Ltd. All rights reserved\n",
    ),
}

# story -> [(site, title, published, body)]
STORIES: dict[str, list[tuple[str, str, str, str]]] = {
    "rail-strike": [
        (
            "ledger",
            "Train drivers walk out over pay at Northern Lines",
            "2026-03-02",
            "Train drivers at Northern Lines began a 48-hour strike on Monday after talks over "
            "a pay offer of 4 percent collapsed late on Sunday. The operator said only one train "
            "in five would run on its coastal routes.\n\nThe drivers' union, ASLEF North, said "
            'members had rejected the offer by a margin of nine to one. "Prices have risen far '
            "faster than our wages,\" said the union's regional secretary, Dana Kells.",
        ),
        (
            "herald",
            "Commuters stranded as Northern Lines drivers strike",
            "2026-03-02",
            "Thousands of commuters were left waiting on platforms on Monday as a strike by "
            "Northern Lines train drivers cut services to a skeleton timetable.\n\nDana Kells of "
            "ASLEF North said the 4 percent offer was an insult after two years of rising prices. "
            "Northern Lines said it was disappointed and urged the union to return to talks.",
        ),
        (
            "metro",
            "Northern Lines strike: what passengers need to know",
            "2026-03-03",
            "The 48-hour walkout by Northern Lines drivers continues on Tuesday, with about a "
            "fifth of trains running. Tickets for Monday and Tuesday will be accepted on buses.\n\n"
            "The dispute is over pay: drivers rejected a 4 percent rise, and ASLEF North has "
            "warned of further strikes later in March if no better offer is made.",
        ),
    ],
    "ferry": [
        (
            "herald",
            "Ferry firm scraps winter crossings to Greyholm island",
            "2026-03-04",
            "Islay Sound Ferries will cancel all winter crossings to Greyholm from November, "
            "leaving the island's 600 residents with a weekly supply boat.\n\nThe company blamed "
            "fuel costs and an ageing vessel. Island councillor Moira Tait said the decision "
            "would cut Greyholm off from hospitals and schools for five months.",
        ),
        (
            "ledger",
            "Greyholm islanders protest ferry cuts",
            "2026-03-05",
            "About 200 people gathered at the harbour on Thursday to protest against the "
            "cancellation of winter ferry crossings to Greyholm.\n\nIslay Sound Ferries has said "
            "the route loses money in winter. Councillor Moira Tait called on the regional "
            "government to subsidise the service before November.",
        ),
    ],
    "wildfire": [
        (
            "metro",
            "Wildfire forces evacuation of Calder Ridge",
            "2026-03-06",
            "A wildfire driven by strong winds forced the evacuation of about 1,200 people from "
            "Calder Ridge on Friday. Fire crews said the blaze had burned 3,000 hectares of "
            "forest and scrub.\n\nNo injuries were reported, but at least four farm buildings "
            "were destroyed. Residents were taken to a sports centre in Lowmoor.",
        ),
        (
            "herald",
            "Calder Ridge fire: crews battle blaze overnight",
            "2026-03-07",
            "Firefighters fought through the night to stop the Calder Ridge wildfire reaching "
            "the town, as the burned area grew to 3,400 hectares.\n\nAbout 1,200 residents spent "
            "the night at the Lowmoor sports centre. Chief fire officer Ben Ashdown said a change "
            "in wind direction had given crews a chance to hold the line.",
        ),
        (
            "ledger",
            "Residents return as Calder Ridge wildfire is contained",
            "2026-03-08",
            "Evacuated residents began returning to Calder Ridge on Sunday after fire crews said "
            "the wildfire was contained. Ben Ashdown, the chief fire officer, said the fire had "
            "burned about 3,500 hectares.\n\nInvestigators are looking at whether a discarded "
            "barbecue started the blaze.",
        ),
    ],
    "warehouse-fire": [
        (
            "ledger",
            "Huge fire destroys warehouse in Port Ellis",
            "2026-03-07",
            "A fire destroyed a furniture warehouse on the Port Ellis industrial estate early on "
            "Saturday, sending black smoke over the town.\n\nSixty firefighters attended. People "
            "living nearby were told to keep windows closed. The owner, Harlow Furnishings, said "
            "all staff were safe.",
        ),
        (
            "metro",
            "Port Ellis warehouse blaze: smoke warning lifted",
            "2026-03-08",
            "Health officials lifted a smoke warning in Port Ellis on Sunday, a day after fire "
            "gutted the Harlow Furnishings warehouse.\n\nThe cause is not yet known. The company "
            "said 40 jobs were at risk while it looked for new premises.",
        ),
    ],
    "rates": [
        (
            "metro",
            "Central bank raises interest rate to 4.5 percent",
            "2026-03-05",
            "The central bank raised its main interest rate by a quarter point to 4.5 percent on "
            "Thursday, the third rise this year, saying inflation was still too high.\n\nGovernor "
            "Elena Marsh said the bank expected inflation to fall back to its 2 percent target "
            "by the end of next year.",
        ),
        (
            "ledger",
            "Mortgage holders face higher bills after rate rise",
            "2026-03-05",
            "Homeowners on variable mortgages will pay about 30 pounds a month more after the "
            "central bank raised rates to 4.5 percent.\n\nGovernor Elena Marsh said the increase "
            "was needed to bring inflation down. Several lenders said they would pass on the rise "
            "from next month.",
        ),
        (
            "herald",
            "Rate rise: business groups warn of slowdown",
            "2026-03-06",
            "Business groups warned on Friday that the central bank's decision to lift rates to "
            "4.5 percent could push the economy toward recession.\n\nThe bank's governor, Elena "
            "Marsh, has said further rises are possible if prices keep climbing.",
        ),
    ],
    "breach": [
        (
            "metro",
            "Data breach at Quillpay exposes 2 million customers",
            "2026-03-03",
            "Payment app Quillpay said on Tuesday that hackers had stolen names, email addresses "
            "and partial card numbers of about 2 million customers.\n\nThe company said passwords "
            "were not taken and urged users to watch for fraudulent emails. The data protection "
            "regulator has opened an investigation.",
        ),
        (
            "herald",
            "Quillpay users told to beware of scam emails after hack",
            "2026-03-04",
            "Customers of Quillpay were warned to be alert to phishing emails after the company "
            "disclosed a breach affecting around 2 million accounts.\n\nChief executive Tom Avery "
            "apologised and said the firm had hired outside experts to find how the attackers "
            "got in.",
        ),
    ],
    "football": [
        (
            "ledger",
            "Westbay United sack manager after eight defeats",
            "2026-03-02",
            "Westbay United have sacked manager Paul Brennan after a run of eight straight league "
            "defeats left the club second from bottom.\n\nBrennan, 51, took charge two years ago. "
            "Assistant coach Lucy Farrow will lead the team for Saturday's match against "
            "Kingsport.",
        ),
        (
            "herald",
            "Brennan out at Westbay United",
            "2026-03-02",
            "Paul Brennan has left Westbay United, the club said on Monday, ending a two-year "
            "spell in which he won promotion but struggled this season.\n\nThe club sits second "
            "from bottom after eight defeats in a row. Lucy Farrow takes over as caretaker.",
        ),
    ],
    "frog": [
        (
            "metro",
            "New species of tree frog found in Aurel valley",
            "2026-03-04",
            "Biologists have identified a new species of tree frog in the cloud forests of the "
            "Aurel valley. The frog, about two centimetres long, has bright orange feet.\n\nThe "
            "team, led by Dr Anika Soren of the National Museum, said the species was probably "
            "threatened by forest clearing.",
        ),
        (
            "ledger",
            "Orange-footed frog is new to science",
            "2026-03-05",
            "A tiny tree frog with orange feet discovered in the Aurel valley is a species new "
            "to science, researchers from the National Museum said.\n\nDr Anika Soren said only "
            "a few dozen frogs had been found, in a single patch of cloud forest.",
        ),
    ],
    "mayor-fraud": [
        (
            "herald",
            "Former Kingsport mayor guilty of fraud",
            "2026-03-06",
            "A jury found former Kingsport mayor Gerald Hume guilty on Friday of defrauding the "
            "city of 850,000 pounds through fake consultancy contracts.\n\nHume, 63, denied the "
            "charges. He will be sentenced next month.",
        ),
        (
            "metro",
            "Hume convicted over fake contracts",
            "2026-03-06",
            "Gerald Hume, who was mayor of Kingsport for eight years, was convicted of fraud over "
            "consultancy contracts worth 850,000 pounds that prosecutors said were never "
            "carried out.\n\nThe judge released him on bail until sentencing.",
        ),
    ],
}


def wrap(site: str, title: str, body: str) -> str:
    top, bottom = SITES[site]
    return f"{top}\n{title}\n\n{body}\n\n{bottom}"


def pages(furniture: bool = True) -> list[tuple[dict[str, str], str]]:
    """Every written article as a scraped page (text), with its gold story."""
    out = []
    for story, arts in STORIES.items():
        for n, (site, title, published, body) in enumerate(arts):
            text = wrap(site, title, body) if furniture else f"{title}\n\n{body}"
            out.append(({"id": f"web-{story}-{n}", "text": text, "published": published}, story))
    return out


def seed_pages(shared: Path) -> list[tuple[dict[str, str], str]]:
    """The real scraped seed articles (one story, two outlets), as pages of two sites."""
    out = []
    for n, path in enumerate(sorted((shared / "seeds").glob("*.txt"))):
        site = ("ledger", "metro")[n % 2]
        lines = path.read_text(encoding="utf-8").split("\n", 1)
        text = wrap(site, lines[0], lines[1] if len(lines) > 1 else "")
        out.append(({"id": f"seed-{n}", "text": text}, "seed-baghdadi"))
    return out


def in_site_furniture(
    mix: list[tuple[dict[str, str], str]], related: int = 0, seed: int = 0
) -> list[tuple[dict[str, str], str]]:
    """Real articles (e.g. DUC 2003, read at run time) as pages of the three sites: each
    article on the site its id hashes to, so a third of the mix shares a site's
    furniture whatever the story; ``related``: that many first lines of random other
    articles listed under the article, as a "most read" box does."""
    import random
    import zlib

    rng = random.Random(seed)
    sites = sorted(SITES)
    leads = [a["text"].strip().split("\n")[0][:120] for a, _ in mix]
    out = []
    for a, gold in mix:
        top, bottom = SITES[sites[zlib.crc32(a["id"].encode()) % len(sites)]]
        box = "".join(leads[j] + "\n" for j in rng.sample(range(len(mix)), related))
        page = {**a, "text": f"{top}\n{a['text']}\n{box}{bottom}"}
        out.append((page, gold))
    return out
