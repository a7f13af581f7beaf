"""The send side, with time passed in: from a sequence and its people to each touch sent once.

    plan         a sequence and a person -> the timeline of touches (when, which channel)
    compose      a touch -> its rendered message; `envelope` wraps it for a channel
    enroll       people into a sequence, or the reason why not
    enrollment   the state machine, the one place either side changes an enrollment: advance,
                 halt, hold back, pause, resume, move on
    controls     the recruiter's hand on a person's enrollments: stop, pause, resume
    dispatch     one pass (`tick`): take what is due and send each touch exactly once:
      claim        1. a chunk of due enrollments re-checked, re-planned, rows `claimed`
      write           (the message rendered and its send row written, or why not)
      handover     2. the last look: `claimed` -> `sending`, durably, or halted
      record       3. deliver to the provider, 4. record its answer (sent, retry, failed)
    pacing       each sender's daily cap and spacing
    pauses       a channel paused when its provider refuses our account; its test call
    tasks        work for the recruiter (LinkedIn messages, calls); expiry
    follow_ons   people whose sequence ended enrolled in the next one
    upgrade      in-flight enrollments moved to an edited sequence, when asked
    links        opaque unsubscribe links and signed reply addresses

Imports store/, channels/, spec/, people/, ops.logs, config and errors; never inbound/ (the
reply side calls `enrollment` to halt or hold), web/, reports/, cli/ or daemon/.
"""
