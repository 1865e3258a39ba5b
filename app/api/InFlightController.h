// SPDX-License-Identifier: MIT
#pragma once

namespace runai {

// How many requests a bulk job keeps in flight, adapted to what the console sustains.
//
// A console 80 ms away answers 6 requests in flight at ~75 a second; the same console sustains
// far more in flight, until it (or a proxy in front of it) pushes back. So the limit:
// - starts at StartLimit (what browsers and Qt keep per host) and doubles every round trip
//   ("slow start") while the answers come back as fast as the quickest round trip seen;
// - after the first sign of trouble grows by one per round trip instead;
// - halves on 429 Too Many Requests or 503 Service Unavailable (once per round trip: the
//   requests already sent under the old limit answer the same), down to 1;
// - halves when a round trip's answers take clearly longer than the quickest one (a queue
//   is building somewhere), but never below StartLimit for that: latency alone is noisy on a
//   busy machine, and only the console's own refusals are a reason to go below 6;
// - never passes the ceiling the user set (1..MaxCeiling).
// A round trip is counted as `limit` answers, so the decisions need no timer and no clock.
class InFlightController
{
public:
    static constexpr int StartLimit = 6;
    static constexpr int DefaultCeiling = 32;
    static constexpr int MaxCeiling = 64;
    // A round trip whose answers take on average longer than this times the quickest round
    // trip, plus SlackMs, counts as rising latency.
    static constexpr double RisingFactor = 1.5;
    static constexpr double SlackMs = 5.0;

    explicit InFlightController(int ceiling = DefaultCeiling);

    // Clamped to 1..MaxCeiling; the limit follows it down at once.
    void setCeiling(int ceiling);
    int ceiling() const { return m_ceiling; }
    // How many requests may be in flight now.
    int limit() const { return m_limit; }
    bool isSlowStart() const { return m_slowStart; }
    // The quickest round trip seen in this run (the average of one round trip's answers), or
    // -1 before the first round trip ended.
    double baselineMs() const { return m_baselineMs; }

    // A new run: back to the start limit, in slow start, the quickest round trip forgotten.
    void restart();
    // The console answered a request (anything but 429/503) after `latencyMs`.
    void answered(double latencyMs);
    // The console answered 429 or 503.
    void overloaded();

private:
    int startLimit() const;
    void endRoundTrip();
    void decrease(int floor);

    int m_ceiling = DefaultCeiling;
    int m_limit = StartLimit;
    bool m_slowStart = true;
    double m_baselineMs = -1;
    int m_answers = 0; // in the round trip under way
    double m_latencySumMs = 0;
    // Answers still due for requests sent before the last decrease: they tell nothing about
    // the new limit, so they neither decrease it again nor count towards a round trip.
    int m_answersBeforeDecrease = 0;
};

} // namespace runai
