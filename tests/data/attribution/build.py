# ruff: noqa: E501
"""Writes stories.jsonl, claims.jsonl and labels.jsonl of the attribution set.

Every story here was written for newsbrief (fictional places and people), except the
bundled example story, which is read from ``examples/baghdadi-mosul`` at evaluation time
(``"documents_from"``) instead of being copied. Each claim is labelled against every
article of its story: ``S`` supports, ``C`` contradicts, anything unlisted is neither.
Split: ``dev`` stories tune thresholds; ``test``, ``heldout``, ``heldout2``, ``heldout3`` and
``heldout4`` are held out (see docs/attribution.md for what was read of each).

Run ``python tests/data/attribution/build.py`` after editing.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

STORIES: list[dict] = []
CLAIMS: list[dict] = []


def story(sid: str, split: str, docs: dict[str, str] | None = None, **extra: str) -> None:
    rec: dict = {"id": sid, "split": split}
    if docs is not None:
        rec["documents"] = [
            {"id": d, "source": d.split("-")[0].title(), "text": t.strip() + "\n"}
            for d, t in docs.items()
        ]
    rec.update(extra)
    STORIES.append(rec)


def claim(sid: str, kind: str, text: str, labels: str, source: str | None = None) -> None:
    """``labels``: space-separated ``doc=S`` / ``doc=C``; other documents are neither."""
    n = sum(1 for c in CLAIMS if c["story"] == sid) + 1
    lab = dict(item.split("=") for item in labels.split())
    CLAIMS.append(
        {
            "story": sid,
            "claim_id": f"{sid}-{n:02d}",
            "claim": text,
            "kind": kind,
            "source": source,
            "labels": lab,
        }
    )


# --- dev: the bundled example -------------------------------------------------------------
story("baghdadi", "dev", documents_from="examples/baghdadi-mosul")
F, N = "fox-news", "nbc-news"
claim(
    "baghdadi",
    "copied",
    "Abu Bakr al-Baghdadi spoke in a more than half an hour long audio "
    "recording released on Wednesday.",
    f"{F}=S {N}=S",
    F,
)
claim(
    "baghdadi",
    "copied",
    "He urges others to carry out attacks in Saudi Arabia and Turkey.",
    f"{F}=S {N}=S",
    F,
)
claim(
    "baghdadi",
    "copied",
    "Col. John Dorrian, spokesman for the U.S.-led coalition supporting "
    "the Iraqi operation to retake Mosul, said Thursday that coalition forces had not verified "
    'the authenticity of the Baghdadi audiotape, but that it reflected a "severely reduced" '
    "line of communication between ISIS commanders and their fighters.",
    f"{N}=S",
    N,
)
claim(
    "baghdadi",
    "copied",
    "The city of more than one million people and surrounding territory "
    "fell to ISIS fighters during a surprise attack in June 2014.",
    f"{F}=S",
    F,
)
claim(
    "baghdadi",
    "copied",
    "Iraqi government forces entered the outskirts of Mosul on Tuesday "
    "for the first time in more than two years.",
    f"{N}=S",
    N,
)
claim("baghdadi", "copied", "Supporters released the message online.", f"{F}=S", F)
claim(
    "baghdadi",
    "human",
    "ISIS leader Abu Bakr al-Baghdadi released an audio message on Wednesday.",
    f"{F}=S {N}=S",
)
claim(
    "baghdadi",
    "human",
    "In the recording, al-Baghdadi called for attacks in Saudi Arabia and Turkey.",
    f"{F}=S {N}=S",
)
claim(
    "baghdadi", "human", "The authenticity of the recording could not be verified.", f"{F}=S {N}=S"
)
claim(
    "baghdadi",
    "human",
    "A spokesman for the U.S.-led coalition said the message showed that "
    "communication between ISIS commanders and fighters was severely reduced.",
    f"{N}=S",
)
claim(
    "baghdadi",
    "human",
    "At least eight militants were killed as Iraqi troops cleared a neighborhood, the AP reported.",
    f"{N}=S",
)
claim("baghdadi", "human", "Dorrian said he did not know where al-Baghdadi was.", f"{N}=S")
claim(
    "baghdadi",
    "altered",
    "Abu Bakr al-Baghdadi released a 45-minute audio message on Wednesday.",
    f"{F}=C {N}=C",
)
claim(
    "baghdadi",
    "altered",
    "In the recording, al-Baghdadi called for attacks in Saudi Arabia and Iran.",
    f"{F}=C {N}=C",
)
claim(
    "baghdadi",
    "altered",
    "At least ten militants were killed as Iraqi forces cleared a neighborhood.",
    f"{N}=C",
)
claim(
    "baghdadi",
    "altered",
    "Col. John Dorrian said coalition forces had verified the authenticity of the audiotape.",
    f"{N}=C",
)
claim(
    "baghdadi",
    "altered",
    "Mosul fell to ISIS fighters during a surprise attack in June 2015.",
    f"{F}=C",
)
claim(
    "baghdadi",
    "altered",
    "Dorrian said there were current plans for coalition forces to "
    "enter the city alongside the Iraqis.",
    f"{N}=C",
)

# --- dev: warehouse fire -------------------------------------------------------------------
story(
    "fire",
    "dev",
    {
        "herald-1": """Fire at Velmont port warehouse kills 12 workers

A fire tore through a chemical warehouse at the port of Velmont on Tuesday night, killing 12 workers and injuring 30 others, the regional fire service said.

The blaze started shortly after 9 p.m. in a storage hall holding solvents and burned for more than six hours before firefighters brought it under control.

Fire chief Marta Keller said the cause was not yet known but that investigators had ruled out arson.

The warehouse is owned by Dorlan Logistics, which said in a statement that it was cooperating fully with the authorities.

Residents within two kilometres of the port were told to keep their windows closed because of the smoke.

It was the deadliest industrial accident in the region since 2009, when an explosion at a refinery killed nine people.""",
        "valley-2": """At least 14 people died when a blaze engulfed a warehouse in the port of Velmont late on Tuesday, according to hospital officials.

Thirty people were treated for burns and smoke inhalation, and five of them are in critical condition.

Firefighters needed about six hours to put out the fire, which began in a hall where solvents were stored.

Fire chief Marta Keller told reporters that arson had been ruled out, although the cause remained unclear.

Dorlan Logistics, the owner of the building, said it was cooperating with investigators.

The company was fined in 2019 for storing chemicals without a permit.""",
        "wire-3": """Twelve workers were killed in a warehouse fire at the port of Velmont on Tuesday, the regional fire service said on Wednesday.

Another 30 people were injured.

The fire broke out around 9 p.m. and took firefighters more than six hours to control.

Investigators suspect an electrical fault, fire chief Marta Keller said, adding that arson had not been ruled out.

People living near the port were advised to keep windows shut.

Dorlan Logistics, which owns the warehouse, declined to comment.""",
        "daily-4": """A warehouse fire in the port of Velmont killed 12 workers on Tuesday night.

The fire started in a hall storing solvents, officials said.

Mayor Tomas Regan declared three days of mourning and promised a full inquiry.

Dorlan Logistics said it was cooperating fully with the authorities.""",
    },
)
H, V, W, D = "herald-1", "valley-2", "wire-3", "daily-4"
claim(
    "fire",
    "copied",
    "A fire tore through a chemical warehouse at the port of Velmont on "
    "Tuesday night, killing 12 workers and injuring 30 others, the regional fire service said.",
    f"{H}=S {W}=S {V}=C",
    H,
)
claim(
    "fire",
    "copied",
    "Fire chief Marta Keller said the cause was not yet known but that "
    "investigators had ruled out arson.",
    f"{H}=S {V}=S {W}=C",
    H,
)
claim(
    "fire",
    "copied",
    "Thirty people were treated for burns and smoke inhalation, and five of "
    "them are in critical condition.",
    f"{V}=S",
    V,
)
claim(
    "fire",
    "copied",
    "Mayor Tomas Regan declared three days of mourning and promised a full inquiry.",
    f"{D}=S",
    D,
)
claim(
    "fire",
    "copied",
    "The company was fined in 2019 for storing chemicals without a permit.",
    f"{V}=S",
    V,
)
claim(
    "fire",
    "copied",
    "The fire broke out around 9 p.m. and took firefighters more than six hours to control.",
    f"{H}=S {W}=S",
    W,
)
claim(
    "fire",
    "human",
    "A warehouse fire in Velmont's port killed 12 workers on Tuesday.",
    f"{H}=S {W}=S {D}=S {V}=C",
)
claim(
    "fire",
    "human",
    "The owner, Dorlan Logistics, said it was cooperating with the authorities.",
    f"{H}=S {V}=S {D}=S {W}=C",
)
claim("fire", "human", "Investigators ruled out arson.", f"{H}=S {V}=S {W}=C")
claim(
    "fire",
    "human",
    "Firefighters took about six hours to bring the blaze under control.",
    f"{H}=S {V}=S {W}=S",
)
claim(
    "fire",
    "human",
    "Residents near the port were told to keep their windows closed.",
    f"{H}=S {W}=S",
)
claim(
    "fire", "human", "The blaze began in a hall where solvents were stored.", f"{H}=S {V}=S {D}=S"
)
claim(
    "fire",
    "altered",
    "A fire at a warehouse in the port of Velmont killed 15 workers on Tuesday.",
    f"{H}=C {V}=C {W}=C {D}=C",
)
claim(
    "fire",
    "altered",
    "The fire at the Velmont warehouse started shortly after 11 p.m.",
    f"{H}=C {W}=C",
)
claim(
    "fire",
    "altered",
    "Fire chief Marta Keller said investigators had ruled out an electrical fault.",
    f"{W}=C",
)
claim(
    "fire",
    "altered",
    "Twelve workers were killed in a warehouse fire at the port of Velmont on Friday.",
    f"{H}=C {V}=C {W}=C {D}=C",
)
claim(
    "fire",
    "altered",
    "Dorlan Logistics was fined in 2017 for storing chemicals without a permit.",
    f"{V}=C",
)
claim("fire", "altered", "Mayor Tomas Regan declared five days of mourning.", f"{D}=C")

# --- dev: school closures ------------------------------------------------------------------
story(
    "schools",
    "dev",
    {
        "gazette-1": """Harwick board votes to close two schools

The Harwick school board voted 5-4 on Monday to close Elmwood and Carter elementary schools at the end of the school year.

Board chair Linda Osei said falling enrolment left the district no choice.

About 600 pupils will move to three other schools in the autumn.

Parents packed the meeting and many shouted at board members after the vote.

The closures are expected to save the district $3.2 million a year.""",
        "record-2": """In a 5-4 vote on Monday night, the Harwick school board approved closing two elementary schools, Elmwood and Carter.

The district says the move will save $3.2 million annually.

Roughly 600 students will be reassigned to other schools next year.

Board member Paul Grant, who voted against the plan, said the board had not listened to parents.

A group of parents said they would challenge the decision in court.""",
        "courier-3": """Harwick's school board decided on Monday to shut Elmwood Elementary, but voted to keep Carter Elementary open for another year.

The vote to close Elmwood was 6-3.

Board chair Linda Osei said the district could not afford to run half-empty buildings.

About 350 pupils attend Elmwood.

The district expects to save $1.8 million a year.""",
        "post-4": """The Harwick school board on Monday voted 5-4 to close two elementary schools, a decision board chair Linda Osei blamed on falling enrolment.

Paul Grant, one of four members who voted no, said parents had been ignored.

The schools will close in June.""",
    },
)
G, R, C3, P = "gazette-1", "record-2", "courier-3", "post-4"
claim(
    "schools",
    "copied",
    "The Harwick school board voted 5-4 on Monday to close Elmwood and "
    "Carter elementary schools at the end of the school year.",
    f"{G}=S {R}=S {C3}=C",
    G,
)
claim(
    "schools",
    "copied",
    "Board member Paul Grant, who voted against the plan, said the board "
    "had not listened to parents.",
    f"{R}=S {P}=S",
    R,
)
claim(
    "schools",
    "copied",
    "The closures are expected to save the district $3.2 million a year.",
    f"{G}=S {R}=S {C3}=C",
    G,
)
claim(
    "schools",
    "copied",
    "A group of parents said they would challenge the decision in court.",
    f"{R}=S",
    R,
)
claim("schools", "copied", "About 350 pupils attend Elmwood.", f"{C3}=S", C3)
claim("schools", "copied", "The schools will close in June.", f"{P}=S", P)
claim(
    "schools",
    "human",
    "Harwick's school board voted 5-4 to close two elementary schools.",
    f"{G}=S {R}=S {P}=S {C3}=C",
)
claim(
    "schools",
    "human",
    "Board chair Linda Osei blamed falling enrolment for the closures.",
    f"{G}=S {P}=S",
)
claim("schools", "human", "Around 600 students will have to move to other schools.", f"{G}=S {R}=S")
claim(
    "schools",
    "human",
    "The district expects the closures to save $3.2 million annually.",
    f"{G}=S {R}=S {C3}=C",
)
claim(
    "schools",
    "human",
    "Paul Grant, who opposed the closures, said parents had been ignored.",
    f"{R}=S {P}=S",
)
claim("schools", "human", "Parents shouted at board members after the vote.", f"{G}=S")
claim(
    "schools",
    "altered",
    "The Harwick school board voted 6-3 on Monday to close Elmwood and Carter elementary schools.",
    f"{G}=C {R}=C {P}=C {C3}=C",
)
claim(
    "schools",
    "altered",
    "Board chair Linda Osei said rising enrolment left the district no choice.",
    f"{G}=C",
)
claim(
    "schools",
    "altered",
    "About 900 pupils will move to other schools in the autumn.",
    f"{G}=C {R}=C",
)
claim(
    "schools",
    "altered",
    "Board member Paul Grant, who voted for the plan, said the board had not listened to parents.",
    f"{R}=C {P}=C",
)
claim(
    "schools",
    "altered",
    "The Harwick school board voted 5-4 on Tuesday to close two elementary schools.",
    f"{G}=C {R}=C {P}=C {C3}=C",
)
claim(
    "schools",
    "altered",
    "Board member Tom Reyes said the board had not listened to parents.",
    f"{R}=C",
)

# --- dev: company results ------------------------------------------------------------------
story(
    "norvik",
    "dev",
    {
        "markets-1": """Norvik Foods reported a record profit of 412 million euros for 2023 on Thursday, up 18 percent from a year earlier.

Sales rose 9 percent to 5.6 billion euros, helped by higher prices for its frozen meals.

Chief executive Anna Lindqvist said the company would raise its dividend by 10 percent.

Norvik shares rose 4 percent in Oslo trading.

The company also said it would close its plant in Bergen next year, cutting 220 jobs.""",
        "business-2": """Frozen food maker Norvik posted record annual profit on Thursday as price increases offset weaker volumes.

Net profit climbed 18 percent to 412 million euros.

Revenue grew to 5.6 billion euros.

The company plans to shut its Bergen factory in 2025, with the loss of about 220 jobs, a spokesman said.

Chief executive Anna Lindqvist did not comment on the closure.""",
        "nordic-3": """Norvik Foods said on Thursday its net profit rose 12 percent to 395 million euros last year.

The Norwegian group will close a factory in Bergen, affecting 250 workers.

Unions said they had not been consulted about the closure.

Chief executive Anna Lindqvist said the dividend would increase by 10 percent.""",
    },
)
M, B, NO = "markets-1", "business-2", "nordic-3"
claim(
    "norvik",
    "copied",
    "Norvik Foods reported a record profit of 412 million euros for 2023 "
    "on Thursday, up 18 percent from a year earlier.",
    f"{M}=S {B}=S {NO}=C",
    M,
)
claim(
    "norvik", "copied", "Unions said they had not been consulted about the closure.", f"{NO}=S", NO
)
claim(
    "norvik",
    "copied",
    "Chief executive Anna Lindqvist said the company would raise its dividend by 10 percent.",
    f"{M}=S {NO}=S",
    M,
)
claim(
    "norvik",
    "copied",
    "The company plans to shut its Bergen factory in 2025, with the loss of "
    "about 220 jobs, a spokesman said.",
    f"{B}=S {M}=S {NO}=C",
    B,
)
claim("norvik", "copied", "Norvik shares rose 4 percent in Oslo trading.", f"{M}=S", M)
claim(
    "norvik",
    "human",
    "Norvik's net profit rose 18 percent to a record 412 million euros.",
    f"{M}=S {B}=S {NO}=C",
)
claim("norvik", "human", "Revenue climbed to 5.6 billion euros.", f"{M}=S {B}=S")
claim(
    "norvik",
    "human",
    "Norvik will close its Bergen plant, cutting about 220 jobs.",
    f"{M}=S {B}=S {NO}=C",
)
claim("norvik", "human", "The dividend will go up by 10 percent, Lindqvist said.", f"{M}=S {NO}=S")
claim(
    "norvik",
    "human",
    "Unions complained that they were not consulted on the plant closure.",
    f"{NO}=S",
)
claim(
    "norvik",
    "altered",
    "Norvik Foods reported a record loss of 412 million euros for 2023.",
    f"{M}=C {B}=C {NO}=C",
)
claim(
    "norvik",
    "altered",
    "Norvik's net profit rose 28 percent to 412 million euros.",
    f"{M}=C {B}=C {NO}=C",
)
claim(
    "norvik",
    "altered",
    "Chief executive Anna Lindqvist said the company would cut its dividend by 10 percent.",
    f"{M}=C {NO}=C",
)
claim(
    "norvik",
    "altered",
    "Norvik will close its plant in Trondheim, cutting 220 jobs.",
    f"{M}=C {B}=C {NO}=C",
)
claim("norvik", "altered", "Revenue grew to 6.5 billion euros.", f"{M}=C {B}=C")
claim(
    "norvik",
    "altered",
    "Chief executive Erik Dahl said the dividend would increase by 10 percent.",
    f"{M}=C {NO}=C",
)

# --- test: earthquake ----------------------------------------------------------------------
story(
    "quake",
    "test",
    {
        "times-1": """A magnitude 6.4 earthquake struck the mountainous Kestra region early on Sunday, killing at least 37 people and destroying hundreds of homes, officials said.

The quake hit at 4:12 a.m. at a depth of 10 kilometres, according to the national seismology institute.

Rescue teams were still searching the rubble in the town of Dravo, where a school and a hospital collapsed.

Prime Minister Elena Varga flew to the region and promised aid to families who lost their homes.

Some 150 people were injured.""",
        "tribune-2": """At least 41 people were killed when a strong earthquake shook the Kestra region on Sunday morning, the interior ministry said.

The quake measured 6.2, the geological survey said.

In Dravo, the worst-hit town, a hospital wing collapsed, but patients had been evacuated after an earlier tremor.

About 130 people were hurt.

Prime Minister Elena Varga visited Dravo and declared a state of emergency.""",
        "observer-3": """The death toll from Sunday's magnitude 6.4 earthquake in the Kestra region has risen to 37, officials said.

The quake struck at 4:12 a.m.

The town of Dravo was hardest hit, with a school and part of a hospital destroyed.

Prime Minister Elena Varga, who visited the area, declared a state of emergency for 30 days.

Aftershocks continued throughout the day.""",
        "agency-4": """Rescuers dug through collapsed buildings in Dravo on Sunday after an earthquake killed at least 37 people in the Kestra region.

Neighbouring countries offered to send rescue teams.

The European Union pledged 5 million euros in emergency aid.""",
    },
)
T1, T2, O3, A4 = "times-1", "tribune-2", "observer-3", "agency-4"
claim(
    "quake",
    "copied",
    "A magnitude 6.4 earthquake struck the mountainous Kestra region early "
    "on Sunday, killing at least 37 people and destroying hundreds of homes, officials said.",
    f"{T1}=S {T2}=C",
    T1,
)
claim(
    "quake",
    "copied",
    "The quake hit at 4:12 a.m. at a depth of 10 kilometres, according to "
    "the national seismology institute.",
    f"{T1}=S",
    T1,
)
claim(
    "quake",
    "copied",
    "In Dravo, the worst-hit town, a hospital wing collapsed, but patients "
    "had been evacuated after an earlier tremor.",
    f"{T2}=S",
    T2,
)
claim(
    "quake",
    "copied",
    "Prime Minister Elena Varga, who visited the area, declared a state of emergency for 30 days.",
    f"{O3}=S",
    O3,
)
claim(
    "quake", "copied", "The European Union pledged 5 million euros in emergency aid.", f"{A4}=S", A4
)
claim("quake", "copied", "About 130 people were hurt.", f"{T2}=S {T1}=C", T2)
claim(
    "quake",
    "human",
    "A 6.4-magnitude earthquake killed at least 37 people in the Kestra region on Sunday.",
    f"{T1}=S {O3}=S {T2}=C",
)
claim("quake", "human", "A school and a hospital collapsed in the town of Dravo.", f"{T1}=S {O3}=S")
claim(
    "quake", "human", "Prime Minister Elena Varga declared a state of emergency.", f"{T2}=S {O3}=S"
)
claim("quake", "human", "The earthquake struck at 4:12 a.m.", f"{T1}=S {O3}=S")
claim("quake", "human", "Other countries offered to send rescuers.", f"{A4}=S")
claim("quake", "human", "Dravo was the worst-hit town.", f"{T2}=S {O3}=S")
claim(
    "quake",
    "altered",
    "A magnitude 7.1 earthquake struck the Kestra region on Sunday.",
    f"{T1}=C {T2}=C {O3}=C",
)
claim(
    "quake",
    "altered",
    "The earthquake killed at least 73 people in the Kestra region on Sunday.",
    f"{T1}=C {T2}=C {O3}=C {A4}=C",
)
claim(
    "quake", "altered", "The quake struck at 4:12 a.m. on Monday.", f"{T1}=C {O3}=C {T2}=C {A4}=C"
)
claim(
    "quake",
    "altered",
    "Prime Minister Elena Varga declared a state of emergency for 60 days.",
    f"{O3}=C",
)
claim("quake", "altered", "The United States pledged 5 million euros in emergency aid.", f"{A4}=C")
claim(
    "quake",
    "altered",
    "A school and a hospital collapsed in the town of Marev.",
    f"{T1}=C {O3}=C {T2}=C",
)

# --- test: train derailment ----------------------------------------------------------------
story(
    "train",
    "test",
    {
        "standard-1": """A passenger train derailed near the village of Oakridge on Friday afternoon, injuring 23 people, two of them seriously, the rail operator said.

The train, carrying about 180 passengers from Lindon to Port Ashby, left the tracks on a curve at about 3:30 p.m.

Investigators are examining whether the train was travelling too fast, said Harriet Moss, head of the national rail safety board.

The line will remain closed until at least Tuesday.

No one was killed.""",
        "echo-2": """Twenty-three people were hurt when a passenger train came off the rails near Oakridge on Friday.

Two passengers were taken to hospital with serious injuries.

The train was carrying 180 people, according to operator Westline.

Harriet Moss of the rail safety board said it was too early to say what caused the crash, but that speed would be examined.

Westline said services between Lindon and Port Ashby would resume on Monday.""",
        "sentinel-3": """A train derailed near Oakridge on Friday, injuring 32 passengers, regional police said.

Police spokesman Daniel Frey said the driver had been tested for alcohol and the result was negative.

The train was travelling at 90 km/h on a section limited to 60 km/h, according to a preliminary report seen by the newspaper.

One passenger died in hospital on Saturday.""",
        "bulletin-4": """Rail safety board chief Harriet Moss said investigators would look at the speed of the train that derailed near Oakridge on Friday.

Twenty-three people were injured.

The operator, Westline, said it would cooperate with the inquiry.""",
    },
)
S1, E2, SE3, B4 = "standard-1", "echo-2", "sentinel-3", "bulletin-4"
claim(
    "train",
    "copied",
    "A passenger train derailed near the village of Oakridge on Friday "
    "afternoon, injuring 23 people, two of them seriously, the rail operator said.",
    f"{S1}=S {E2}=S {SE3}=C",
    S1,
)
claim(
    "train",
    "copied",
    "Police spokesman Daniel Frey said the driver had been tested for "
    "alcohol and the result was negative.",
    f"{SE3}=S",
    SE3,
)
claim(
    "train",
    "copied",
    "The train was travelling at 90 km/h on a section limited to 60 km/h, "
    "according to a preliminary report seen by the newspaper.",
    f"{SE3}=S",
    SE3,
)
claim(
    "train",
    "copied",
    "Westline said services between Lindon and Port Ashby would resume on Monday.",
    f"{E2}=S {S1}=C",
    E2,
)
claim("train", "copied", "No one was killed.", f"{S1}=S {SE3}=C", S1)
claim(
    "train",
    "copied",
    "The operator, Westline, said it would cooperate with the inquiry.",
    f"{B4}=S",
    B4,
)
claim(
    "train",
    "human",
    "Twenty-three people were injured when a train derailed near Oakridge on Friday.",
    f"{S1}=S {E2}=S {B4}=S {SE3}=C",
)
claim("train", "human", "The train had about 180 passengers on board.", f"{S1}=S {E2}=S")
claim(
    "train",
    "human",
    "Investigators will examine whether the train was going too fast, rail "
    "safety board head Harriet Moss said.",
    f"{S1}=S {E2}=S {B4}=S",
)
claim("train", "human", "Two of the injured were seriously hurt.", f"{S1}=S {E2}=S")
claim("train", "human", "The driver tested negative for alcohol, police said.", f"{SE3}=S")
claim("train", "human", "The train left the tracks on a curve around 3:30 p.m.", f"{S1}=S")
claim(
    "train",
    "altered",
    "Twenty-three people were injured when a train derailed near Oakridge on Sunday.",
    f"{S1}=C {E2}=C {SE3}=C {B4}=C",
)
claim("train", "altered", "The train was carrying about 280 passengers.", f"{S1}=C {E2}=C")
claim(
    "train",
    "altered",
    "Police spokesman Daniel Frey said the driver had tested positive for alcohol.",
    f"{SE3}=C",
)
claim(
    "train",
    "altered",
    "The train was travelling at 120 km/h on a section limited to 60 km/h.",
    f"{SE3}=C",
)
claim(
    "train",
    "altered",
    "Rail safety board chief Harriet Moss said investigators had ruled out speed as a cause.",
    f"{S1}=C {E2}=C {B4}=C",
)
claim(
    "train",
    "altered",
    "Westline said services between Lindon and Port Ashby would resume on Thursday.",
    f"{E2}=C",
)

# --- test: court verdict -------------------------------------------------------------------
story(
    "verdict",
    "test",
    {
        "chronicle-1": """A jury in Carlton on Wednesday found former city treasurer Victor Hale guilty of embezzling $2.4 million from the city's pension fund.

Hale, 58, showed no emotion as the verdict was read after two days of deliberation.

Prosecutors said he used the money to buy a lakeside house and two sports cars.

Sentencing was set for March 14.

He faces up to 20 years in prison.""",
        "journal-2": """Former Carlton treasurer Victor Hale was convicted on Wednesday of stealing $2.4 million in public pension money.

The jury deliberated for two days.

Defence lawyer Ruth Alvarez said her client would appeal.

Hale will be sentenced on March 14 and could face 20 years behind bars.""",
        "press-3": """Victor Hale, Carlton's former treasurer, was found guilty on Wednesday of embezzling $4.2 million, prosecutors said.

Hale's lawyer, Ruth Alvarez, said the verdict was unjust and that they would appeal.

The case came to light in 2021 when an audit found gaps in the pension fund's accounts.

Sentencing is scheduled for March 21.""",
        "metro-4": """Victor Hale, 58, the former city treasurer of Carlton, was acquitted on Wednesday of the most serious charge, fraud, but convicted of embezzlement.

The jury took two days to reach its verdict.

Mayor Alan Brooks said the city would try to recover the money.""",
    },
)
CH, J2, P3, M4 = "chronicle-1", "journal-2", "press-3", "metro-4"
claim(
    "verdict",
    "copied",
    "A jury in Carlton on Wednesday found former city treasurer Victor "
    "Hale guilty of embezzling $2.4 million from the city's pension fund.",
    f"{CH}=S {J2}=S {P3}=C",
    CH,
)
claim(
    "verdict",
    "copied",
    "Defence lawyer Ruth Alvarez said her client would appeal.",
    f"{J2}=S {P3}=S",
    J2,
)
claim(
    "verdict",
    "copied",
    "The case came to light in 2021 when an audit found gaps in the pension fund's accounts.",
    f"{P3}=S",
    P3,
)
claim(
    "verdict",
    "copied",
    "Prosecutors said he used the money to buy a lakeside house and two sports cars.",
    f"{CH}=S",
    CH,
)
claim(
    "verdict",
    "copied",
    "Mayor Alan Brooks said the city would try to recover the money.",
    f"{M4}=S",
    M4,
)
claim("verdict", "copied", "Sentencing was set for March 14.", f"{CH}=S {J2}=S {P3}=C", CH)
claim(
    "verdict",
    "human",
    "Former Carlton treasurer Victor Hale was convicted of embezzling $2.4 million.",
    f"{CH}=S {J2}=S {P3}=C",
)
claim(
    "verdict",
    "human",
    "The jury deliberated for two days before reaching a verdict.",
    f"{CH}=S {J2}=S {M4}=S",
)
claim(
    "verdict",
    "human",
    "Hale could be sentenced to as many as 20 years in prison.",
    f"{CH}=S {J2}=S",
)
claim("verdict", "human", "His lawyer said Hale would appeal the verdict.", f"{J2}=S {P3}=S")
claim("verdict", "human", "Hale will be sentenced on March 14.", f"{CH}=S {J2}=S {P3}=C")
claim("verdict", "human", "Hale, 58, was found guilty on Wednesday.", f"{CH}=S {M4}=S")
claim(
    "verdict",
    "altered",
    "A jury in Carlton on Wednesday found former city treasurer Victor "
    "Hale not guilty of embezzling $2.4 million.",
    f"{CH}=C {J2}=C {P3}=C {M4}=C",
)
claim("verdict", "altered", "Hale faces up to 25 years in prison.", f"{CH}=C {J2}=C")
claim(
    "verdict",
    "altered",
    "Former Carlton treasurer Victor Hale was convicted on Monday of "
    "stealing public pension money.",
    f"{CH}=C {J2}=C {P3}=C {M4}=C",
)
claim(
    "verdict",
    "altered",
    "Defence lawyer Maria Lopez said her client would appeal.",
    f"{J2}=C {P3}=C",
)
claim(
    "verdict",
    "altered",
    "Prosecutors said Hale used the money to buy a lakeside house and three sports cars.",
    f"{CH}=C",
)
claim(
    "verdict",
    "altered",
    "The case came to light in 2019 when an audit found gaps in the pension fund's accounts.",
    f"{P3}=C",
)


# --- added in the hardening round (issue 6 follow-up) ---------------------------------------
# Written for newsbrief like the stories above. "heldout" stories were written and labelled
# before any threshold was looked at again and are never tuned on; "dev" ones may be.

# --- dev: airline outage ---------------------------------------------------------------------
story(
    "airline",
    "dev",
    {
        "wire-1": """Skyra Air cancelled 140 flights on Friday after a computer failure grounded its fleet, the airline said.

About 18,000 passengers were affected.

The airline said the failure was caused by a faulty software update, not a cyberattack.

Chief executive Lena Dahl apologised to customers and promised refunds.

Services were back to normal by Saturday morning.""",
        "journal-2": """A computer outage forced Skyra Air to cancel 140 flights on Friday.

The airline ruled out a cyberattack and blamed a software update.

Some 18,000 travellers were stranded.

Lena Dahl, the chief executive, said customers would get full refunds.""",
        "tribune-3": """Skyra Air cancelled 160 flights on Friday because of an IT failure.

The airline said it could not rule out a cyberattack.

Flights resumed on Sunday.

Chief executive Lena Dahl apologised to customers.""",
    },
)
AW, AJ, AT = "wire-1", "journal-2", "tribune-3"
claim(
    "airline",
    "copied",
    "Skyra Air cancelled 140 flights on Friday after a computer failure "
    "grounded its fleet, the airline said.",
    f"{AW}=S {AJ}=S {AT}=C",
    AW,
)
claim(
    "airline",
    "copied",
    "The airline said the failure was caused by a faulty software update, not a cyberattack.",
    f"{AW}=S {AJ}=S {AT}=C",
    AW,
)
claim("airline", "copied", "Some 18,000 travellers were stranded.", f"{AJ}=S {AW}=S", AJ)
claim("airline", "copied", "Flights resumed on Sunday.", f"{AT}=S {AW}=C", AT)
claim("airline", "human", "Skyra Air cancelled 140 flights on Friday.", f"{AW}=S {AJ}=S {AT}=C")
claim("airline", "human", "About 18,000 passengers were affected.", f"{AW}=S {AJ}=S")
claim("airline", "human", "Lena Dahl apologised and promised refunds.", f"{AW}=S")
claim("airline", "human", "The airline blamed a software update.", f"{AW}=S {AJ}=S")
claim("airline", "altered", "Skyra Air cancelled 140 flights on Thursday.", f"{AW}=C {AJ}=C {AT}=C")
claim("airline", "altered", "About 28,000 passengers were affected.", f"{AW}=C {AJ}=C")
claim("airline", "altered", "The airline ruled out a software fault.", f"{AJ}=C")
claim(
    "airline",
    "altered",
    "Chief executive Lena Dahl refused to apologise to customers.",
    f"{AW}=C {AT}=C",
)

# --- held out: museum theft ------------------------------------------------------------------
story(
    "museum",
    "heldout",
    {
        "courier-1": """Thieves stole three paintings from the Ardel Museum in Castor early on Saturday, police said.

The paintings, including a landscape by Henrik Volm, are valued at about 4 million euros.

The thieves entered through a skylight shortly after 2 a.m. and left within ten minutes.

Police chief Ines Marlow said officers had arrested two men on Sunday.

The museum said its alarm system had not been working since a storm last month.

The museum will stay closed until Thursday.""",
        "gazette-2": """Three paintings were stolen from Castor's Ardel Museum on Saturday morning.

Museum director Paul Evers put their value at 4 million euros.

Police chief Ines Marlow said no arrests had been made and appealed for witnesses.

The thieves broke in through a skylight, police said.

Evers said the alarm system had been working but guards responded too slowly.""",
        "wire-3": """Thieves took four paintings from the Ardel Museum in Castor on Saturday, including a work by Henrik Volm, police said.

The paintings are worth an estimated 4 million euros.

Two men were arrested on Sunday in connection with the theft, police chief Ines Marlow said.

The burglars entered through a skylight at about 2 a.m.

The museum will reopen on Thursday.""",
    },
)
MC, MG, MW = "courier-1", "gazette-2", "wire-3"
claim(
    "museum",
    "copied",
    "Thieves stole three paintings from the Ardel Museum in Castor early on Saturday, police said.",
    f"{MC}=S {MG}=S {MW}=C",
    MC,
)
claim(
    "museum",
    "copied",
    "Police chief Ines Marlow said officers had arrested two men on Sunday.",
    f"{MC}=S {MW}=S {MG}=C",
    MC,
)
claim(
    "museum",
    "copied",
    "Museum director Paul Evers put their value at 4 million euros.",
    f"{MG}=S",
    MG,
)
claim(
    "museum",
    "copied",
    "The burglars entered through a skylight at about 2 a.m.",
    f"{MW}=S {MC}=S",
    MW,
)
claim(
    "museum",
    "copied",
    "The museum said its alarm system had not been working since a storm last month.",
    f"{MC}=S {MG}=C",
    MC,
)
claim(
    "museum",
    "human",
    "Three paintings were taken from the Ardel Museum on Saturday.",
    f"{MC}=S {MG}=S {MW}=C",
)
claim("museum", "human", "The thieves got in through a skylight.", f"{MC}=S {MG}=S {MW}=S")
claim("museum", "human", "Two men were arrested on Sunday.", f"{MC}=S {MW}=S {MG}=C")
claim(
    "museum", "human", "The stolen works are worth about 4 million euros.", f"{MC}=S {MG}=S {MW}=S"
)
claim("museum", "human", "The museum is closed until Thursday.", f"{MC}=S {MW}=S")
claim(
    "museum",
    "altered",
    "Thieves stole three paintings from the Ardel Museum in Castor early on Sunday.",
    f"{MC}=C {MG}=C {MW}=C",
)
claim(
    "museum",
    "altered",
    "The paintings are valued at about 6 million euros.",
    f"{MC}=C {MG}=C {MW}=C",
)
claim(
    "museum",
    "altered",
    "Police chief Ines Marlow said officers had arrested two women on Sunday.",
    f"{MC}=C {MW}=C",
)
claim(
    "museum", "altered", "The thieves entered through a basement window.", f"{MC}=C {MG}=C {MW}=C"
)
claim("museum", "altered", "The museum will reopen on Tuesday.", f"{MC}=C {MW}=C")

# --- held out: steel strike ------------------------------------------------------------------
story(
    "strike",
    "heldout",
    {
        "times-1": """Workers at the Halvard Steel plant in Dunmore began an indefinite strike on Monday after pay talks collapsed, the Metalworkers Union said.

About 1,800 of the plant's 2,100 workers walked out.

The union is demanding a 9 percent pay rise; the company has offered 4 percent.

Halvard chief executive Rolf Berne said the company could not afford a larger increase.

The plant produces about a third of the country's steel.

No new talks have been scheduled.""",
        "post-2": """Around 1,800 workers at Halvard Steel's Dunmore plant went on strike on Monday.

The Metalworkers Union wants a 9 percent raise, while management has offered 5 percent.

Chief executive Rolf Berne said the offer was fair and final.

Union leader Sara Quint said the strike would continue until a better offer was made.

Talks are due to resume on Thursday.""",
        "herald-3": """A strike by steelworkers at Halvard's plant in Dunmore began on Tuesday.

The union said 1,800 workers had joined the walkout.

Workers are seeking a 9 percent pay increase, against the 4 percent offered by the company.

Union leader Sara Quint said members had voted overwhelmingly for the strike.

Halvard shares fell 3 percent on the news.""",
    },
)
ST, SP, SH = "times-1", "post-2", "herald-3"
claim(
    "strike",
    "copied",
    "Workers at the Halvard Steel plant in Dunmore began an indefinite "
    "strike on Monday after pay talks collapsed, the Metalworkers Union said.",
    f"{ST}=S {SH}=C",
    ST,
)
claim(
    "strike",
    "copied",
    "The union is demanding a 9 percent pay rise; the company has offered 4 percent.",
    f"{ST}=S {SH}=S {SP}=C",
    ST,
)
claim(
    "strike",
    "copied",
    "Union leader Sara Quint said the strike would continue until a better offer was made.",
    f"{SP}=S",
    SP,
)
claim("strike", "copied", "Halvard shares fell 3 percent on the news.", f"{SH}=S", SH)
claim("strike", "copied", "No new talks have been scheduled.", f"{ST}=S {SP}=C", ST)
claim(
    "strike",
    "human",
    "About 1,800 Halvard Steel workers in Dunmore went on strike.",
    f"{ST}=S {SP}=S {SH}=S",
)
claim("strike", "human", "The union wants a 9 percent pay rise.", f"{ST}=S {SP}=S {SH}=S")
claim("strike", "human", "Halvard offered its workers 4 percent.", f"{ST}=S {SH}=S {SP}=C")
claim("strike", "human", "Rolf Berne said Halvard could not afford to pay more.", f"{ST}=S")
claim("strike", "human", "The Dunmore plant makes about a third of the country's steel.", f"{ST}=S")
claim("strike", "altered", "The union is demanding a 12 percent pay rise.", f"{ST}=C {SP}=C {SH}=C")
claim(
    "strike",
    "altered",
    "About 1,800 workers at Halvard's Dunmore plant went on strike on Wednesday.",
    f"{ST}=C {SP}=C {SH}=C",
)
claim(
    "strike",
    "altered",
    "Union leader Sara Quint said members had voted narrowly for the strike.",
    f"{SH}=C",
)
claim("strike", "altered", "Halvard shares rose 3 percent on the news.", f"{SH}=C")
claim(
    "strike",
    "altered",
    "Union leader Rolf Berne said the strike would continue until a better offer was made.",
    f"{SP}=C",
)

# --- held out: mayoral election --------------------------------------------------------------
story(
    "election",
    "heldout",
    {
        "daily-1": """Anna Kovac won the mayoral election in Brennport on Sunday with 54 percent of the vote, official results showed.

Her rival, incumbent mayor Jonas Pell, received 46 percent and conceded defeat on Sunday night.

Turnout was 61 percent, up from 48 percent four years ago.

Kovac, a former teacher, promised to build 2,000 affordable homes.

She will take office on January 5.""",
        "observer-2": """Challenger Anna Kovac defeated mayor Jonas Pell in Brennport's election on Sunday, taking 54 percent of the vote.

Pell did not concede and said he would ask for a recount.

Turnout rose to 61 percent.

Kovac has pledged to build 2,000 affordable homes.""",
        "news-3": """Brennport voters elected Anna Kovac as mayor on Sunday, giving her 52 percent of the vote.

Incumbent Jonas Pell won 48 percent.

Kovac will be sworn in on January 5.

Turnout was 61 percent.""",
    },
)
ED, EO, EN = "daily-1", "observer-2", "news-3"
claim(
    "election",
    "copied",
    "Anna Kovac won the mayoral election in Brennport on Sunday with 54 "
    "percent of the vote, official results showed.",
    f"{ED}=S {EO}=S {EN}=C",
    ED,
)
claim(
    "election",
    "copied",
    "Her rival, incumbent mayor Jonas Pell, received 46 percent and "
    "conceded defeat on Sunday night.",
    f"{ED}=S {EN}=C {EO}=C",
    ED,
)
claim(
    "election",
    "copied",
    "Pell did not concede and said he would ask for a recount.",
    f"{EO}=S {ED}=C",
    EO,
)
claim(
    "election",
    "copied",
    "Turnout was 61 percent, up from 48 percent four years ago.",
    f"{ED}=S",
    ED,
)
claim("election", "copied", "Kovac will be sworn in on January 5.", f"{EN}=S {ED}=S", EN)
claim(
    "election",
    "human",
    "Anna Kovac was elected mayor of Brennport on Sunday.",
    f"{ED}=S {EO}=S {EN}=S",
)
claim("election", "human", "Turnout was 61 percent.", f"{ED}=S {EO}=S {EN}=S")
claim("election", "human", "Kovac has promised 2,000 affordable homes.", f"{ED}=S {EO}=S")
claim("election", "human", "Jonas Pell conceded defeat.", f"{ED}=S {EO}=C")
claim(
    "election",
    "altered",
    "Anna Kovac won the mayoral election in Brennport on Sunday with 58 percent of the vote.",
    f"{ED}=C {EO}=C {EN}=C",
)
claim("election", "altered", "Turnout was 71 percent.", f"{ED}=C {EO}=C {EN}=C")
claim(
    "election", "altered", "Kovac has promised to build 3,000 affordable homes.", f"{ED}=C {EO}=C"
)
claim("election", "altered", "Kovac will take office on January 15.", f"{ED}=C {EN}=C")
claim(
    "election",
    "altered",
    "Jonas Pell won the mayoral election in Brennport on Sunday.",
    f"{ED}=C {EO}=C {EN}=C",
)


# --- held out (second round): written and labelled after all tuning, scored once ------------
story(
    "breach",
    "heldout2",
    {
        "ledger-1": """Hackers stole the personal data of about 220,000 patients from Marrow Valley Health, the hospital group said on Wednesday.

The breach was discovered on May 3, nearly two weeks after the attackers first entered the network.

Names, addresses and insurance numbers were taken, but no payment card details were exposed.

Chief executive Owen Tate said the group had notified regulators and hired an outside security firm.

The hospital group said it had not paid a ransom.""",
        "monitor-2": """Marrow Valley Health said on Wednesday that data on roughly 220,000 patients had been stolen in a cyberattack.

The group found the intrusion on May 3.

Chief executive Owen Tate apologised to patients and said the group had informed regulators.

Security researchers said a ransomware gang had claimed responsibility.""",
        "bulletin-3": """A cyberattack on Marrow Valley Health exposed the records of 250,000 patients, the company said on Wednesday.

The attack was detected on May 8.

Payment card details were among the data taken, the company said.

A spokeswoman said the group had paid a ransom to the attackers.""",
    },
)
BL, BM, BB = "ledger-1", "monitor-2", "bulletin-3"
claim(
    "breach",
    "copied",
    "Hackers stole the personal data of about 220,000 patients from Marrow "
    "Valley Health, the hospital group said on Wednesday.",
    f"{BL}=S {BM}=S {BB}=C",
    BL,
)
claim(
    "breach",
    "copied",
    "Names, addresses and insurance numbers were taken, but no payment card details were exposed.",
    f"{BL}=S {BB}=C",
    BL,
)
claim("breach", "copied", "The group found the intrusion on May 3.", f"{BM}=S {BL}=S {BB}=C", BM)
claim(
    "breach",
    "copied",
    "Security researchers said a ransomware gang had claimed responsibility.",
    f"{BM}=S",
    BM,
)
claim(
    "breach",
    "copied",
    "A spokeswoman said the group had paid a ransom to the attackers.",
    f"{BB}=S {BL}=C",
    BB,
)
claim(
    "breach",
    "human",
    "Data on about 220,000 Marrow Valley Health patients was stolen.",
    f"{BL}=S {BM}=S {BB}=C",
)
claim("breach", "human", "The breach was discovered on May 3.", f"{BL}=S {BM}=S {BB}=C")
claim("breach", "human", "Owen Tate said regulators had been notified.", f"{BL}=S {BM}=S")
claim("breach", "human", "Marrow Valley Health said it did not pay a ransom.", f"{BL}=S {BB}=C")
claim("breach", "human", "No payment card details were exposed.", f"{BL}=S {BB}=C")
claim(
    "breach",
    "altered",
    "Hackers stole the personal data of about 320,000 patients from Marrow Valley Health.",
    f"{BL}=C {BM}=C {BB}=C",
)
claim("breach", "altered", "The breach was discovered on June 3.", f"{BL}=C {BM}=C {BB}=C")
claim(
    "breach",
    "altered",
    "Chief executive Owen Tate said the group had hired an outside law firm.",
    f"{BL}=C",
)
claim(
    "breach",
    "altered",
    "Chief executive Ruth Tate said the group had notified regulators.",
    f"{BL}=C {BM}=C",
)
claim("breach", "altered", "Names, addresses and bank account numbers were taken.", f"{BL}=C")

story(
    "wildfire",
    "heldout2",
    {
        "sun-1": """A wildfire near the town of Ellisford has burned about 3,500 hectares since it started on Tuesday, fire officials said on Thursday.

More than 1,200 residents were ordered to leave their homes.

Two firefighters were injured, one of them seriously.

Officials said the fire was started by a spark from a passing train.

Cooler weather is expected to help crews over the weekend.""",
        "mail-2": """The Ellisford wildfire has grown to 3,500 hectares, fire officials said on Thursday.

About 1,200 people have been evacuated.

Investigators believe sparks from a train started the blaze.

No homes have been destroyed, officials said.""",
        "star-3": """A wildfire that broke out near Ellisford on Monday has burned 5,000 hectares.

More than 1,200 residents were told to leave.

Three firefighters were injured.

Fourteen homes have been destroyed, officials said.

The cause of the fire is under investigation and arson has not been ruled out.""",
    },
)
WS, WM, WR = "sun-1", "mail-2", "star-3"
claim(
    "wildfire",
    "copied",
    "A wildfire near the town of Ellisford has burned about 3,500 hectares "
    "since it started on Tuesday, fire officials said on Thursday.",
    f"{WS}=S {WR}=C",
    WS,
)
claim(
    "wildfire",
    "copied",
    "Two firefighters were injured, one of them seriously.",
    f"{WS}=S {WR}=C",
    WS,
)
claim(
    "wildfire",
    "copied",
    "Officials said the fire was started by a spark from a passing train.",
    f"{WS}=S {WM}=S",
    WS,
)
claim("wildfire", "copied", "No homes have been destroyed, officials said.", f"{WM}=S {WR}=C", WM)
claim(
    "wildfire",
    "copied",
    "The cause of the fire is under investigation and arson has not been ruled out.",
    f"{WR}=S",
    WR,
)
claim("wildfire", "human", "About 1,200 residents were evacuated.", f"{WS}=S {WM}=S {WR}=S")
claim("wildfire", "human", "The fire has burned 3,500 hectares.", f"{WS}=S {WM}=S {WR}=C")
claim("wildfire", "human", "A passing train's spark started the fire.", f"{WS}=S {WM}=S")
claim("wildfire", "human", "Fourteen homes were destroyed.", f"{WR}=S {WM}=C")
claim("wildfire", "altered", "Four firefighters were injured.", f"{WS}=C {WR}=C")
claim("wildfire", "altered", "About 2,100 residents were evacuated.", f"{WS}=C {WM}=C {WR}=C")
claim(
    "wildfire",
    "altered",
    "Officials said the fire was started by a spark from a passing truck.",
    f"{WS}=C {WM}=C",
)
claim("wildfire", "altered", "Forty homes have been destroyed.", f"{WM}=C {WR}=C")
claim("wildfire", "altered", "A wildfire near Ellisford started on Wednesday.", f"{WS}=C {WR}=C")


# --- held out (third round): written and labelled before any change of this round -----------
story(
    "ferry",
    "heldout3",
    {
        "post-1": """A passenger ferry ran aground off Karrow Island on Saturday evening, and all 214 people on board were rescued, the coast guard said on Sunday.

Three passengers were taken to hospital with minor injuries.

The ferry, operated by Islebridge Lines, had left the port of Denham about an hour earlier.

Captain Mira Solberg told investigators the vessel lost engine power in strong winds.

Islebridge Lines suspended all sailings on the route until Wednesday.""",
        "herald-2": """All 214 passengers and crew were rescued after a ferry ran aground near Karrow Island on Saturday, the coast guard said.

The ferry had sailed from Denham roughly an hour before it struck rocks.

Three people were treated in hospital for minor injuries.

The company said it would cooperate fully with the investigation.""",
        "wire-3": """A ferry carrying 241 people ran aground off Karrow Island on Friday night.

Five passengers were seriously injured, according to local officials.

The operator, Islebridge Lines, said the ship had struck an uncharted rock.

Sailings on the route will resume on Monday.""",
        "gazette-4": """Investigators are examining why an Islebridge Lines ferry lost power before it ran aground on Saturday.

Passengers praised Captain Mira Solberg for keeping calm during the evacuation.

Weather forecasters had issued a warning for strong winds that afternoon.""",
    },
)
FP, FH, FW, FG = "post-1", "herald-2", "wire-3", "gazette-4"
claim(
    "ferry",
    "copied",
    "A passenger ferry ran aground off Karrow Island on Saturday evening, and "
    "all 214 people on board were rescued, the coast guard said on Sunday.",
    f"{FP}=S {FH}=S {FW}=C",
    FP,
)
claim(
    "ferry",
    "copied",
    "Three passengers were taken to hospital with minor injuries.",
    f"{FP}=S {FH}=S {FW}=C",
    FP,
)
claim(
    "ferry",
    "copied",
    "Captain Mira Solberg told investigators the vessel lost engine power in strong winds.",
    f"{FP}=S",
    FP,
)
claim(
    "ferry",
    "copied",
    "The operator, Islebridge Lines, said the ship had struck an uncharted rock.",
    f"{FW}=S",
    FW,
)
claim(
    "ferry",
    "copied",
    "The company said it would cooperate fully with the investigation.",
    f"{FH}=S",
    FH,
)
claim("ferry", "human", "All 214 people aboard the ferry were rescued.", f"{FP}=S {FH}=S {FW}=C")
claim(
    "ferry",
    "human",
    "The ferry had left Denham about an hour before it ran aground.",
    f"{FP}=S {FH}=S",
)
claim(
    "ferry",
    "human",
    "Islebridge Lines suspended sailings on the route until Wednesday.",
    f"{FP}=S {FW}=C",
)
claim("ferry", "human", "Passengers said the captain had kept calm.", f"{FG}=S")
claim("ferry", "human", "The ferry lost engine power in strong winds, the captain said.", f"{FP}=S")
claim(
    "ferry", "altered", "Three crew members were taken to hospital with minor injuries.", f"{FP}=C"
)
claim(
    "ferry",
    "altered",
    "Captain Mira Solberg told investigators the vessel lost engine power in light winds.",
    f"{FP}=C",
)
claim(
    "ferry",
    "altered",
    "The ferry had left the port of Denham about a day earlier.",
    f"{FP}=C {FH}=C",
)
claim(
    "ferry",
    "altered",
    "Islebridge Lines suspended all sailings on the route until Friday.",
    f"{FP}=C {FW}=C",
)
claim("ferry", "altered", "Captain Mira Solberg was among those taken to hospital.", "")

story(
    "stadium",
    "heldout3",
    {
        "times-1": """The Harlow city council voted narrowly on Tuesday night to approve a new 30,000-seat football stadium on the former rail yards.

The measure passed 7-6 after a four-hour debate.

Mayor Lena Okafor, who backed the plan, said it would create about 900 permanent jobs.

Opponents warned that the $310 million project would raise property taxes.

Construction is expected to begin next spring.""",
        "courier-2": """Harlow councillors approved a 30,000-seat stadium by a single vote on Tuesday.

Mayor Lena Okafor said the stadium would bring about 900 permanent jobs to the city.

Council member Pavel Ruiz, who voted against the plan, called it a gift to the team's owners.

The club will pay half of the $310 million cost.""",
        "observer-3": """Harlow will get a new football stadium after the city council approved the project on Tuesday.

The 25,000-seat stadium will cost $350 million, according to city documents.

Council member Pavel Ruiz said the vote was a mistake.

Work on the site could start as early as next spring.""",
        "news-4": """A divided Harlow city council gave the go-ahead to a football stadium on the old rail yards on Tuesday night.

Supporters in the public gallery cheered when the result was announced.

The team's owner, Corin Vale, thanked the council and promised that local firms would get most of the building contracts.

Mayor Lena Okafor cast the deciding vote.""",
    },
)
ST, SC, SO, SN = "times-1", "courier-2", "observer-3", "news-4"
claim(
    "stadium",
    "copied",
    "The Harlow city council voted narrowly on Tuesday night to approve a new "
    "30,000-seat football stadium on the former rail yards.",
    f"{ST}=S {SC}=S {SO}=C {SN}=S",
    ST,
)
claim("stadium", "copied", "The measure passed 7-6 after a four-hour debate.", f"{ST}=S", ST)
claim(
    "stadium",
    "copied",
    "Council member Pavel Ruiz, who voted against the plan, called it a gift to the team's owners.",
    f"{SC}=S",
    SC,
)
claim(
    "stadium",
    "copied",
    "The 25,000-seat stadium will cost $350 million, according to city documents.",
    f"{SO}=S {ST}=C {SC}=C",
    SO,
)
claim(
    "stadium",
    "copied",
    "Supporters in the public gallery cheered when the result was announced.",
    f"{SN}=S",
    SN,
)
claim(
    "stadium",
    "human",
    "Mayor Lena Okafor said the stadium would create about 900 permanent jobs.",
    f"{ST}=S {SC}=S",
)
claim(
    "stadium", "human", "The council approved the stadium on Tuesday by one vote.", f"{ST}=S {SC}=S"
)
claim("stadium", "human", "Construction could begin next spring.", f"{ST}=S {SO}=S")
claim(
    "stadium",
    "human",
    "The club will cover half of the stadium's $310 million cost.",
    f"{SC}=S {SO}=C",
)
claim(
    "stadium",
    "human",
    "Team owner Corin Vale promised that most building contracts would go to local firms.",
    f"{SN}=S",
)
claim(
    "stadium",
    "altered",
    "The Harlow city council voted overwhelmingly on Tuesday night to "
    "approve a new 30,000-seat football stadium.",
    f"{ST}=C {SC}=C",
)
claim(
    "stadium",
    "altered",
    "Mayor Lena Okafor said the stadium would create about 900 temporary jobs.",
    f"{ST}=C {SC}=C",
)
claim(
    "stadium",
    "altered",
    "Council member Pavel Ruiz, who voted for the plan, called it a gift to the team's owners.",
    f"{SC}=C",
)
claim(
    "stadium",
    "altered",
    "Opponents warned that the $310 million project would lower property taxes.",
    f"{ST}=C",
)
claim("stadium", "altered", "Corin Vale cast the deciding vote.", f"{SN}=C")

story(
    "recall",
    "heldout3",
    {
        "wire-1": """Brightmoor Foods is recalling about 40,000 jars of peanut butter after salmonella was found at its plant in Cressey, the company said on Friday.

Eleven people in four states have fallen ill, health officials said, and two of them were admitted to hospital.

No deaths have been reported.

The recalled jars carry best-before dates in March and April 2027.

Customers were told to throw the product away or return it for a full refund.""",
        "daily-2": """Brightmoor Foods recalled 40,000 jars of peanut butter on Friday over possible salmonella contamination.

Health officials have linked eleven illnesses to the product.

Production at the Cressey plant has been halted while inspectors test the equipment.

Chief executive Dana Whitlock said the company was deeply sorry.""",
        "press-3": """About 40,000 jars of Brightmoor peanut butter are being recalled because of listeria, the company said.

Fourteen people have been sickened, and one person has died.

The jars were sold in supermarkets across six states.""",
        "record-4": """Federal inspectors found salmonella in a sample taken at Brightmoor Foods' Cressey plant last week, the agency said.

Brightmoor Foods said it had voluntarily recalled the affected jars.

Dana Whitlock, the chief executive, said no other products were affected.

Shares in the company fell 6 percent on Friday.""",
    },
)
RW, RD, RP, RR = "wire-1", "daily-2", "press-3", "record-4"
claim(
    "recall",
    "copied",
    "Brightmoor Foods is recalling about 40,000 jars of peanut butter after "
    "salmonella was found at its plant in Cressey, the company said on Friday.",
    f"{RW}=S {RD}=S {RP}=C {RR}=S",
    RW,
)
claim("recall", "copied", "No deaths have been reported.", f"{RW}=S {RP}=C", RW)
claim(
    "recall",
    "copied",
    "Production at the Cressey plant has been halted while inspectors test the equipment.",
    f"{RD}=S",
    RD,
)
claim("recall", "copied", "The jars were sold in supermarkets across six states.", f"{RP}=S", RP)
claim("recall", "copied", "Shares in the company fell 6 percent on Friday.", f"{RR}=S", RR)
claim(
    "recall",
    "human",
    "Eleven people have fallen ill after eating the peanut butter.",
    f"{RW}=S {RD}=S {RP}=C",
)
claim("recall", "human", "Customers can return the jars for a full refund.", f"{RW}=S")
claim("recall", "human", "Dana Whitlock, Brightmoor's chief executive, apologised.", f"{RD}=S")
claim(
    "recall", "human", "Inspectors found salmonella at the Cressey plant.", f"{RW}=S {RR}=S {RP}=C"
)
claim("recall", "human", "Two of those who fell ill were admitted to hospital.", f"{RW}=S")
claim(
    "recall",
    "altered",
    "Eleven people in four states have fallen ill, health officials said, and "
    "two of them have died.",
    f"{RW}=C {RP}=C",
)
claim(
    "recall",
    "altered",
    "The recalled jars carry best-before dates in March and April 2028.",
    f"{RW}=C",
)
claim(
    "recall",
    "altered",
    "Brightmoor Foods is recalling about 40,000 jars of almond butter.",
    f"{RW}=C {RD}=C {RP}=C",
)
claim(
    "recall",
    "altered",
    "Dana Whitlock, the chief executive, said several other products were affected.",
    f"{RR}=C",
)
claim("recall", "altered", "Shares in the company rose 6 percent on Friday.", f"{RR}=C")
claim(
    "recall",
    "altered",
    "Federal inspectors found salmonella in a sample taken at Brightmoor "
    "Foods' Cressey warehouse last week.",
    f"{RR}=C",
)

# --- heldout4: written in the fourth round before any change, scored frozen ---------------
story(
    "bridge",
    "heldout4",
    {
        "post-1": """The Harlow Street bridge in Marrenford was closed for six hours on Tuesday after a cargo barge struck one of its piers, city officials said.

Three crew members on the barge were treated for minor injuries at the scene.

Engineers found a crack about two metres long in the damaged pier.

Traffic was diverted over the Quayside bridge, and delays of up to forty minutes were reported.

The barge, the Tessa Rhee, was carrying gravel downstream when it lost steering.""",
        "gazette-2": """A gravel barge lost steering and hit a pier of the Harlow Street bridge on Tuesday morning.

The bridge reopened to cars in the evening, but buses and lorries will stay off it until further checks.

Mayor Ilse Dorrow said the city would ask the barge's owner, Pennick Shipping, to pay for the repairs.

Nobody on the bridge was hurt.""",
        "herald-3": """The Harlow Street bridge was shut for two days after a barge struck it, officials said.

Engineers found a crack about five metres long in one of the piers.

Pennick Shipping said it was cooperating with the river authority's investigation.""",
        "times-4": """River authority inspectors boarded the barge Tessa Rhee on Tuesday to examine its steering gear.

Chief inspector Marco Venn said the inquiry would take about three weeks.

Pennick Shipping's shares fell 3 percent after the accident.""",
    },
)
BP, BG, BH, BT = "post-1", "gazette-2", "herald-3", "times-4"
claim(
    "bridge",
    "copied",
    "The Harlow Street bridge in Marrenford was closed for six hours on Tuesday "
    "after a cargo barge struck one of its piers, city officials said.",
    f"{BP}=S {BH}=C",
    BP,
)
claim(
    "bridge",
    "copied",
    "Three crew members on the barge were treated for minor injuries at the scene.",
    f"{BP}=S",
    BP,
)
claim(
    "bridge",
    "copied",
    "Mayor Ilse Dorrow said the city would ask the barge's owner, Pennick "
    "Shipping, to pay for the repairs.",
    f"{BG}=S",
    BG,
)
claim(
    "bridge",
    "copied",
    "Chief inspector Marco Venn said the inquiry would take about three weeks.",
    f"{BT}=S",
    BT,
)
claim(
    "bridge",
    "copied",
    "A gravel barge lost steering and hit a pier of the Harlow Street bridge on Tuesday morning.",
    f"{BG}=S {BP}=S {BH}=S",
    BG,
)
claim(
    "bridge",
    "human",
    "A barge carrying gravel hit the Harlow Street bridge after losing steering.",
    f"{BP}=S {BG}=S {BH}=S",
)
claim("bridge", "human", "Engineers found a two-metre crack in one pier.", f"{BP}=S {BH}=C")
claim(
    "bridge",
    "human",
    "Buses and lorries are kept off the bridge until more checks are done.",
    f"{BG}=S",
)
claim(
    "bridge",
    "human",
    "Pennick Shipping, which owns the barge, may be asked to pay for repairs.",
    f"{BG}=S",
)
claim("bridge", "human", "Drivers faced delays of up to forty minutes on the diversion.", f"{BP}=S")
claim(
    "bridge",
    "altered",
    "The Harlow Street bridge in Marrenford was closed for six days on Tuesday "
    "after a cargo barge struck one of its piers.",
    f"{BP}=C",
)
claim("bridge", "altered", "Three crew members on the barge were killed at the scene.", f"{BP}=C")
claim(
    "bridge",
    "altered",
    "Chief inspector Marco Venn said the inquiry would take about three months.",
    f"{BT}=C",
)
claim(
    "bridge", "altered", "Pennick Shipping's shares rose 3 percent after the accident.", f"{BT}=C"
)
claim(
    "bridge",
    "altered",
    "Mayor Marco Venn said the city would ask the barge's owner to pay for the repairs.",
    f"{BG}=C",
)
claim(
    "bridge",
    "altered",
    "A coal barge lost steering and hit a pier of the Harlow Street bridge on Tuesday morning.",
    f"{BG}=C {BP}=C",
)

story(
    "busdeal",
    "heldout4",
    {
        "wire-1": """Bus drivers in Caldmouth voted to accept a new pay deal on Thursday, ending a strike that had lasted three weeks.

The deal was approved by 612 votes to 148, the Transit Workers Union said.

Drivers will get a 7 percent raise this year and another 4 percent next year.

Services are expected to return to normal on Monday.""",
        "courier-2": """Caldmouth bus drivers have backed a pay offer, bringing their three-week strike to an end.

Union organiser Petra Osk said members had accepted the deal reluctantly.

The city transport authority said some night routes would resume on Saturday.""",
        "bulletin-3": """Drivers rejected the latest pay offer from the Caldmouth transport authority, the Transit Workers Union said on Thursday.

The strike, now in its fourth week, has left thousands of commuters without buses.

Authority chair Lionel Brask said he was disappointed by the result.""",
    },
)
SW, SC, SB = "wire-1", "courier-2", "bulletin-3"
claim(
    "busdeal",
    "copied",
    "Bus drivers in Caldmouth voted to accept a new pay deal on Thursday, ending "
    "a strike that had lasted three weeks.",
    f"{SW}=S {SC}=S {SB}=C",
    SW,
)
claim(
    "busdeal",
    "copied",
    "The deal was approved by 612 votes to 148, the Transit Workers Union said.",
    f"{SW}=S",
    SW,
)
claim(
    "busdeal",
    "copied",
    "Drivers will get a 7 percent raise this year and another 4 percent next year.",
    f"{SW}=S",
    SW,
)
claim(
    "busdeal",
    "copied",
    "Union organiser Petra Osk said members had accepted the deal reluctantly.",
    f"{SC}=S",
    SC,
)
claim(
    "busdeal",
    "copied",
    "Authority chair Lionel Brask said he was disappointed by the result.",
    f"{SB}=S",
    SB,
)
claim(
    "busdeal",
    "human",
    "Caldmouth's bus drivers accepted a pay deal, ending their three-week strike.",
    f"{SW}=S {SC}=S {SB}=C",
)
claim(
    "busdeal", "human", "The union said 612 members voted for the deal and 148 against.", f"{SW}=S"
)
claim("busdeal", "human", "Some night bus routes will run again from Saturday.", f"{SC}=S")
claim("busdeal", "human", "Normal bus services should resume on Monday.", f"{SW}=S")
claim(
    "busdeal",
    "altered",
    "The deal was rejected by 612 votes to 148, the Transit Workers Union said.",
    f"{SW}=C",
)
claim(
    "busdeal",
    "altered",
    "Bus drivers in Caldmouth voted to accept a new pay deal on Thursday, ending "
    "a strike that had lasted three months.",
    f"{SW}=C {SC}=C",
)
claim(
    "busdeal",
    "altered",
    "Drivers will get a 9 percent raise this year and another 4 percent next year.",
    f"{SW}=C",
)
claim(
    "busdeal",
    "altered",
    "Union organiser Lionel Brask said members had accepted the deal reluctantly.",
    f"{SC}=C",
)
claim(
    "busdeal",
    "altered",
    "Tram drivers in Caldmouth voted to accept a new pay deal on Thursday.",
    f"{SW}=C {SC}=C",
)
claim(
    "busdeal",
    "altered",
    "Union organiser Petra Osk said members had accepted the deal enthusiastically.",
    f"{SC}=C",
)


def main() -> None:
    with open(HERE / "stories.jsonl", "w", encoding="utf-8") as f:
        for s in STORIES:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    docs: dict[str, list[str]] = {}
    for s in STORIES:
        if "documents" in s:
            docs[s["id"]] = [d["id"] for d in s["documents"]]
        else:
            folder = HERE.parents[2] / s["documents_from"]
            docs[s["id"]] = sorted(p.stem for p in folder.glob("*.txt"))
    split = {s["id"]: s["split"] for s in STORIES}
    with (
        open(HERE / "claims.jsonl", "w", encoding="utf-8") as f,
        open(HERE / "labels.jsonl", "w", encoding="utf-8") as g,
    ):
        for c in CLAIMS:
            labels = c.pop("labels")
            unknown = set(labels) - set(docs[c["story"]])
            assert not unknown, (c["claim_id"], unknown)
            c["split"] = split[c["story"]]
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
            for d in docs[c["story"]]:
                label = {"S": "supports", "C": "contradicts"}.get(labels.get(d, ""), "neither")
                g.write(
                    json.dumps({"claim_id": c["claim_id"], "document": d, "label": label}) + "\n"
                )


if __name__ == "__main__":
    main()
