#pragma once
// The reason column: why a structure is ranked where it is, or why it is not, in French.

#include <alentour/partners_rank.hpp>

#include <string>

namespace alentour::detail {

std::string reason_for(const Ranking& ranking, const RankedPartner& row);

} // namespace alentour::detail
