"""Small stories with reference summaries, written for these tests (no third-party text).

``WILDFIRE`` is wire-like: four reports of one event, each opening on the facts, then
drifting to colour and side stories that only one outlet carries. ``MUSEUM`` is web-like:
two scraped pages with debris, where the first paragraphs carry the story.
"""

WILDFIRE = [
    {
        "id": "w1",
        "text": (
            "Wildfire forces evacuation of 4,000 near Pine Ridge\n\n"
            "A wildfire driven by strong winds forced about 4,000 residents of Pine Ridge to "
            "evacuate on Tuesday as flames destroyed at least 35 homes, fire officials said.\n\n"
            "The fire has burned 12,000 acres and was 10 percent contained by Tuesday evening, "
            "according to the state forestry department.\n\n"
            "More than 600 firefighters and eight air tankers are battling the blaze.\n\n"
            "Local bakeries handed out free bread to volunteers at the fairground shelter.\n\n"
            "The town's annual apple festival, planned for the weekend, was postponed."
        ),
    },
    {
        "id": "w2",
        "text": (
            "About 4,000 people fled their homes in Pine Ridge on Tuesday as a wind-driven "
            "wildfire swept through the hills, destroying at least 35 homes.\n\n"
            "The blaze has scorched 12,000 acres and is 10 percent contained, the state "
            "forestry department said.\n\n"
            "Governor Ellen Marsh declared a state of emergency for the county and asked for "
            "federal aid.\n\n"
            "Investigators believe a downed power line sparked the fire on Monday night.\n\n"
            "A high school football game between rival towns was moved to Saturday."
        ),
    },
    {
        "id": "w3",
        "text": (
            "Governor Ellen Marsh declared a state of emergency on Tuesday after a wildfire "
            "destroyed at least 35 homes and forced 4,000 residents of Pine Ridge to evacuate.\n\n"
            "More than 600 firefighters are fighting the fire, which has burned 12,000 acres.\n\n"
            "Officials said a downed power line is the suspected cause of the fire.\n\n"
            "One resident said she saved only her photo albums and her cat.\n\n"
            "The region has had its driest summer in forty years."
        ),
    },
    {
        "id": "w4",
        "text": (
            "Winds are expected to ease on Wednesday, giving the 600 firefighters battling the "
            "Pine Ridge wildfire a chance to widen containment lines.\n\n"
            "The fire, sparked by a downed power line, has destroyed 35 homes and burned 12,000 "
            "acres since Monday night.\n\n"
            "Evacuation orders for 4,000 residents remain in place, officials said.\n\n"
            "A local choir rehearsal was cancelled because the church hall became a shelter."
        ),
    },
]

WILDFIRE_REFS = [
    "A wind-driven wildfire near Pine Ridge destroyed at least 35 homes and forced about "
    "4,000 residents to evacuate on Tuesday. The fire has burned 12,000 acres and was 10 "
    "percent contained. More than 600 firefighters are battling it. Governor Ellen Marsh "
    "declared a state of emergency. A downed power line is the suspected cause.",
    "About 4,000 people evacuated Pine Ridge as a wildfire burned 12,000 acres and destroyed "
    "35 homes. Officials suspect a downed power line sparked the fire Monday night. The "
    "governor declared a state of emergency, and 600 firefighters are fighting the blaze.",
]

MUSEUM = [
    {
        "id": "m1",
        "text": (
            "City museum reopens after five-year renovation\n\n"
            "The Riverside City Museum reopened to the public on Saturday after a five-year, "
            "$120 million renovation that doubled its gallery space.\n\n"
            "Thousands of visitors lined up before the doors opened at 9 a.m., and entry is "
            "free for the first month.\n\n"
            "Advertisement\n\n"
            "The new wing holds the museum's collection of river-trade artifacts, which was "
            "kept in storage during the work.\n\n"
            "Sign up for our newsletter\n\n"
            "Critics had questioned the cost of the project when it was approved in 2019.\n\n"
            "Share this article"
        ),
    },
    {
        "id": "m2",
        "text": (
            "By Dana Fisher\n\n"
            "After five years of construction, the Riverside City Museum opened its doors again "
            "on Saturday, showing off a renovation that cost $120 million.\n\n"
            "The project doubled the museum's gallery space and added a wing for river-trade "
            "artifacts that had been in storage.\n\n"
            "Admission will be free for the first month, museum director Paul Grant said.\n\n"
            "Click here for more photos\n\n"
            "Grant said the museum expects half a million visitors in its first year.\n\n"
            "Parking near the museum remains limited, and visitors are urged to take the bus."
        ),
    },
]

MUSEUM_REFS = [
    "The Riverside City Museum reopened on Saturday after a five-year, $120 million "
    "renovation. The work doubled the gallery space and added a new wing for the museum's "
    "river-trade artifacts, which had been in storage. Entry is free for the first month, "
    "and thousands of visitors lined up on opening day. The museum expects half a million "
    "visitors in its first year.",
]

# Our own summary of the two seed articles in examples/baghdadi-mosul (written for newsbrief,
# in the style of a multi-source news digest).
BAGHDADI_REFS = [
    "ISIS leader Abu Bakr al-Baghdadi released an audio message on Wednesday urging his "
    "fighters to defend Mosul, a day after Iraqi special forces re-entered the last ISIS-held "
    "city in Iraq. The roughly 30-minute recording was his first official statement since "
    "last December, and its authenticity could not be verified. In it, al-Baghdadi told "
    "fighters to stay steadfast and obey orders, described the war against the group as a "
    "prelude to victory, and called on supporters to carry out attacks in Saudi Arabia and "
    "Turkey. A spokesman for the US-led coalition, Col. John Dorrian, said the message showed "
    "a leader losing command and control of his fighters. Mosul fell to ISIS in June 2014, and "
    "al-Baghdadi declared a caliphate from the city. Iraqi forces paused their advance on "
    "Wednesday to clear a neighborhood, while the coalition prepares to isolate Raqqa in Syria.",
]
