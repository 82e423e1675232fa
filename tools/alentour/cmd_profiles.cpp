#include "commands.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace alentour::cli {

void add_profiles_command(CLI::App& app, const GlobalOptions&) {
    auto profile_file = std::make_shared<std::string>();
    auto* command = app.add_subcommand("profiles", "print the profiles as JSON: edit them and pass the file to --profile-file");
    command->add_option("--profile-file", *profile_file, "show the profiles after applying this file")->check(CLI::ExistingFile);
    command->callback([profile_file] {
        const auto profiles = profile_file->empty() ? default_profiles() : load_profile_file(*profile_file);
        nlohmann::json out = nlohmann::json::object();
        for (const auto& p : profiles) out[p.name] = nlohmann::json::parse(profile_to_json(p));
        std::cout << out.dump(2) << '\n';
    });
}

} // namespace alentour::cli
