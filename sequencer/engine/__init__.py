"""The send side, with time passed in: from a sequence and its people to each touch sent once.

    plan         a sequence and a person -> the timeline of touches (when, which channel)
    compose      a touch -> its rendered message; `envelope` wraps it for a channel
    enroll       people into a sequence, or the reason why not
    reenroll     who may not be enrolled again yet (declined, rejected, hired), and the lift
    enrollment   the state machine, the one place either side changes an enrollment: advance,
                 halt, hold back, pause, resume, move on
      halting      (all of a person's enrollments stopped in two statements: replies, opt-outs)
      touches      (the pieces its parts share: a step's send row, held back, moved on)
      checkback    (a not-now's resume: the check-back on the day they named, if the role
                   is still open, never the chase; else "Needs attention")
    controls     the recruiter's hand on a person's enrollments: stop, pause, resume
    dispatch     one pass (`tick`): take what is due and send each touch exactly once:
      claim        1. a chunk of due enrollments re-checked, re-planned, rows `claimed`
      write           (the message rendered and its send row written, or why not)
      reclaim         (a step claimed again: after its LinkedIn task expired, a retry)
      handover     2. the last look, for a group: `claimed` -> `sending`, durably, or halted
      flight       3. the group's provider calls on threads, up to SEQUENCER_SENDS_IN_FLIGHT
      record       3. deliver to the provider, 4. record its answer (sent, retry, failed)
      answers      4. the answers that came in together, recorded in one transaction
    pacing       each sender's daily cap and spacing
    pauses       a channel paused when its provider refuses our account; its test call
    tasks        work for the recruiter (LinkedIn messages, calls); expiry
    unsent       a LinkedIn task nobody did falls back to another channel; a failed step holds
                 its enrollment; both tell the recruiter ("Needs attention")
    follow_ons   people whose sequence ended enrolled in the next one
    upgrade      in-flight enrollments moved to an edited sequence, when asked
    links        opaque unsubscribe links and signed reply addresses
    forgetting   people forgotten at their request or after the retention period: the rows
                 (store.erasure), SQLite's WAL and the outbox files that name them

Imports store/, channels/, spec/, people/, ops.logs, config and errors; never inbound/ (the
reply side calls `enrollment` to halt or hold), web/, reports/, cli/ or daemon/.
"""
