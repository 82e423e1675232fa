#include <alentour/radix_queue.hpp>

#include <algorithm>

namespace alentour::detail {

void RadixQueue::clear() noexcept {
    for (auto& bucket : m_buckets) bucket.clear();
    m_last = 0;
    m_size = 0;
}

RadixQueue::Item RadixQueue::pop() {
    if (m_buckets[0].empty()) refill_first_bucket();
    const Item item = m_buckets[0].back();
    m_buckets[0].pop_back();
    --m_size;
    return item;
}

// The first non-empty bucket's smallest key becomes the last key; every entry of that
// bucket then falls into a lower one, its smallest into bucket 0.
void RadixQueue::refill_first_bucket() {
    std::size_t b = 1;
    while (m_buckets[b].empty()) ++b;
    auto& source = m_buckets[b];
    m_last = std::min_element(source.begin(), source.end(), [](const Item& x, const Item& y) { return x.key < y.key; })->key;
    for (const Item& item : source) m_buckets[bucket_of(item.key)].push_back(item);
    source.clear();
}

} // namespace alentour::detail
