"""Asking the shipped FAQ as a person would, for the tests of misreadings."""
from lssc_bot.answer import Answer, Requirements, answer

FLS, CT, TECH = "Foundations of Library Services", "Communication and Teamwork", "Technology"
YOUTH, REF, SUP = "Youth Services", "Reference and Information Services", "Supervision and Management"
ACCESS, CAT = "Access Services", "Cataloging and Classification"


def ask(knowledge, context, question) -> Answer:
    return answer(knowledge, question, context)


def left(knowledge, context, question) -> Requirements:
    """The what's-left details of the reply, which must be a what's-left calculation."""
    reply = ask(knowledge, context, question)
    assert reply.kind == "rules" and reply.topic == "remaining" and reply.details, (question, reply.text)
    return reply.details
