"""Misreadings found in the eighteenth round, each as a class of saying things, in other words than the sets'."""
import pytest

from .asking import CT, FLS, TECH, leaves, says, verdict


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a list whose items are "label: what is said of it", each item opened by a dash, and a status said over commas
    ("- Tech: handed in, being graded - Foundations: done - Youth Services: done. what's left?", [CT, TECH], 2),
    ("- Comm: done - Reference: dropped, taking it again in spring - Foundations: done. what do I need?", [TECH], 3),
    ("foundations: passed, and tech: under review. remaining?", [CT, TECH], 3),
    ("Cataloging: finished, Access: awaiting results, Tech: done. what else?", [FLS, CT], 2),
])
def test_a_status_said_over_commas_after_a_label(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # tags in brackets before each item belong to the item after them
    ("my tracker: (done) Technology (in progress) Youth Services (done) Foundations. what's left?", [CT], 3),
    ("(passed) Reference (wip) Comm (passed) Access - how many more?", [FLS, CT, TECH], 1),
    # ...and after each item, to the item before them
    ("Reference (passed) Comm (wip) Access (passed) - how many more?", [FLS, CT, TECH], 1),
])
def test_tags_before_or_after_each_item(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a key to the marks says what a struck item is, not a status of a set
    ("(crossed out = done) ~~Technology~~ ~~Youth Services~~ Foundations ~~Reference~~ what's left", [FLS, CT], 1),
    ("struck through means passed: ~~Foundations~~ Comm ~~Access~~. remaining?", [CT, TECH], 2),
])
def test_a_key_to_struck_items(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # items under a person's label are that person's up to the next label, over the ends of items
    ("* me: Technology done; Reference done * my buddy Tom: Foundations done; Comm done. what do I still need?",
     [FLS, CT], 2),
    ("- me: Foundations ✔ Access ✔ - my manager: Tech ✔ Cataloging ✔ - what's left for me?", [CT, TECH], 2),
])
def test_items_under_a_persons_label(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a count said as a score of its group, or after the group it is of
    ("one of three required (Technology), two of three electives. what now?", [FLS, CT], 1),
    ("all three of three required, zero of three electives - what's left?", [], 3),
    ("of the electives I've done 2, of the required I've done Foundations. what else?", [CT, TECH], 1),
    ("out of the 3 required I've completed 2 (everything but Tech). remaining?", [TECH], 3),
])
def test_a_count_said_as_a_score_of_its_group(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # what stands between the asker and the end, and the rest of the sets by what part of them it is
    ("done with Foundations, Comm, Tech and two electives. so one elective between me and the finish line?", [], 1),
    ("half my sets are done: Comm, Access and Youth. what's the other half?", [FLS, TECH], 1),
])
def test_what_is_left_asked_as_what_stands_between(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected"), [
    # two memberships said of one person are one person's: the state one without ALA's, a lapsed one and a state one
    ("I'm in our state library association but not an ALA member. what's my fee?", "$350"),
    ("my clerk Rosa had ALA but it ran out last year, and she only has the state chapter now. fee for her?", "$350"),
    # a quoted line of the fee rules, then the asker's own answer to it
    ("> It's $350, or $325 for ALA members. ok, I'm a current ALA member and have 2 courses at $100 each. total?",
     "$525"),
])
def test_one_persons_memberships_said_twice(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, expected, topic="fee")
    assert "2 people" not in reply.text, reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # money someone else puts toward the costs is taken off the total
    ("a grant covers $600 of our costs. 2 non-members are applying, no course costs. how much more do we need?",
     "**$100** is left to pay of $700"),
    ("the award pays $1,000. me (ALA member) plus 3 courses at $200. what's left for me to pay?", "$75 to spare"),
    ("my director will pick up $150 of my fee. I'm not an ALA member. what do I pay?", "**$200** is left to pay"),
    # ...or shares it evenly with the asker's own budget
    ("2 non-members enrolling; the cost is split evenly between our budget and the Friends. how much is ours?",
     "**$350** of $700"),
    # a share of the whole said with a word before it
    ("4 of us, all non-members. the Friends will cover exactly half of the grand total. our half?", "$700"),
])
def test_money_from_elsewhere_against_the_total(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


@pytest.mark.parametrize(("question", "expected"), [
    # sessions counted with a multiplication sign, and a course's own count of sessions said before them
    ("renewal: a 3-session cataloging course (3 × 80 min each) and one conference day. total contact hours?", "10 contact hours"),
    ("for renewal I did 6 × 60 min webinars. how many hours is that?", "6 contact hours"),
])
def test_sessions_counted_with_a_times_sign(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="contact-hours")


@pytest.mark.parametrize(("question", "expected"), [
    # an activity whose subject is technology counts toward the technology hours, whatever word says so
    ("renewal so far: a 3-hour workshop on cybersecurity, a 2-hour webinar on web design, 1 conference day. tech ok?",
     "5 on technology"),
    ("renewal log: 2 hr ILS migration training, 3 hr readers' advisory workshop. how many tech hours do I have?",
     "2 on technology"),
])
def test_activities_on_technology(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="contact-hours")


def test_the_technology_minimum_aimed_at_is_not_held(knowledge, context) -> None:
    reply = says(knowledge, context, "renewal: 2 semester credits on cataloging, 1 conference day. how far am I from 32 "
                 "and from the 4 tech hrs?", "36 contact hours", "At least 4 must be on technology", topic="contact-hours")
    assert "4 on technology: enough" not in reply.text, reply.text


def test_the_technology_minimum_said_back_is_no_unread_number(knowledge, context) -> None:
    reply = says(knowledge, context, "> you need 32 contact hours, at least 4 in technology. I have 2 semester credits "
                 "and a 3-hour tech webinar. where am I?", "33 contact hours", topic="contact-hours")
    assert "could not tell" not in reply.text, reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # a resume's stints: a range typed without spaces, a diploma's year, fields parted by dots, work not in a library
    ("Jan 2024–Jan 2025 shelver, 10 hrs/wk; Jan 2025–present clerk, 20 hrs/wk. GED 2019. eligible?", "Yes"),
    ("Page · City Library · 2025 – Present · 1 yr · 15 hrs/wk | Aide · City Library · 2024 – 2025 · 6 mos · 20 hrs/wk. "
     "enough hours?", "1,300 hours"),
    ("2010–2015 page, 20 hrs/wk | 2015–2023 bank teller (not a library) | 2023-06 to 2024-06 library aide, 25 hrs/wk "
     "(52 wks). total that counts?", "1,300 hours"),
])
def test_resume_lines(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="eligibility")
    assert verdict(reply).startswith(expected), reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # a course's sessions said before it, their length after it ("per session"); a length with words before its activity
    ("renewal: a 4-session weeding course, 75 min per session, plus 1 semester credit. total?", "20 contact hours"),
    ("renewal: one 3-hour half-day tech workshop and 2 conference days. how many contact hours?", "15 contact hours"),
])
def test_lengths_of_sessions_and_of_described_activities(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="contact-hours")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a supervisor asking what is left for someone said of in the third person
    ("my page Omar passed Technology and Youth Services. what is he still on the hook for?", [FLS, CT], 2),
    ("new hire Bea just enrolled and hasn't started any set. give me the full list of what she has to get through",
     [FLS, CT, TECH], 3),
    # a person's certification, by name: LSSC's, since it names LSSC's sets
    ("Dana's certification: Foundations and Reference complete, Tech in progress. what remains for Dana?", [CT, TECH], 2),
])
def test_what_is_left_for_someone_said_of_in_the_third_person(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # speech typed out: words of a set's name cut in two, and statuses run on without stops
    ("i passed super vision and man agement and tech nology so what else", [FLS, CT], 2),
    ("i did found nations and collection management what is left", [CT, TECH], 2),
    ("comm and teamwork and youth services done just technology is in progress how is it looking for me",
     [FLS, TECH], 2),
])
def test_speech_typed_out(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # an earlier account of what is left, quoted in the thread in any of its shapes, then what changed since
    ("> remaining: Technology + 1 elective — Tech came back passed yesterday. what now?", [], 1),
    ("re your earlier reply ('you still need Communication and Teamwork and 2 electives'): I just passed Comm. "
     "updated list?", [], 2),
    ("> after Youth Services you'd be down to Foundations plus one elective -- and if I finish Foundations this spring "
     "too, what's left?", [], 1),
    # ...unless the reply says the account was wrong: its own list stands
    ("> you still need Technology. / nope, I finished Tech in May. done: Tech, Foundations. what's left?", [CT], 3),
])
def test_an_earlier_account_quoted_in_the_thread(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # an exception that adds to what someone else said, and what is still open
    ("my friend wrote 'I finished Foundations and Reference'. same here, except I also have Technology. what's left?",
     [CT], 2),
    ("✅ Comm ✅ Youth ❌ Tech - which ones are still open?", [FLS, TECH], 2),
    ("got all three core ones and both electives I picked (Access, Youth). do I need just one more?", [], 1),
])
def test_additions_and_what_is_still_open(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_a_window_still_open_asks_the_deadline(knowledge, context) -> None:
    says(knowledge, context, "I enrolled in May 2023 and have 4 sets done. is my window to finish still open?", "May 2027",
         topic="deadline")


def test_a_rule_quoted_by_its_figure_gives_the_topic(knowledge, context) -> None:
    reply = says(knowledge, context, "> 1,820 hours in the last 5 years -- ok, I have 1,000 logged plus 10 hrs/wk for "
                 "52 weeks since. does that get me there?", topic="eligibility")
    assert verdict(reply).startswith("1,520 hours"), reply.text


def test_a_year_then_its_month(knowledge, context) -> None:
    says(knowledge, context, "I signed up in 2021, March I think. still time to finish?", "March 2025", "passed",
         topic="deadline")


@pytest.mark.parametrize(("question", "expected"), [
    # one course priced with one course; a price for the whole set per person; someone who belongs to nothing
    ("I'm not an ALA member and my first course is at $190. fee plus that course?", "$540"),
    ("me (ALA member) and a coworker (not a member), and a $120 course for each of us. total?", "$915"),
    ("two of us, neither in ALA, courses come to $900 per person for the whole set. total?", "$2,500"),
    ("3 people: one ALA member, one state association member, one belongs to nothing. fees?", "Total: $1,025"),
    # ...but a course's price said in general stays each course's
    ("say each course is about $180 and I need all 6 of them, plus the non-member fee. total?", "$1,430"),
])
def test_courses_counted_by_how_they_are_said(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected, topic="fee")


@pytest.mark.parametrize(("question", "required", "electives"), [
    # a count of the required sets whose missing one is named; a group but one
    ("two out of three required are done, the one I haven't started is Technology. no electives. what's left?",
     [TECH], 3),
    ("all but one of the core sets are done (not Foundations) and I have every elective I need except one. what's left?",
     [FLS], 1),
    # where that leaves someone the asker speaks of
    ("my trainee Ravi withdrew from Tech but passed Foundations and Youth Services. where does that leave him?",
     [CT, TECH], 2),
])
def test_counts_with_the_missing_one_named(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


def test_the_hours_still_needed_say_their_unit(knowledge, context) -> None:
    says(knowledge, context, "I've got 1,500 hours and work 10 hrs/wk now. how long until I'm eligible?",
         "320 hours still needed", topic="eligibility")


@pytest.mark.parametrize(("question", "expected"), [
    # a staff member named by their title is someone else, and their hours theirs
    ("My shelver Omar has been with us 40 weeks at 25 hrs/wk, and before that he volunteered 20 weeks at 5 hrs/wk. "
     "is he eligible?", "1,100 hours"),
    ("our youth librarian Mina has volunteered 10 hrs/week for a year and has worked 15 hrs/week for the last 52 weeks "
     "too. is she eligible?", "1,300 hours"),
])
def test_hours_of_someone_named_by_their_title(knowledge, context, question, expected) -> None:
    reply = says(knowledge, context, question, topic="eligibility")
    assert verdict(reply).startswith(expected), reply.text
