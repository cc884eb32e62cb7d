"""The misreadings of issue #13, each in the words a library worker might use (none from a question set)."""
import pytest

from .asking import CT, FLS, REF, SUP, TECH, YOUTH, ask, left


# --- people's titles, jobs, desks and coworkers are not the asker's sets ---------------------

@pytest.mark.parametrize(("question", "done"), [
    ("my supervisor asked me what I have left. I did foundations and tech", (FLS, TECH)),
    ("I'm the youth services librarian at my branch and I've finished Foundations. What's left?", (FLS,)),
    ("I work at the reference desk. So far I've done communication and teamwork, what else do I need?", (CT,)),
    ("my coworker finished youth services and cataloging. I've only done foundations, what's left for me?", (FLS,)),
])
def test_titles_desks_and_other_peoples_sets_are_not_the_askers(knowledge, context, question, done):
    assert left(knowledge, context, question).completed == done


# --- sets under way, failed, retaken, planned or not started are not done --------------------

@pytest.mark.parametrize(("question", "done"), [
    ("Foundations is finished, Technology in progress. What do I still need?", (FLS,)),
    ("done: foundations, youth services. in progress: technology. what's left?", (FLS, YOUTH)),
    ("I failed Technology last term and I'm retaking it; Foundations and Youth Services are done. What remains?",
     (FLS, YOUTH)),
    ("Took foundations. Planning to take tech next semester. What's left?", (FLS,)),
    ("Completed: Foundations\nNot started: Technology, Communication and Teamwork\nWhat do I have left?", (FLS,)),
    ("Foundations - done\nTechnology - halfway\nYouth Services - signed up for spring\nwhat else is there", (FLS,)),
])
def test_sets_not_finished_are_not_done_in_any_shape(knowledge, context, question, done):
    details = left(knowledge, context, question)
    assert details.completed == done and TECH in details.remaining_required


@pytest.mark.parametrize(("question", "done", "still"), [
    # "everything else" after a heading is not everything
    ("Done: Foundations, Tech\nEverything else: not started yet. What's left?", (FLS, TECH), CT),
    # a negated list is read whole
    ("I haven't touched Technology, Youth Services or Reference yet, but Foundations is done. What's left?",
     (FLS,), TECH),
    # a label's status is what follows it
    ("Reference and Information Services: done. Technology: done. Foundations: scheduled for next semester. "
     "What's left?", (TECH, REF), FLS),
    # some of the required sets counted and named are those named
    ("I have 2 of the 3 required done (foundations and tech). What's left?", (FLS, TECH), CT),
    # a status in brackets after a set is that set's, not a heading for the next
    ("Status check: Foundations (done), Tech (done), Comm & Teamwork (in progress), Cataloging (done). "
     "What's outstanding?", (FLS, TECH, "Cataloging and Classification"), CT),
    # "...but I didn't pass" is said of the set just named
    ("I took the Technology course but I didn't pass. I also finished Foundations. What now?", (FLS,), TECH),
    # after "but" a list takes its own status, not the one before the contrast
    ("haven't gotten to tech or reference yet but foundations and youth services are both finished. what's left?",
     (FLS, YOUTH), TECH),
    ("still redoing technology since i flunked it, but communication and teamwork and foundations are done, what now",
     (FLS, CT), TECH),
])
def test_lists_are_read_whole_with_each_items_status(knowledge, context, question, done, still):
    details = left(knowledge, context, question)
    assert details.completed == done and still in details.remaining_required


# --- counts of unnamed sets count ---------------------------------------------------------------

def test_electives_counted_but_not_named_count(knowledge, context):
    details = left(knowledge, context, "I've done 2 electives and Foundations, how many more?")
    assert details.completed == (FLS,) and details.remaining_required == (CT, TECH)
    assert details.electives_remaining == 1


def test_electives_counted_and_named_are_not_counted_twice(knowledge, context):
    details = left(knowledge, context, "finished 2 electives, youth services and reference. what's left?")
    assert details.electives_remaining == 1


# --- what's left, asked in many ways --------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Foundations, Technology and Youth Services are done. Which ones am I still missing?",
    "finished foundations and tech - how close am I?",
    "I have Foundations, Comm & Teamwork, and Tech done. Am I finished?",
    "what is still on my list? I did foundations and technology",
])
def test_whats_left_asked_in_other_words(knowledge, context, question):
    details = left(knowledge, context, question)
    assert FLS in details.completed and not details.done


def test_nothing_done_yet_and_whats_on_my_list_gives_the_whole_list(knowledge, context):
    details = left(knowledge, context, "I haven't started any of the sets yet. What's on my list?")
    assert details.remaining_required == (FLS, CT, TECH) and details.electives_remaining == 3


# --- hours and contact hours: every amount is counted ---------------------------------------------

def test_labelled_hours_are_summed(knowledge, context):
    reply = ask(knowledge, context, "Paid: 1000 hours\nVolunteer: 900 hours\nAm I eligible?")
    assert reply.topic == "eligibility" and "1,900 hours" in reply.text and "enough" in reply.text


def test_several_contact_hour_activities_are_all_counted(knowledge, context):
    reply = ask(knowledge, context, "For renewal I have 2 semester credits, 1 conference day, and 3 webinars of "
                                    "90 minutes each. How many contact hours is that?")
    assert reply.topic == "contact-hours" and "40.5 of the 32" in reply.text


def test_sessions_each_under_an_hour_do_not_count(knowledge, context):
    reply = ask(knowledge, context, "I did 4 webinars of 45 minutes each, do they count toward my renewal contact hours?")
    assert "That is 0 of the" in reply.text


# --- fees --------------------------------------------------------------------------------------------

def test_several_people_with_mixed_memberships_get_the_total(knowledge, context):
    reply = ask(knowledge, context, "Three of us want to apply: I'm an ALA member, my two coworkers aren't. "
                                    "How much altogether?")
    assert reply.topic == "fee" and "$1,025" in reply.text


@pytest.mark.parametrize(("question", "total"), [
    ("we're sending 5 people: 3 ala members, 2 not. what do the fees come to?", "$1,675"),
    ("4 of our clerks are applying: 1 ala member, 3 not. what will the fees be in total?", "$1,375"),
])
def test_a_group_listed_by_the_size_of_each_part_is_counted_part_by_part(knowledge, context, question, total):
    reply = ask(knowledge, context, question)
    assert reply.topic == "fee" and total in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "I belong to our state library association (not ALA itself). What do I pay to apply?",
    "I'm a member of my state's ALA chapter, do I get the member price?",
])
def test_a_state_chapter_member_does_not_get_the_member_fee(knowledge, context, question):
    reply = ask(knowledge, context, question)
    first = reply.text.split("\n")[0]
    assert reply.topic == "fee" and "**$350**" in first and "**$325**" not in first
    assert "chapter" in reply.text and knowledge.program.email in reply.text


def test_a_lapsed_membership_is_not_the_member_fee_and_says_why(knowledge, context):
    reply = ask(knowledge, context, "My ALA membership lapsed in 2023. What's the application fee for me?")
    assert reply.topic == "fee" and "**$350**" in reply.text and "lapsed" in reply.text


def test_fee_replies_say_as_of_the_verified_date(knowledge, context):
    reply = ask(knowledge, context, "I'm an ALA member, how much do I pay?")
    assert "As of December 1, 2026" in reply.text


# --- the deadline ----------------------------------------------------------------------------------------

def test_the_deadline_says_the_sources_do_not_settle_when_the_clock_starts(knowledge, context):
    reply = ask(knowledge, context, "I enrolled in May 2024, when do I need to be done?")
    assert reply.topic == "deadline" and "**May 2028**" in reply.text
    assert "do not settle" in reply.text and "acceptance" in reply.text and "safe" in reply.text
    reply = ask(knowledge, context, "got my acceptance letter in May 2024, what's my deadline?")
    assert "**April 2028**" in reply.text and "safe" in reply.text


# --- found trying it as a new user would ---------------------------------------------------------

@pytest.mark.parametrize(("question", "done"), [
    ("Haven't done anything except Foundations. What's left?", (FLS,)),
    ("I'm a circulation supervisor and I've completed foundations and technology. what's remaining?", (FLS, TECH)),
    ("Our reference librarian told me to take tech first. I've done foundations. What's next?", (FLS,)),
])
def test_exceptions_to_nothing_and_advice_and_titles_are_read_as_said(knowledge, context, question, done):
    assert left(knowledge, context, question).completed == done


def test_a_question_before_if_does_not_decide_the_status_of_the_sets_after_it(knowledge, context):
    details = left(knowledge, context, "what do i still need if i did everything but youth and supervision")
    assert YOUTH not in details.completed and SUP not in details.completed and details.remaining_required == ()


def test_hours_on_a_topic_are_not_a_set_done(knowledge, context):
    reply = ask(knowledge, context, "I have 20 contact hours from webinars, 2 of them on technology. How many more "
                                    "do I need to renew?")
    assert reply.topic == "contact-hours" and "12 more contact hours to go" in reply.text and "2 more tech hours needed" in reply.text


def test_hours_said_as_the_length_of_sessions_count_without_i_have(knowledge, context):
    reply = ask(knowledge, context, "did 5 webinars at 1 hour each and a 3 quarter credit class, total contact hours "
                                    "toward renewal?")
    assert "35 of the 32" in reply.text


def test_a_lapsed_membership_is_not_a_lapsed_certification(knowledge, context):
    assert ask(knowledge, context, "what's the fee if my ALA membership expired last year").topic == "fee"


def test_required_sets_counted_but_not_named_give_the_count_left(knowledge, context):
    reply = ask(knowledge, context, "I have done 3 electives and 1 required course. how many more to go?")
    assert reply.topic == "remaining-count" and "**2 more**" in reply.text


def test_check_marks_say_done_and_not_done(knowledge, context):
    details = left(knowledge, context, "foundations \u2705 tech \u2705 comm & teamwork \u274c youth \u2705 what's left")
    assert details.completed == (FLS, TECH, YOUTH) and details.remaining_required == (CT,)


def test_sets_asked_about_are_not_said_done(knowledge, context):
    details = left(knowledge, context, "I took Foundations and Tech in 2023. Am I done with the required ones?")
    assert details.completed == (FLS, TECH) and details.remaining_required == (CT,)


@pytest.mark.parametrize(("question", "total"), [
    ("we're 3 ALA members and 1 non-member, how much for the group?", "$1,325"),
    ("my boss and 2 coworkers want to do LSSC too. None of us are ALA members. Total?", "$1,400"),
])
def test_group_fees_count_everyone(knowledge, context, question, total):
    reply = ask(knowledge, context, question)
    assert reply.topic == "fee" and f"**Total: {total}**" in reply.text


def test_an_ala_member_also_in_a_state_association_pays_the_member_fee(knowledge, context):
    reply = ask(knowledge, context, "I'm a member of ALA and of my state library association, what do I pay?")
    assert "**$325**" in reply.text.split("\n")[0]


def test_a_set_that_starts_soon_is_not_done(knowledge, context):
    details = left(knowledge, context, "Completed Foundations last year and Technology this spring. Communication "
                                       "and Teamwork starts next week. What remains after that?")
    assert details.completed == (FLS, TECH) and details.remaining_required == (CT,)


@pytest.mark.parametrize(("question", "topic", "said"), [
    # a month is what the nearest word before it says
    ("My certification was awarded in March 2023. When does it expire?", "renewal", "until **March 2027**"),
    ("I enrolled in the program in the summer of 2023. When do my 4 years run out?", "deadline", "**June 2027**"),
    # dates as people say them
    ("my start date was 06/15/2022, when do I need to be finished", "deadline", "**June 2026**"),
    ("cert expires next March, can i renew now?", "renewal", "**March 2027**"),
    # sets in a renewal message are the topic of its education
    ("I took a 3-credit semester class in library tech and attended 3 webinars of 2 hours each. Do I have enough "
     "for renewal?", "contact-hours", "51 of the 32"),
    ("I have 24 hours so far, 6 of them tech. renewal is next year, what do I still need?", "contact-hours",
     "6 on technology: enough"),
    # weekly rates and halves are counted
    ("I've been volunteering at the library every Saturday for 4 hours for 3 years. Can I apply?", "eligibility",
     "624 hours"),
    ("I worked 20 hrs a week for a year and a half. Is that enough?", "eligibility", "1,560 hours"),
    # a membership that ended is not the member rate
    ("i was an ala member until last month, does the member rate still apply?", "fee", "**$350**"),
    # of an application and an acceptance month, the earlier is the safe one
    ("I was accepted on 3/1/2023 but I applied in February 2023. When's my deadline?", "deadline",
     "**February 2027**"),
    # whether a certification is still valid is its renewal dates
    ("Got certified back in 2020, is my CLSS still valid?", "renewal", "the grace period has passed too: it ended in 2024"),
    ("my certification expires in 3 months, what do I do?", "renewal", "**March 2027**"),
    # hours held and the dates in one message: both
    ("I certified in Jan 2023 and have 10 contact hours. When is renewal due and how many hours do I still need?",
     "contact-hours", "22 more contact hours to go"),
    ("I certified in Jan 2023 and have 10 contact hours. When is renewal due and how many hours do I still need?",
     "contact-hours", "until **January 2027**"),
    # hours a day times days a week is a weekly rate
    ("Do I qualify? I've worked at the library 4 days a week, 6 hours a day, for 10 months.", "eligibility",
     "1,040 hours"),
    # a bare amount after one in hours is in hours
    ("i have 900 hours as a page and 900 as a volunteer. enough?", "eligibility", "1,800 hours"),
    # ...and so is a bare amount just before one, of another kind of work
    ("so far 700 unpaid + 1200 paid hours at two branches, do i meet the experience rule?", "eligibility",
     "1,900 hours"),
])
def test_replies_say_what_was_meant(knowledge, context, question, topic, said):
    reply = ask(knowledge, context, question)
    assert reply.topic == topic and said in reply.text, reply.text
