using System.Text;
using System.Xml;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>Writes the activity feed as Atom (RFC 4287) so residents and local media can follow it in a feed reader.</summary>
public static class ActivityAtom
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(string code, Uri origin, IReadOnlyList<ActivityItem> items, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(items);
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            var self = new Uri(origin, $"/territoires/{code}/arbres/activite.atom");
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "fr");
            xml.WriteElementString("id", Atom, self.AbsoluteUri);
            xml.WriteElementString("title", Atom, $"Arbres du territoire {code} — activité des habitants et du service");
            xml.WriteElementString("updated", Atom, XmlConvert.ToString(items.Count > 0 ? items[0].At : now));
            Link(xml, self, "self");
            Link(xml, new Uri(origin, $"/territoires/{code}/arbres/activite"), "alternate");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "Cœur de Ville Data");
            xml.WriteEndElement();
            foreach (var item in items)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, $"tag:{origin.Host},2026:{code}:{item.Id}");
                xml.WriteElementString("title", Atom, item.Title);
                xml.WriteElementString("updated", Atom, XmlConvert.ToString(item.At));
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", item.Kind);
                xml.WriteEndElement();
                Link(xml, new Uri(origin, item.Link), "alternate");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void Link(XmlWriter xml, Uri href, string rel)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }
}
