/**
 * The domain model: pure functions, reference data and schemas for Kazakh registration forms.
 * No DOM, no lit, nothing else of ours: it runs in browsers, workers and Node alike.
 * Validators never throw; they return a Result whose failure carries a ValidationCode.
 */
export { VALIDATION_CODES, isValidationCode, type Result, type ValidationCode } from './result.js';
export {
  checkDigit,
  identifyNumber,
  parseBin,
  parseIin,
  validateBin,
  validateIin,
  validateIinOrBin,
  type BinInfo,
  type BinKind,
  type BinUnit,
  type IdentificationNumberKind,
  type IinInfo,
  type Sex,
} from './identification-number.js';
export {
  countryHasNationalIbanCheck,
  countryUsesIban,
  formatIban,
  loadNationalIbanCheck,
  validateAccountNumber,
  validateIban,
  validateIbanFully,
  type IbanOptions,
  type NationalIbanCheck,
} from './iban.js';
export { kzBanks, type KzBank, type KzBankNames } from './banks.js';
export { lookupKzBank, lookupKzBankByBic } from './bank-lookup.js';
export { validateBic, type BicOptions } from './bic.js';
export { defaultKbe, parseKbe, validateKbe, type KbeOptions } from './kbe.js';
export { formatPhone, kzPhoneType, validatePhone, type KzPhoneType, type PhoneOptions } from './phone.js';
export { validateEmail } from './email.js';
export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  validatePassword,
  validatePasswordRepeat,
} from './password.js';
export { detectOwnershipForm, OWNERSHIP_FORMS, stripOwnershipForm, type OwnershipForm } from './ownership-form.js';
export {
  COMPANY_NAME_MAX_LENGTH,
  validateCompanyIdentifier,
  validateCompanyName,
  validatePersonName,
  type CompanyNameOptions,
} from './company-name.js';
export { validateText } from './text.js';
export { validateDate } from './date.js';
export { formatPersonName, type PersonNameParts } from './person-name.js';
export {
  validateDocumentSlot,
  validateFileName,
  validateFileSize,
  validateFileType,
  validateSha256,
} from './document.js';
export {
  isLegalStatus,
  LEGAL_STATUSES,
  REGISTRANT_KINDS,
  type LegalStatus,
  type RegistrantKind,
} from './registrant.js';
export { modelLocale, type ModelLocale } from './reference/locale.js';
export {
  countryCodes,
  countryName,
  isCountryCode,
  listCountries,
  validateCountry,
  type CountryOption,
} from './reference/countries.js';
export {
  currencyCodes,
  currencyName,
  currencyNumericCode,
  isCurrencyCode,
  listCurrencies,
  validateCurrency,
  type CurrencyOption,
} from './reference/currencies.js';
export {
  ACCOUNT_TYPES,
  accountTypeName,
  isAccountType,
  listAccountTypes,
  type AccountType,
} from './reference/account-types.js';
export { KBE_SECTORS, kbeSectorName, listKbeSectors, type KbeSector } from './reference/kbe-sectors.js';
export {
  documentManifestEntrySchema,
  nonResidentBankAccountSchema,
  nonResidentCompanySchema,
  nonResidentRegistrationSchema,
  nonResidentUserSchema,
  registrationSchema,
  residentBankAccountSchema,
  residentCompanySchema,
  residentRegistrationSchema,
  residentUserSchema,
  type BankAccount,
  type CompanyData,
  type DocumentManifestEntry,
  type NonResidentCompanyData,
  type NonResidentRegistration,
  type NonResidentUserData,
  type RegistrationPayload,
  type ResidentCompanyData,
  type ResidentRegistration,
  type ResidentUserData,
  type UserData,
} from './schemas.js';
export { issuesToFieldErrors, type SchemaIssue } from './field-errors.js';
export {
  bankAccountFieldRequired,
  checkBankAccountData,
  checkBankAccounts,
  checkDocumentManifestEntry,
  checkNonResidentCompany,
  checkNonResidentRegistration,
  checkNonResidentUser,
  checkResidentCompany,
  checkResidentRegistration,
  checkResidentUser,
  DOCUMENT_MANIFEST_ENTRY_RULES,
  idNumberFitsStatus,
  NON_RESIDENT_BANK_ACCOUNT_RULES,
  NON_RESIDENT_COMPANY_RULES,
  NON_RESIDENT_USER_RULES,
  RESIDENT_BANK_ACCOUNT_RULES,
  RESIDENT_COMPANY_RULES,
  RESIDENT_USER_RULES,
  type BankAccountField,
  type FieldRule,
  type FieldValidator,
  type RuleResult,
} from './registration-rules.js';
export {
  CATALOGUE_ISSUE_CODES,
  validateCatalogue,
  type CatalogueIssue,
  type CatalogueIssueCode,
  type CatalogueResult,
} from './catalogue-validation.js';
export {
  DOCUMENT_REGISTRANTS,
  documentName,
  documentRegistrant,
  documentsFor,
  extendCatalogue,
  isDocumentRegistrant,
  type DocumentCatalogue,
  type DocumentRegistrant,
  type DocumentSlot,
  type DocumentSpec,
  type LocalizedText,
} from './document-catalogue.js';
export { SUPPLIER_PORTAL_CATALOGUE } from './document-presets.js';
export {
  checkPortalPreset,
  flowSteps,
  PORTAL_PRESETS,
  PPP_PORTAL,
  SUPPLIER_PORTAL,
  type FlowStep,
  type PortalPreset,
  type PortalPresetInput,
  type PresetIssue,
  type PresetResult,
} from './portal-presets.js';
export {
  checkIssueDate,
  DOCUMENT_PROBLEMS,
  fileProblems,
  isBlocking,
  localToday,
  pdfProblems,
  slotStatus,
  type DocumentProblemCode,
  type DocumentProblemSeverity,
  type InspectedPdfFacts,
  type SlotFileState,
  type SlotStatus,
} from './document-checks.js';
export { DOCUMENT_FILE_TYPES, isDocumentFileType, sniffFileType, SNIFF_BYTES, type DocumentFileType } from './file-signature.js';
