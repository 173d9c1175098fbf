package org.datagora.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The vocabularies of DCAT-AP 3.0.1 that the export writes and the DCAT harvester reads: one list
 * of terms, so that what one side writes the other reads back.
 */
public final class DcatTerms {

	public static final String DCAT = "http://www.w3.org/ns/dcat#";

	public static final String DCT = "http://purl.org/dc/terms/";

	public static final String FOAF = "http://xmlns.com/foaf/0.1/";

	public static final String VCARD = "http://www.w3.org/2006/vcard/ns#";

	public static final String SCHEMA = "http://schema.org/";

	public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

	public static final String SPDX = "http://spdx.org/rdf/terms#";

	public static final String LOCN = "http://www.w3.org/ns/locn#";

	public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

	public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

	public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

	public static final String GSP = "http://www.opengis.net/ont/geosparql#";

	public static final String DCATAP = "http://data.europa.eu/r5r/";

	public static final String ELI = "http://data.europa.eu/eli/ontology#";

	public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

	public static final String ADMS = "http://www.w3.org/ns/adms#";

	public static final String OWL = "http://www.w3.org/2002/07/owl#";

	/** The EU authority tables (publications.europa.eu) the export names values with. */
	public static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";

	/** IANA media types as IRIs, the form DCAT-AP asks for dcat:mediaType. */
	public static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

	/** Commission Implementing Regulation (EU) 2023/138: the list of high-value datasets. */
	public static final String HVD_REGULATION = "http://data.europa.eu/eli/reg_impl/2023/138/oj";

	static final Node TYPE = uri(RDF, "type");

	static final Node CATALOG = uri(DCAT, "Catalog");

	static final Node DATASET_CLASS = uri(DCAT, "Dataset");

	static final Node DISTRIBUTION_CLASS = uri(DCAT, "Distribution");

	static final Node DATASET = uri(DCAT, "dataset");

	static final Node DISTRIBUTION = uri(DCAT, "distribution");

	static final Node ACCESS_URL = uri(DCAT, "accessURL");

	static final Node DOWNLOAD_URL = uri(DCAT, "downloadURL");

	static final Node BYTE_SIZE = uri(DCAT, "byteSize");

	static final Node MEDIA_TYPE = uri(DCAT, "mediaType");

	static final Node KEYWORD = uri(DCAT, "keyword");

	static final Node THEME = uri(DCAT, "theme");

	static final Node CONTACT_POINT = uri(DCAT, "contactPoint");

	static final Node LANDING_PAGE = uri(DCAT, "landingPage");

	static final Node START_DATE = uri(DCAT, "startDate");

	static final Node END_DATE = uri(DCAT, "endDate");

	static final Node BBOX = uri(DCAT, "bbox");

	static final Node IDENTIFIER = uri(DCT, "identifier");

	static final Node TITLE = uri(DCT, "title");

	static final Node DESCRIPTION = uri(DCT, "description");

	static final Node PUBLISHER = uri(DCT, "publisher");

	static final Node LICENSE = uri(DCT, "license");

	static final Node ACCESS_RIGHTS = uri(DCT, "accessRights");

	static final Node ACCRUAL_PERIODICITY = uri(DCT, "accrualPeriodicity");

	static final Node SPATIAL = uri(DCT, "spatial");

	static final Node TEMPORAL = uri(DCT, "temporal");

	static final Node ISSUED = uri(DCT, "issued");

	static final Node MODIFIED = uri(DCT, "modified");

	static final Node FORMAT = uri(DCT, "format");

	static final Node CONFORMS_TO = uri(DCT, "conformsTo");

	static final Node LANGUAGE = uri(DCT, "language");

	static final Node LICENSE_DOCUMENT = uri(DCT, "LicenseDocument");

	static final Node RIGHTS_STATEMENT = uri(DCT, "RightsStatement");

	static final Node FREQUENCY = uri(DCT, "Frequency");

	static final Node LOCATION = uri(DCT, "Location");

	static final Node PERIOD_OF_TIME = uri(DCT, "PeriodOfTime");

	static final Node MEDIA_TYPE_OR_EXTENT = uri(DCT, "MediaTypeOrExtent");

	static final Node MEDIA_TYPE_CLASS = uri(DCT, "MediaType");

	static final Node STANDARD = uri(DCT, "Standard");

	static final Node LINGUISTIC_SYSTEM = uri(DCT, "LinguisticSystem");

	static final Node AGENT = uri(FOAF, "Agent");

	static final Node NAME = uri(FOAF, "name");

	static final Node HOMEPAGE = uri(FOAF, "homepage");

	static final Node DOCUMENT = uri(FOAF, "Document");

	static final Node KIND = uri(VCARD, "Kind");

	static final Node FN = uri(VCARD, "fn");

	static final Node HAS_EMAIL = uri(VCARD, "hasEmail");

	static final Node CONCEPT = uri(SKOS, "Concept");

	static final Node PREF_LABEL = uri(SKOS, "prefLabel");

	static final Node LABEL = uri(RDFS, "label");

	static final Node RESOURCE = uri(RDFS, "Resource");

	static final Node CHECKSUM = uri(SPDX, "checksum");

	static final Node CHECKSUM_CLASS = uri(SPDX, "Checksum");

	static final Node ALGORITHM = uri(SPDX, "algorithm");

	static final Node CHECKSUM_VALUE = uri(SPDX, "checksumValue");

	static final Node VERSION_INFO = uri(OWL, "versionInfo");

	static final Node APPLICABLE_LEGISLATION = uri(DCATAP, "applicableLegislation");

	static final Node HVD_CATEGORY = uri(DCATAP, "hvdCategory");

	static final Node LEGAL_RESOURCE = uri(ELI, "LegalResource");

	static final Node PARTIAL_COLLECTION_VIEW = uri(HYDRA, "PartialCollectionView");

	static final Node VIEW = uri(HYDRA, "view");

	static final Node TOTAL_ITEMS = uri(HYDRA, "totalItems");

	static final Node FIRST = uri(HYDRA, "first");

	static final Node NEXT = uri(HYDRA, "next");

	static final Node PREVIOUS = uri(HYDRA, "previous");

	static final Node LAST = uri(HYDRA, "last");

	private DcatTerms() {
	}

	static Node uri(String namespace, String local) {
		return NodeFactory.createURI(namespace + local);
	}
}
