// fake-indexeddb for ledger tests: a fresh in-memory IndexedDB per process.
import 'fake-indexeddb/auto';
