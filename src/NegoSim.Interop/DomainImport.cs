using NegoSim.Model.Scenarios;

namespace NegoSim.Interop;

/// <summary>
/// <c>negosim import</c>'s service: sorts the files given into a domain and its profiles (GENIUS XML or GeniusWeb
/// JSON, by their content), reads them, and writes the scenario — checked by compiling it, so what is written is a
/// scenario every command takes.
/// </summary>
public static class DomainImport
{
    /// <param name="files">The files, as given.</param>
    /// <param name="deadline">The deadline the scenario's protocol gets (the formats give none).</param>
    /// <param name="skipOthers">True when the files are a folder's: a file neither a domain nor a profile (an answer key, a picture) is passed over.</param>
    public static (string Yaml, ImportedDomain Domain, IReadOnlyList<string> Skipped) Import(IReadOnlyList<InteropFile> files, int deadline, bool skipOthers)
    {
        ArgumentNullException.ThrowIfNull(files);
        var ordered = files.OrderBy(f => Path.GetFileName(f.Name), StringComparer.Ordinal).ToList();
        var skipped = new List<string>();
        var (jsonDomains, jsonProfiles, xmlDomains, xmlProfiles) = (new List<InteropFile>(), new List<InteropFile>(), new List<InteropFile>(), new List<InteropFile>());
        foreach (var file in ordered)
        {
            var extension = Path.GetExtension(file.Name).ToLowerInvariant();
            if (extension == ".json")
            {
                var root = GeniusWebReader.Parse(file);
                (GeniusWebReader.IsDomain(root) ? jsonDomains : GeniusWebReader.IsProfile(root) ? jsonProfiles : Other(file, skipOthers, skipped)).Add(file);
            }
            else if (extension == ".xml")
            {
                var root = GeniusXmlReader.Parse(file);
                (GeniusXmlReader.IsDomain(root) ? xmlDomains : GeniusXmlReader.IsProfile(root) ? xmlProfiles : Other(file, skipOthers, skipped)).Add(file);
            }
            else
            {
                Other(file, skipOthers, skipped);
            }
        }

        if ((jsonDomains.Count + jsonProfiles.Count > 0) && (xmlDomains.Count + xmlProfiles.Count > 0))
        {
            throw new ScenarioException(ordered[0].Name, "", "the files mix GeniusWeb JSON and GENIUS XML; import one domain at a time.");
        }

        var domains = jsonDomains.Count + xmlDomains.Count;
        if (domains > 1)
        {
            throw new ScenarioException(string.Join(", ", jsonDomains.Concat(xmlDomains).Select(f => f.Name)), "", "more than one domain; import one domain (and its profiles) at a time.");
        }

        var domain = xmlProfiles.Count + xmlDomains.Count > 0
            ? GeniusXmlReader.Read(xmlDomains.SingleOrDefault() ?? throw new ScenarioException(xmlProfiles[0].Name, "", "GENIUS profiles need their domain file (<negotiation_template>)."), xmlProfiles)
            : GeniusWebReader.Read(jsonDomains.SingleOrDefault(), jsonProfiles);
        var yaml = ScenarioYaml.Write(domain, deadline);

        // What is written must be a scenario NegoSim can play: compiled here, before anything is written.
        try
        {
            ScenarioReader.Read(new ScenarioSource([new SourceFile("/import.yaml", "import.yaml", yaml)], []));
        }
        catch (ScenarioException e)
        {
            throw new ScenarioException(string.Join(", ", domain.Profiles.Select(p => p.File)), e.Path, $"these files make no scenario NegoSim can play: {e.Problem}");
        }

        return (yaml, domain, skipped);
    }

    private static List<InteropFile> Other(InteropFile file, bool skip, List<string> skipped)
    {
        if (!skip)
        {
            throw new ScenarioException(file.Name, "", "neither a domain nor a profile; give a GeniusWeb domain (issuesValues) or LinearAdditiveUtilitySpace profile (.json), or a GENIUS <negotiation_template> or <utility_space> (.xml).");
        }

        skipped.Add(file.Name);
        return [];
    }
}
