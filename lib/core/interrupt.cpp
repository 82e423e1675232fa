#include "core/interrupt.hpp"

#include <alentour/output_file.hpp>

#include <array>
#include <atomic>
#include <climits>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace alentour::detail {
namespace {

enum class Kind { partial, partial_prefix, restore };

struct Slot {
    std::atomic<int> state{0};  // 0 free, 1 being filled, 2 registered
    Kind kind = Kind::partial;
    char folder[PATH_MAX] = {};  // partial: the folder; restore: the folder set aside
    char name[PATH_MAX] = {};    // partial: the entry's name or prefix; restore: the target
};

// Outputs written at once: a map writes one folder and a few files in it.
std::array<Slot, 32> slots;

bool fits(const std::string& text) { return text.size() < PATH_MAX; }

int acquire(Kind kind, const std::string& folder, const std::string& name) {
    if (!fits(folder) || !fits(name)) return -1;  // too long to clean up on a signal; the destructors still do
    for (std::size_t i = 0; i < slots.size(); ++i) {
        int expected = 0;
        if (!slots[i].state.compare_exchange_strong(expected, 1)) continue;
        slots[i].kind = kind;
        std::memcpy(slots[i].folder, folder.c_str(), folder.size() + 1);
        std::memcpy(slots[i].name, name.c_str(), name.size() + 1);
        slots[i].state.store(2, std::memory_order_release);
        return static_cast<int>(i);
    }
    return -1;
}

void release(int slot) {
    if (slot >= 0) slots[static_cast<std::size_t>(slot)].state.store(0, std::memory_order_release);
}

bool starts_with(const char* text, const char* prefix) { return std::strncmp(text, prefix, std::strlen(prefix)) == 0; }

// Calls `each(name, type)` for the entries of an open folder, with getdents64 into a
// buffer on the stack (opendir allocates).
template <typename Each>
void for_entries(int folder, Each&& each) {
    alignas(8) char buffer[4096];
    while (true) {
        const ssize_t read = ::getdents64(folder, buffer, sizeof buffer);
        if (read <= 0) return;
        for (ssize_t at = 0; at < read;) {
            const auto* entry = reinterpret_cast<const dirent64*>(buffer + at);
            at += entry->d_reclen;
            if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0) each(entry->d_name, entry->d_type);
        }
    }
}

// A temporary output folder holds files only.
void remove_entry(int folder, const char* name, unsigned char type) {
    if (type != DT_DIR) {
        ::unlinkat(folder, name, 0);
        return;
    }
    const int inner = ::openat(folder, name, O_RDONLY | O_DIRECTORY);
    if (inner >= 0) {
        for_entries(inner, [&](const char* file, unsigned char) { ::unlinkat(inner, file, 0); });
        ::close(inner);
    }
    ::unlinkat(folder, name, AT_REMOVEDIR);
}

void clean_up(const Slot& slot) {
    if (slot.kind == Kind::restore) {
        if (::access(slot.name, F_OK) != 0) ::rename(slot.folder, slot.name);
        return;
    }
    const int folder = ::open(slot.folder, O_RDONLY | O_DIRECTORY);
    if (folder < 0) return;
    for_entries(folder, [&](const char* name, unsigned char type) {
        const bool match = slot.kind == Kind::partial_prefix ? starts_with(name, slot.name) : std::strcmp(name, slot.name) == 0;
        if (match) remove_entry(folder, name, type);
    });
    ::close(folder);
}

void on_signal(int signal) {
    for (const Slot& slot : slots) {
        if (slot.state.load(std::memory_order_acquire) == 2) clean_up(slot);
    }
    // Then end as the signal would have: the shell sees 128 + signal.
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

PartialGuard::PartialGuard(const std::filesystem::path& folder, const std::string& name, bool prefix)
    : m_slot(acquire(prefix ? Kind::partial_prefix : Kind::partial, folder.empty() ? "." : folder.string(), name)) {}

PartialGuard::~PartialGuard() { release(m_slot); }

RestoreGuard::RestoreGuard(const std::filesystem::path& aside, const std::filesystem::path& target)
    : m_slot(acquire(Kind::restore, aside.string(), target.string())) {}

RestoreGuard::~RestoreGuard() { release(m_slot); }

} // namespace alentour::detail

namespace alentour {

void clean_up_on_interrupt() {
    struct sigaction action {};
    action.sa_handler = detail::on_signal;
    sigemptyset(&action.sa_mask);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
        // A signal the parent chose to ignore (a job started in the background by a
        // script, nohup) stays ignored.
        struct sigaction current {};
        if (sigaction(signal, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
        sigaction(signal, &action, nullptr);
    }
}

} // namespace alentour
