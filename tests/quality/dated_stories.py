"""Dated stories of three outlets, written for these tests (no third-party text).

In each, the earliest report gives a count that later reports raise a day on.
``HARBOR_FIRE`` (a user's review input) and ``BAKERY_BLAST`` also disagree on the time of
day the event began: two outlets give one time, the latest outlet another (a
disagreement, not an update). ``SCHOOL_BUS``'s first report states its early count again
in its last paragraph, after its first five sentences.
"""

HARBOR_FIRE = [
    {
        "id": "g1",
        "source": "Riverton Gazette",
        "published": "2026-11-20T08:00:00Z",
        "text": (
            "A fire destroyed a grain warehouse at the Riverton harbor on Thursday night, the "
            "fire department said. Fourteen people were treated for smoke inhalation. Fire "
            "Chief Ana Ruiz said the blaze started shortly after 9 p.m."
        ),
    },
    {
        "id": "v1",
        "source": "Valley News",
        "published": "2026-11-21T09:00:00Z",
        "text": (
            "The number of people treated after Thursday's harbor warehouse fire in Riverton "
            "rose to 22 on Friday, the fire department said. Fire Chief Ana Ruiz said the "
            "blaze started shortly after 9 p.m. in a conveyor room. Investigators suspect an "
            "electrical fault."
        ),
    },
    {
        "id": "p1",
        "source": "Port Times",
        "published": "2026-11-21T12:00:00Z",
        "text": (
            "Fire Chief Ana Ruiz said on Friday that 22 people had been treated after the fire "
            "that destroyed a grain warehouse at the Riverton harbor on Thursday. The blaze "
            "started at about 10 p.m., Ruiz said."
        ),
    },
]
FERRY = [
    {
        "id": "h1",
        "source": "Lakeside Herald",
        "published": "2026-05-04T07:00:00Z",
        "text": (
            "A passenger ferry ran aground near Cedar Point on Sunday evening, the coast guard "
            "said. Nine passengers were injured and taken to Alder General Hospital with cuts "
            "and broken bones. The ferry was carrying 140 people from Port Alder."
        ),
    },
    {
        "id": "c1",
        "source": "Coast Weekly",
        "published": "2026-05-05T10:00:00Z",
        "text": (
            "The coast guard said on Monday that 17 passengers were injured when a ferry ran "
            "aground near Cedar Point on Sunday. Divers inspected the hull for damage."
        ),
    },
    {
        "id": "n1",
        "source": "North Wire",
        "published": "2026-05-05T15:00:00Z",
        "text": (
            "Seventeen passengers were injured when the ferry ran aground near Cedar Point, "
            "officials said on Monday. The operator suspended service on the route."
        ),
    },
]
BAKERY_BLAST = [
    {
        "id": "ec",
        "source": "Eastside Chronicle",
        "published": "2026-02-10T12:00:00Z",
        "text": (
            "A gas explosion destroyed a bakery on Linden Street in Fairhaven on Tuesday, the "
            "fire service said. Three workers were injured. Fire Chief Tom Hale said the blast "
            "happened shortly after 6 a.m."
        ),
    },
    {
        "id": "fd",
        "source": "Fairhaven Daily",
        "published": "2026-02-11T07:00:00Z",
        "text": (
            "A bakery on Linden Street in Fairhaven was destroyed by a gas explosion on Tuesday. "
            "Fire Chief Tom Hale said the blast happened shortly after 6 a.m., before the bakery "
            "opened. Neighbors said they had smelled gas the night before."
        ),
    },
    {
        "id": "cr",
        "source": "County Record",
        "published": "2026-02-11T09:00:00Z",
        "text": (
            "Fire Chief Tom Hale said on Wednesday that five workers were injured in the gas "
            "explosion that destroyed a bakery in Fairhaven on Tuesday. The blast happened at "
            "about 7 a.m., Hale said. The gas company is inspecting pipes on Linden Street."
        ),
    },
]
SCHOOL_BUS = [
    {
        "id": "hc",
        "source": "Hill County Courier",
        "published": "2026-03-02T15:00:00Z",
        "text": (
            "A school bus carrying 40 children slid off an icy road and overturned near "
            "Millbrook on Monday morning, state police said. Eleven children were injured, "
            "police said. The driver told officers the bus hit a patch of black ice on Route 9. "
            "Parents gathered at Millbrook Elementary School as news of the crash spread. The "
            "district cancelled classes for Tuesday. Crews used a crane to lift the bus back "
            "onto the road by early afternoon. Eleven children were injured in the crash, and "
            "two of them were airlifted to a trauma center, police said."
        ),
    },
    {
        "id": "vp",
        "source": "Valley Post",
        "published": "2026-03-03T09:00:00Z",
        "text": (
            "State police said on Tuesday that 17 children were injured when a school bus "
            "overturned on an icy road near Millbrook on Monday. Investigators are examining "
            "the bus's brakes."
        ),
    },
    {
        "id": "rl",
        "source": "Route 9 Ledger",
        "published": "2026-03-03T13:00:00Z",
        "text": (
            "Seventeen children were injured when their school bus overturned near Millbrook, "
            "police said on Tuesday. The district said classes would resume on Wednesday."
        ),
    },
]
