"""Invented stories for the briefing rules (no third-party text): each holds one sentence
that leans on something a reader of the summary is never given."""

# A name written family name first ("Pak Sunhwa"), later used alone ("Pak spent ...").
# Only one report names the organizer, so the name is no topic of the story.
HARBOR = [
    {
        "id": "h1",
        "text": (
            "Police in Corvale detained four leaders of the banned Harbor Workers Union on "
            "Monday as a strike kept the port closed for a second week, the union said.\n\n"
            "Among those held was Pak Sunhwa, a veteran organizer who led a dock strike a "
            "decade ago and was freed from a labor camp three years ago after a long "
            "campaign by rights groups abroad.\n\n"
            "Pak spent 12 years in prison for organizing dock workers.\n\n"
            "The union said the arrests would not end the strike."
        ),
    },
    {
        "id": "h2",
        "text": (
            "Four leaders of the banned Harbor Workers Union were detained by police in "
            "Corvale on Monday, a week into a strike that has closed the port.\n\n"
            "Dock workers gathered outside the police station on Tuesday to demand their "
            "release.\n\n"
            "The strike has idled 40 ships in the harbor."
        ),
    },
    {
        "id": "h3",
        "text": (
            "Police detained four union leaders in Corvale on Monday as a strike by dock "
            "workers closed the port for a second week.\n\n"
            "The union called the arrests an attack on all dock workers.\n\n"
            "The strike has idled 40 ships, port officials said."
        ),
    },
]

# A bridge collapse: one report holds back "the crowds" it never introduced, one announces
# "two questions" it leaves to later sentences, one ends on "there", one on a refusal to
# comment.
BRIDGE = [
    {
        "id": "b1",
        "text": (
            "The Velmora river bridge collapsed on Friday during the evening rush hour, "
            "killing nine people and sending a bus into the water, city officials said.\n\n"
            "Engineers had warned in March that the bridge needed urgent repairs.\n\n"
            "A radio station in the old town played music all night.\n\n"
            "Police held back the crowds as divers searched the river for survivors."
        ),
    },
    {
        "id": "b2",
        "text": (
            "Nine people were killed when the Velmora river bridge collapsed on Friday "
            "evening, city officials said, and a bus fell into the river.\n\n"
            "Two questions now hang over the Velmora bridge.\n\n"
            "The first is whether warnings about its repairs were ignored.\n\n"
            "Police and firefighters worked through the night."
        ),
    },
    {
        "id": "b3",
        "text": (
            "The bridge over the Velmora river collapsed on Friday, killing nine people, "
            "officials said.\n\n"
            "The mayor ordered every bridge in the city closed for inspection.\n\n"
            "The city council is not stopping there.\n\n"
            "Bridge company officials refused to comment."
        ),
    },
]

# A storm told over two days: the first day's report leads with a detail (the shelters),
# the next day's with what happened.
STORM = [
    {
        "id": "s1",
        "published": "2024-09-01T08:00:00Z",
        "text": (
            "Relief boats reached the island of Sarn on Sunday, three days after the storm.\n\n"
            "Shelters on Sarn held 12,000 people on Sunday night, and more were arriving by boat."
            "\n\nHalvarsen had sailed for Sarn with supplies before the storm."
        ),
    },
    {
        "id": "s2",
        "published": "2024-09-02T08:00:00Z",
        "text": (
            "Hurricane Ilse tore across the islands of Sarn and Dova last week, killing at "
            "least 40 people and leaving 20,000 homeless, officials said.\n\n"
            "Among the missing was Tor Halvarsen, a ferry captain from Dova.\n\n"
            "Halvarsen's ferry was found empty on Monday."
        ),
    },
    {
        "id": "s3",
        "published": "2024-09-02T09:00:00Z",
        "text": (
            "Hurricane Ilse killed at least 40 people on Sarn and Dova and left 20,000 "
            "people homeless, officials said on Monday.\n\n"
            "Shelters on both islands were full, and relief boats were arriving."
        ),
    },
]

# A fire whose most widely shared sentence describes the victims ("were of 12
# nationalities"): a state, not the event.
DANCE = [
    {
        "id": "d1",
        "text": (
            "Officials said the victims and survivors were of 12 nationalities.\n\n"
            "A fire swept through a crowded dance hall in Brenna on Saturday night, killing "
            "31 young people, police said."
        ),
    },
    {
        "id": "d2",
        "text": (
            "The victims and survivors of the Brenna dance hall fire were of 12 nationalities, "
            "officials said.\n\n"
            "The fire in the dance hall killed 31 people on Saturday night."
        ),
    },
    {
        "id": "d3",
        "text": (
            "Officials said Sunday the victims and survivors came from 12 nationalities.\n\n"
            "Police said the dance hall fire in Brenna killed 31."
        ),
    },
]

# A datelined lede that names its place only by "this ... archipelago" (the dateline, which
# a summary does not show, says which).
ISLANDS = [
    {
        "id": "i1",
        "text": (
            "KORVA, Dessenne Islands — The man accused of planning the ferry bombing grew up "
            "in this poor island archipelago, where young men leave home for work abroad.\n\n"
            "Police said the ferry bombing killed 14 passengers on Sunday.\n\n"
            "The suspect was arrested at the port on Monday, police said."
        ),
    },
    {
        "id": "i2",
        "text": (
            "A bomb on a ferry killed 14 passengers on Sunday, police said, and a suspect "
            "was arrested at the port on Monday.\n\n"
            "The ferry was carrying 200 people when the bomb went off."
        ),
    },
    {
        "id": "i3",
        "text": (
            "Police arrested a suspect on Monday in the ferry bombing that killed 14 "
            "passengers on Sunday.\n\n"
            "The man accused of planning the bombing grew up poor and left home for work."
        ),
    },
]
