#pragma once
// What every tour output says the same way: the half-days' names, clock times, colours.

#include <alentour/tour.hpp>

#include <string>

namespace alentour::detail::tour {

// "Jour 1, matin" for half-day 0, "Jour 1, après-midi" for 1, …
std::string half_day_label(std::size_t loop);

// The clock minutes at which half-day `loop` starts.
double half_day_start(std::size_t loop, const TourClock& clock);

// 9.5 h → "9:30" from minutes after midnight (rounded to the minute).
std::string clock_text(double minutes);

// One colour per half-day, readable on a light map (ColorBrewer Dark2).
std::string loop_colour(std::size_t loop);

// What a stop is called in every output: its name, else its id.
std::string stop_label(const TourStop& stop);

} // namespace alentour::detail::tour
