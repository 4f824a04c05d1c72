// The one list of acronyms and all-caps terms that style/undefined-acronym never asks to
// spell out: terms a general business or technical reader knows better as letters than as
// words ("API", "PDF", "JSON"). Spelling them out would slow the reader down, not help.
//
// What belongs here: a term most readers of a PR/FAQ or memo meet every week, in any company.
// What does not: a team's or an industry's own terms (GMV, NPS, SKU, SLA, IAM, SQS): a team
// adds those with the rule's `known` option (barRaiser.rules or the team file), and removes a
// built-in one with `remove`. Grouped by why a reader knows them.

/** Acronyms that need no expansion (teams extend this with the `known` option). */
export const KNOWN_ACRONYMS: readonly string[] = [
  // Roles and functions
  'CEO', 'CFO', 'CTO', 'COO', 'CIO', 'CMO', 'CPO', 'CISO', 'VP', 'SVP', 'EVP', 'GM', 'HR', 'PR', 'IT', 'PM', 'QA', 'R&D',
  // Documents and business
  'FAQ', 'PRFAQ', 'PDF', 'Q&A', 'FYI', 'ETA', 'ASAP', 'RSVP', 'DIY', 'AKA', 'PS', 'KPI', 'ROI', 'P&L', 'M&A', 'IPO', 'GDP', 'CPI',
  'B2B', 'B2C', 'LLC', 'INC', 'LTD', 'PLC', 'CO', 'HQ', 'FY', 'CY', 'YTD', 'QTD', 'MTD', 'EOD', 'EOW', 'EOM', 'EOQ', 'EOY', 'ESG', 'NGO',
  // Places and institutions
  'US', 'USA', 'UK', 'EU', 'UN', 'UAE', 'NYC', 'LA', 'SF', 'DC', 'EMEA', 'APAC', 'LATAM', 'NATO', 'NASA', 'FBI', 'IRS', 'FDA',
  'SEC', 'FTC', 'WHO', 'ISO', 'GDPR', 'HIPAA', 'COVID', 'EBITDA', 'GAAP', 'USDA', 'CDC', 'EPA', 'DMV', 'FAA', 'FCC', 'NHS', 'HMRC', 'BBC', 'CNN',
  'VAT', 'GST', 'ISBN', 'POS', 'UPS', 'USPS', 'DHL', 'IKEA', 'NYSE', 'NASDAQ', 'SAP', 'CVS', 'GE', 'AMD', 'H&M',
  // Credentials after a name
  'RN', 'MD', 'CPA', 'DVM', 'DDS', 'NP', 'LPN', 'EMT', 'LGBTQ', 'ADA',
  // Technology
  'AI', 'ML', 'LLM', 'API', 'URL', 'URI', 'HTML', 'CSS', 'CSV', 'JSON', 'XML', 'HTTP', 'HTTPS', 'SMS', 'GPS', 'USB', 'PC', 'OS', '2FA',
  'QR', 'ZIP', 'ATM', 'TV', 'DVD', 'CD', 'LED', 'LCD', 'PIN', 'ID', 'UI', 'UX', 'SDK', 'CPU', 'GPU', 'RAM', 'SSD', 'HD', 'LTE', 'VPN',
  'IP', 'DNS', 'SSL', 'TLS', 'AES', 'AWS', 'IBM', 'HP', 'AT&T', 'SQL', 'REST', 'MB', 'GB', 'TB', 'KB', 'PB', 'WIFI',
  // Units, time and money
  'AM', 'PM', 'OK', 'UTC', 'GMT', 'PST', 'PDT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'CET', 'BST', 'IST', 'JST', 'USD', 'EUR',
  'GBP', 'CAD', 'AUD', 'JPY', 'INR', 'CNY', 'CHF', 'MXN', 'BRL', 'KM', 'CM', 'MM', 'KG', 'LB', 'LBS', 'MPH', 'SUV', 'EV', 'MBA', 'NBA',
  'NFL', 'MLB', 'NHL',
  // File formats and data languages a reader sees in file names every day
  'YAML', 'TOML', 'PNG', 'JPEG', 'JPG', 'GIF', 'SVG', 'MP3', 'MP4', 'DOCX', 'XLSX', 'PPTX', 'TXT', 'UTF', 'ASCII',
  // Everyday software and network terms
  'CLI', 'GUI', 'IDE', 'VM', 'CI', 'SSH', 'FTP', 'SFTP', 'TCP', 'UDP', 'WWW', 'SMTP', 'RSS', 'SSO', 'NFC', 'RFID', 'AR', 'VR',
  'GPT', 'NPM', 'ISP', 'LAN', 'WAN', 'MVP', 'JS', 'DB', 'UUID', 'CDN', 'RFC', 'CVE',
  // Science and health terms every adult reader knows as letters
  'DNA', 'RNA', 'CPR',
];

/**
 * Names of repository files written in capitals by convention (README, CHANGELOG): a file, not
 * an acronym. A capital name with a file extension ("AGENTS.md", "NOTICE.txt") is a file too.
 */
export const FILE_NAMES: ReadonlySet<string> = new Set(
  `README CHANGELOG CHANGES LICENSE LICENCE COPYING NOTICE AUTHORS CONTRIBUTORS CONTRIBUTING MAINTAINERS CODEOWNERS
  SECURITY SUPPORT INSTALL HISTORY RELEASE RELEASES ROADMAP GOVERNANCE AGENTS CLAUDE GEMINI TODO`.split(/\s+/),
);

/** Headings of a section that defines terms: every all-caps term in it counts as defined. */
export const GLOSSARY_HEADING = /\b(?:glossary|definitions|terms|terminology|acronyms|abbreviations)\b/i;
