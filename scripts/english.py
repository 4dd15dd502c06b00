"""English for the interface's Indonesian source strings; build_translations.py --fill uses it.

Kept as a plain mapping so a reviewer can read the whole catalogue at once. A source string
missing here stays unfinished in kinerja_en.ts, and the test on translations fails.
"""

ENGLISH = {
    "Isi nama pemerintah daerah dan tempat untuk baris tanggal, lalu lanjutkan.":
        "Fill in the regional government's name and the place for date lines, then go on.",
    "Lisensi LGPL versi 3 (Qt, PySide6)": "LGPL version 3 licence (Qt, PySide6)",
    "Teks GPL versi 3, yang dirujuk LGPL, ada di berkas {0}.":
        "The text of the GPL version 3, which the LGPL refers to, is in the file {0}.",
    "Pakai lambang &contoh": "Use the &sample emblem",
    "Pengaturan disimpan.": "Settings saved.",
    "Bahasa yang dipilih berlaku setelah aplikasi dibuka ulang.":
        "The chosen language applies once the application is restarted.",
    "Pangkat/gol.:": "Rank/grade:",
    '(portabel)': '(portable)',
    '&Panduan pengguna': '&User guide',
    'Panduan Pengguna': 'User Guide',
    'Cari dalam panduan…': 'Search the guide…',
    '&Daftar isi': '&Contents',
    'Tidak ditemukan': 'Not found',
    'portabel': 'portable',
    'folder data pengguna': 'user data folder',
    '<b>{0}</b> versi {1}<br>Target 100 hari dan evaluasi kinerja pejabat eselon II.<br><br>Basis data: {2}<br>Folder data: {3} ({4})': '<b>{0}</b> version {1}<br>100-day targets and performance evaluation of echelon II officials.<br><br>Database: {2}<br>Data folder: {3} ({4})',
    'Komponen yang disertakan dan lisensinya:': 'Bundled components and their licences:',
    'Qt dan PySide6 dipakai di bawah LGPLv3; kode sumbernya tersedia di https://www.qt.io/.': 'Qt and PySide6 are used under the LGPLv3; their source code is available at https://www.qt.io/.',
    'Komponen': 'Component',
    'Versi': 'Version',
    'Lisensi': 'Licence',
    'Berkas lisensi tidak ditemukan: {0}': 'Licence file not found: {0}',
    'Lambang daerah untuk kop dokumen: gambar PNG atau JPEG, maksimal 1 MB. Boleh dikosongkan.': 'Regional emblem for the document letterhead: a PNG or JPEG image, at most 1 MB. May be left empty.',
    'F4 / folio (215 × 330 mm)': 'F4 / folio (215 × 330 mm)',
    '&Ukuran kertas:': '&Paper size:',
    'Gambar lambang': 'Emblem image',
    '(tanpa lambang)': '(no emblem)',
    'Penyiapan awal Kinerja Desktop': 'Kinerja Desktop first-run setup',
    'Instansi': 'Institution',
    'Nama pemerintah daerah dan tempat dicetak pada kop dan baris tanggal dokumen.': "The regional government's name and the place are printed in the letterhead and the documents' date lines.",
    'Lambang dan kertas': 'Emblem and paper',
    'Lambang pada kop dan ukuran kertas cetak.': 'The emblem in the letterhead and the printing paper size.',
    'Penandatangan': 'Signatories',
    'Pejabat yang menandatangani dan melantik. Bupati dan Wakil Bupati adalah pejabat terpilih (tanpa NIP). Yang belum diketahui boleh dikosongkan.': 'The officials who sign and inaugurate. The Bupati and Wakil Bupati are elected officials (no NIP). Those not yet known may be left empty.',
    'PC ini': 'This PC',
    'Nama petugas yang bekerja di PC ini dan bahasa tampilan.': 'The name of the staff member working at this PC and the interface language.',
    'Pengaturan disimpan saat menekan Selesai; semuanya dapat diubah lagi di Berkas ▸ Pengaturan…': 'The settings are saved when you press Finish; all of them can be changed later in File ▸ Settings…',
    'Muat &data contoh (pelantikan 14 Juni 2019 di Kabupaten Serang) untuk mencoba aplikasi': 'Load the &demo data (the inauguration of 14 June 2019 in Serang Regency) to try the app',
    'Data contoh memakai NIP rekaan dan dapat dihapus kemudian.': 'The demo data uses made-up NIPs and can be deleted later.',
    'Jalan, nomor telepon, kode pos': 'Street, telephone number, post code',
    '&Pemerintah daerah / instansi:': '&Regional government / institution:',
    '&Tempat (baris tanggal):': '&Place (date line):',
    '&Alamat:': '&Address:',
    '&Unit pada kop:': '&Unit in the letterhead:',
    '&Pengaturan…': '&Settings…',
    'Pengaturan ini hanya berlaku di PC ini. Nama operator dicatat dalam riwayat perubahan; bahasa berlaku setelah aplikasi dibuka ulang.': 'These settings apply to this PC only. The operator name is recorded in the change history; the language applies after the app is reopened.',
    'Nama &operator:': '&Operator name:',
    '&Bahasa:': '&Language:',
    'Pengaturan': 'Settings',
    'Bupati': 'Bupati (Regent)',
    'Wakil Bupati': 'Wakil Bupati (Vice Regent)',
    'Sekretaris Daerah': 'Sekretaris Daerah (Regional Secretary)',
    'Nama:': 'Name:',
    '18 angka': '18 digits',
    'NIP:': 'NIP:',
    'Baru': 'New',
    'Diambil dari PC lain': 'Taken from the other PC',
    'Versi PC ini dipertahankan': "This PC's version kept",
    'Konflik': 'Conflicts',
    'Dihapus': 'Deleted',
    '&Gabungkan data PC lain…': "&Merge another PC's data…",
    'Gabungkan data PC lain': "Merge another PC's data",
    'Data dari cadangan PC lain ditambahkan ke basis data ini (tidak menggantinya). Periksa dulu hasil uji coba; basis data ini dicadangkan otomatis sebelum digabung.': "Data from another PC's backup is added to this database (it does not replace it). Check the trial run first; this database is backed up automatically before the merge.",
    '&Pilih berkas…': '&Choose file…',
    '&Uji coba': '&Trial run',
    '&Gabungkan': '&Merge',
    'Konflik (berubah di kedua PC). Centang untuk memakai versi PC lain; tanpa centang versi PC ini dipertahankan:': "Conflicts (changed on both PCs). Tick to use the other PC's version; unticked, this PC's version is kept:",
    'Cadangan PC lain': "Another PC's backup",
    'Uji coba: {0} perubahan, {1} konflik. Belum ada yang ditulis.': 'Trial run: {0} changes, {1} conflicts. Nothing written yet.',
    'Digabung: {0} perubahan. Cadangan sebelum-gabung: {1}': 'Merged: {0} changes. Pre-merge backup: {1}',
    'Nama &operator…': '&Operator name…',
    'Nama operator': 'Operator name',
    'Nama petugas di PC ini (dicatat dalam riwayat perubahan):': 'Name of the staff member at this PC (recorded in the change history):',
    'Perubahan berikutnya dicatat atas nama {0}.': 'Further changes are recorded under {0}.',
    '(nama login)': '(login name)',
    'Cadangkan basis data': 'Back up the database',
    'Salinan lengkap basis data (termasuk bukti dukung) ditulis ke folder yang dipilih, lalu diperiksa sebelum diberi nama akhir. Aplikasi boleh tetap terbuka.': 'A complete copy of the database (evidence files included) is written to the chosen folder and checked before it gets its final name. The app may stay open.',
    '&Pilih folder…': '&Choose folder…',
    '&Enkripsi dengan kata sandi (disarankan untuk flashdisk: berisi NIP dan tanggal lahir)': '&Encrypt with a passphrase (advised for USB sticks: it holds NIPs and birth dates)',
    '&Folder tujuan:': '&Destination folder:',
    '&Kata sandi:': '&Passphrase:',
    '&Ulangi kata sandi:': '&Repeat passphrase:',
    '&Buat cadangan': '&Back up',
    'Folder cadangan': 'Backup folder',
    'Pilih folder tujuan (mis. flashdisk).': 'Choose the destination folder (e.g. a USB stick).',
    "Folder '{0}' tidak ada (flashdisk sudah dicabut?).": "Folder '{0}' does not exist (was the USB stick removed?).",
    'Kata sandi minimal {0} karakter.': 'The passphrase needs at least {0} characters.',
    'Kedua kata sandi tidak sama.': 'The two passphrases differ.',
    '&Cadangkan ke flashdisk…': '&Back up to a USB stick…',
    '&Pulihkan dari cadangan…': '&Restore from a backup…',
    'Periksa berkas ca&dangan…': 'Check a bac&kup file…',
    'Belum pernah dicadangkan': 'Never backed up',
    'Belum ada ekspor server terjadwal': 'No scheduled server export yet',
    'Ekspor server terakhir {0} hari lalu': 'Last server export {0} days ago',
    'Ekspor server: {0}': 'Server export: {0}',
    'Ekspor terjadwal server kantor (perintah ekspor-server; lihat docs/server.md).':
        "The office server's scheduled export (the ekspor-server command; see docs/server.md).",
    'Terakhir: {0} oleh {1}, berkas {2}.': 'Last: {0} by {1}, file {2}.',
    'Klik: cadangkan ke flashdisk dari PC ini (Ctrl+Shift+S)':
        'Click: back up to a USB stick from this PC (Ctrl+Shift+S)',
    'Cadangan terakhir: {0}': 'Last backup: {0}',
    'Cadangan terakhir {0} hari lalu': 'Last backup {0} days ago',
    'Cadangkan ke flashdisk (Ctrl+Shift+S)': 'Back up to a USB stick (Ctrl+Shift+S)',
    'Cadangan tersimpan dan terperiksa: {0}': 'Backup written and checked: {0}',
    'Kata sandi cadangan:': 'Backup passphrase:',
    'Periksa berkas cadangan': 'Check a backup file',
    'Cadangan Kinerja (*.kinerja *.enc);;Semua berkas (*)': 'Kinerja backups (*.kinerja *.enc);;All files (*)',
    'Berkas cadangan baik (skema {0}, {1} pejabat).': 'The backup file is good (schema {0}, {1} officials).',
    'Berkas cadangan TIDAK dapat dipakai:': 'The backup file can NOT be used:',
    'Pulihkan dari cadangan': 'Restore from a backup',
    'Cadangan Kinerja (*.kinerja *.enc)': 'Kinerja backups (*.kinerja *.enc)',
    "Isi basis data sekarang akan diganti dengan isi cadangan '{0}'. Basis data sekarang disimpan dulu sebagai salinan sebelum-pulih. Lanjutkan?": "The database's contents will be replaced by the backup '{0}'. The current database is first kept as a pre-restore copy. Continue?",
    'Basis data dipulihkan. Salinan sebelum-pulih: {0}': 'Database restored. Pre-restore copy: {0}',
    'Riwayat &perubahan…': 'Change &history…',
    'Riwayat perubahan': 'Change history',
    'Waktu': 'Time',
    'Operator': 'Operator',
    'Tabel': 'Table',
    'Data': 'Record',
    'Sebelum': 'Before',
    'Sesudah': 'After',
    'berubah': 'changed',
    'Hanya &data ini': 'This &record only',
    'Tampilkan seluruh riwayat data yang dipilih': 'Show the whole history of the selected record',
    'Semua orang': 'Everyone',
    'Semua tabel': 'All tables',
    'UUID data (kosong: semua)': 'record UUID (empty: all)',
    'nama, judul, NIP …': 'name, title, NIP …',
    '&Bersihkan saringan': '&Clear filters',
    '&Orang:': '&Person:',
    '&Tabel:': '&Table:',
    '&Dari tanggal:': '&From date:',
    '&Sampai tanggal:': '&To date:',
    'D&ata:': 'R&ecord:',
    'tidak dibatasi': 'no limit',
    'Tidak ada perubahan yang cocok dengan saringan.': 'No change matches the filters.',
    'Belum ada perubahan yang tercatat.': 'No change has been recorded yet.',
    'Jumlah perubahan: %1': 'Changes: %1',
    '%1 · %2 · %3 oleh %4 — %5': '%1 · %2 · %3 by %4 — %5',
    'Cetak &batch lembar evaluasi…': 'Print evaluation sheets in a &batch…',
    'Periksa &dokumen…': 'Check a &document…',
    '&Tanda tangan pindaian…': 'Scanned &signatures…',
    'Semua evaluasi final': 'All final evaluations',
    'Cetak batch': 'Batch printing',
    'Lembar evaluasi yang dicetak:': 'Evaluation sheets to print:',
    'Pilihan cetak': 'Print options',
    'A4 (210 × 297 mm)': 'A4 (210 × 297 mm)',
    'F4/Folio (215 × 330 mm)': 'F4/Folio (215 × 330 mm)',
    'Pasang gambar &tanda tangan pindaian': 'Place &scanned signature images',
    'Tandatangani PDF secara &digital': 'Sign the PDF &digitally',
    'berkas sertifikat .p12 / .pfx': 'certificate file .p12 / .pfx',
    'Pilih…': 'Choose…',
    'Satu PDF berisi semua lembar': 'One PDF with all sheets',
    'Satu PDF per pejabat ke sebuah folder': 'One PDF per official into a folder',
    '&Kertas:': '&Paper:',
    'Sertifikat:': 'Certificate:',
    'Kata sandi:': 'Password:',
    'Sertifikat tanda tangan digital': 'Digital signature certificate',
    'Sertifikat PKCS#12 (*.p12 *.pfx)': 'PKCS#12 certificate (*.p12 *.pfx)',
    'Tanda tangan digital': 'Digital signature',
    'Pilih berkas sertifikat (.p12) lebih dahulu.': 'Choose the certificate file (.p12) first.',
    'Simpan PDF': 'Save PDF',
    'Tersimpan di {0}\nKode verifikasi: {1}': 'Saved to {0}\nVerification code: {1}',
    'Cetak': 'Print',
    'Tidak ada penampil PDF untuk membuka dokumen. Berkasnya ada di:\n{0}': 'No PDF viewer is set up to open the document. The file is in:\n{0}',
    'Belum ada evaluasi final untuk dicetak.': 'There is no final evaluation to print yet.',
    'Folder tujuan': 'Destination folder',
    'Mencetak {0} lembar evaluasi…': 'Printing {0} evaluation sheets…',
    '{0} lembar evaluasi dicetak ke {1}.': '{0} evaluation sheets printed to {1}.',
    '&Cetak kesepakatan target': '&Print target agreement',
    'Simpan PDF kesepakatan target…': 'Save target agreement as PDF…',
    'Cetak &lembar evaluasi': 'Print evaluation &sheet',
    'Simpan PDF lembar evaluasi…': 'Save evaluation sheet as PDF…',
    'Cetak lembar evaluasi': 'Print evaluation sheet',
    'Program ini belum dievaluasi.': 'This program has not been evaluated yet.',
    'Tanda tangan pindaian': 'Scanned signatures',
    '&Pilih gambar…': '&Choose image…',
    '&Hapus gambar': '&Remove image',
    'Gambar PNG atau JPEG (maksimal 2 MB), sebaiknya berlatar putih atau transparan. Gambar dipasang hanya bila dipilih saat mencetak.': 'A PNG or JPEG image (at most 2 MB), preferably on a white or transparent background. It is placed only when chosen when printing.',
    'Belum ada penandatangan.': 'No signatories yet.',
    '(belum ada gambar)': '(no image yet)',
    'Gambar tanda tangan': 'Signature image',
    'Gambar (*.png *.jpg *.jpeg)': 'Images (*.png *.jpg *.jpeg)',
    'Hapus gambar': 'Remove image',
    'Hapus gambar tanda tangan penandatangan ini?': "Remove this signatory's signature image?",
    'Periksa Dokumen': 'Check Document',
    'Ketik kode verifikasi yang tercetak di kaki dokumen (mis. K7Q2-9XPM), atau tempel isi kode QR-nya.': 'Type the verification code printed at the foot of the document (e.g. K7Q2-9XPM), or paste the contents of its QR code.',
    '&Periksa': '&Check',
    '&Mulai atau lanjutkan evaluasi…': '&Start or resume an evaluation…',
    'Pengaturan &penilaian…': 'Scoring &settings…',
    'E&valuasi program…': 'E&valuate program…',
    'Pengaturan penilaian': 'Scoring settings',
    '&Batas capaian per target:': 'Achievement &cap per target:',
    'PP 46/2011: bagian &SKP:': 'PP 46/2011: &SKP share:',
    'PP 46/2011: bagian perilaku:': 'PP 46/2011: behaviour share:',
    'Saran rating "di &atas ekspektasi" mulai nilai:': 'Suggest "&above expectation" from score:',
    'Saran rating "&sesuai ekspektasi" mulai nilai:': 'Suggest "&meets expectation" from score:',
    '&Hasil beberapa penilai:': "&Several evaluators' result:",
    'Predikat (nilai dibulatkan satu desimal, lalu dibandingkan dengan batas bawah)': 'Predicates (the score is rounded to one decimal, then compared with the lower limits)',
    '<b>Predikat</b>': '<b>Predicate</b>',
    '<b>Mulai nilai</b>': '<b>From score</b>',
    " · {0} diarsipkan": " · {0} archived",
    "%v dari %m baris": "%v of %m rows",
    "&Aktifkan kembali": "&Reactivate",
    "&Arsipkan": "&Archive",
    "&Bahasa": "&Language",
    "&Berkas": "&File",
    "&Cari": "&Find",
    "&Catat pelantikan…": "&Record inauguration…",
    "&Catatan:": "&Note:",
    "&Ekspor daftar pejabat…": "&Export roster…",
    "&Eselon:": "&Echelon:",
    "&Hapus baris": "&Remove row",
    "&Hapus…": "&Delete…",
    "&Impor daftar pejabat…": "&Import roster…",
    "&Impor": "&Import",
    "&Jabatan:": "&Post:",
    "&Keluar": "&Quit",
    "&Mulai menjabat:": "&Started:",
    "&NIP:": "&NIP:",
    "&Nomor SK:": "&Decree number:",
    "&Pangkat/golongan:": "&Rank/grade:",
    "&Pejabat": "&Officials",
    "&Periksa lagi": "&Check again",
    "&Selesai menjabat:": "&Ended:",
    "&Tambah pejabat…": "&Add official…",
    "&Tampilan": "&View",
    "&Tanggal:": "&Date:",
    "&Tentang Kinerja Desktop": "&About Kinerja Desktop",
    "&Ubah pejabat…": "&Edit official…",
    "&Unit kerja:": "&Unit:",
    ", dan {0} lainnya": ", and {0} more",
    "18 angka, mis. 19700101 199003 1 002": "18 digits, e.g. 19700101 199003 1 002",
    "<b>Pejabat yang dilantik</b> ({0})": "<b>Officials inaugurated</b> ({0})",
    "<b>{0}</b> versi {1}<br>Target 100 hari dan evaluasi kinerja pejabat eselon II.<br><br>"
    "Basis data: {2}": "<b>{0}</b> version {1}<br>100-day targets and performance evaluation "
                       "of echelon II officials.<br><br>Database: {2}",
    "<h2>Belum ada pejabat</h2>": "<h2>No officials yet</h2>",
    "Akti&f (tidak diarsipkan)": "Acti&ve (not archived)",
    "Aktif dan diarsipkan": "Active and archived",
    "Aktif": "Active",
    "Ba&ntuan": "&Help",
    "Ba&tal": "&Cancel",
    "Bahasa antarmuka berubah setelah aplikasi dibuka kembali.":
        "The interface language changes when the application is opened again.",
    "Bahasa": "Language",
    "Baris data: {0}": "Data rows: {0}",
    "Baris yang akan diimpor ({0})": "Rows to import ({0})",
    "Baris yang akan diimpor": "Rows to import",
    "Baris {0}": "Row {0}",
    "Baris {0}: {1}": "Row {0}: {1}",
    "Baris": "Row",
    "Baru: {0}": "New: {0}",
    "Basis data Kinerja (*.db *.kinerja);;Semua berkas (*)":
        "Kinerja database (*.db *.kinerja);;All files (*)",
    "Basis data tidak dapat dibuka": "The database cannot be opened",
    "Basis data yang sedang dibuka": "The database that is open",
    "Batal": "Cancel",
    "Batalkan pelantikan": "Discard inauguration",
    "Belum ada pejabat. Tekan Insert atau \"Tambah baris\" untuk menambahkan pejabat yang "
    "dilantik.": "No officials yet. Press Insert or \"Add row\" to add an inaugurated official.",
    "Belum diisi: {0}.": "Not filled in yet: {0}.",
    "Berkas belum dapat diperiksa.": "The file could not be checked.",
    "Berkas dapat diimpor, dengan {0} peringatan; periksa dulu sebelum menekan Impor. Belum ada "
    "data yang ditulis.": "The file can be imported, with {0} warnings; review them before "
                         "pressing Import. Nothing has been written yet.",
    "Berkas siap diimpor. Belum ada data yang ditulis; tekan Impor untuk menyimpan.":
        "The file is ready to import. Nothing has been written yet; press Import to save.",
    "Berkas tidak berisi baris data; tidak ada yang diimpor.":
        "The file has no data rows; nothing to import.",
    "Berkas: {0}": "File: {0}",
    "Buang isian pelantikan ini?": "Discard what was entered for this inauguration?",
    "Buku kerja Excel (*.xlsx);;CSV untuk Excel (*.csv)":
        "Excel workbook (*.xlsx);;CSV for Excel (*.csv)",
    "Cari nama, NIP, jabatan atau unit kerja… (Ctrl+F)":
        "Search name, NIP, post or unit… (Ctrl+F)",
    "Cari pejabat": "Search officials",
    "Catat pelantikan": "Record inauguration",
    "Daftar pejabat (*.xlsx *.csv)": "Roster (*.xlsx *.csv)",
    "Daftar pejabat": "Roster",
    "Data belum benar": "Data not valid yet",
    "Data contoh dimuat.": "Demo data loaded.",
    "Data contoh sudah ada; tidak ada yang diubah.":
        "The demo data is already there; nothing changed.",
    "Diarsipkan": "Archived",
    "Dilantik &oleh:": "Inaugurated &by:",
    "Diubah: {0}": "Changed: {0}",
    "Ekspor daftar pejabat": "Export roster",
    "Eselon {0}": "Echelon {0}",
    "Eselon": "Echelon",
    "Eselon:": "Echelon:",
    "Gelar &belakang:": "Title &after name:",
    "Gelar &depan:": "Title &before name:",
    "Gol. {0}": "Grade {0}",
    "Gol.": "Grade",
    "Hap&us jabatan": "Remo&ve post",
    "Hapus baris yang sedang dipilih (Ctrl+Shift+Delete)":
        "Remove the selected row (Ctrl+Shift+Delete)",
    "Hapus jabatan \"{0}\" dari riwayat? Jabatan yang sudah berakhir sebaiknya diberi tanggal "
    "selesai, bukan dihapus.": "Remove the post \"{0}\" from the history? A post that has ended "
                               "should get an end date rather than be removed.",
    "Hapus jabatan": "Remove post",
    "Hapus pejabat": "Delete official",
    "Hapus pencarian dan saringan": "Clear search and filters",
    "Hapus {0} (NIP {1}) dari daftar? Tindakan ini tidak dapat dibatalkan.":
        "Delete {0} (NIP {1}) from the roster? This cannot be undone.",
    "Hentikan impor; tidak ada data yang diubah": "Stop the import; no data is changed",
    "Identitas": "Identity",
    "Impor daftar pejabat": "Import roster",
    "Impor dari Excel/CSV…": "Import from Excel/CSV…",
    "Impor dibatalkan; tidak ada data yang diubah.": "Import cancelled; no data was changed.",
    "Impor gagal; tidak ada data yang diubah.": "Import failed; no data was changed.",
    "Impor sedang berjalan": "Import in progress",
    "Impor sedang berjalan. Batalkan impor dan tutup? Tidak ada data yang akan diubah.":
        "An import is in progress. Cancel it and close? No data will be changed.",
    "Impor selesai": "Import finished",
    "Impor selesai: {0} pejabat baru, {1} diubah, {2} tetap.":
        "Import finished: {0} new officials, {1} changed, {2} unchanged.",
    "Impor tidak dapat dilakukan: {0} kesalahan. Perbaiki berkas lalu periksa lagi.":
        "Cannot import: {0} errors. Correct the file, then check again.",
    "Jabatan baru:": "New post:",
    "Jabatan lama ditutup per {0}: {1}": "Previous posts end on {0}: {1}",
    "Jabatan se&belumnya:": "Pre&vious post:",
    "Jabatan": "Post",
    "Jenis &pengisian:": "How &filled:",
    "Jenis kelamin": "Sex",
    "Jenis": "Kind",
    "Kesalahan tak terduga": "Unexpected error",
    "Kesalahan": "Error",
    "Keterangan": "Description",
    "Ketik sebagian nama atau NIP pejabat, lalu pilih dari daftar.":
        "Type part of the official's name or NIP, then choose from the list.",
    "Kini: {0}": "Now: {0}",
    "Kolom": "Column",
    "Lahir {0} · {1} · TMT CPNS {2}": "Born {0} · {1} · civil service since {2}",
    "Masalah ({0})": "Problems ({0})",
    "Masalah pada berkas": "Problems in the file",
    "Membatalkan…": "Cancelling…",
    "Memeriksa {0}… Belum ada data yang ditulis.": "Checking {0}… Nothing has been written yet.",
    "Memeriksa…": "Checking…",
    "Menampilkan {0} dari {1} pejabat": "Showing {0} of {1} officials",
    "Mengimpor {0} baris…": "Importing {0} rows…",
    "Muat data &contoh": "Load &demo data",
    "Muat data contoh": "Load demo data",
    "Mulai": "Start",
    "NIP {0} sudah terdaftar untuk {1}.": "NIP {0} is already registered for {1}.",
    "NIP": "NIP",
    "Na&ma:": "Na&me:",
    "Nama": "Name",
    "Nomor SK:": "Decree number:",
    "Pangkat/gol.": "Rank/grade",
    "Pe&lantikan": "&Inaugurations",
    "Pejabat ini tidak ditemukan lagi di basis data.":
        "This official is no longer in the database.",
    "Pejabat tidak ditemukan.": "Official not found.",
    "Pejabat:": "Official:",
    "Pelantikan dicatat: {0} pejabat dilantik, {1} jabatan lama diakhiri.":
        "Inauguration recorded: {0} officials inaugurated, {1} previous posts ended.",
    "Pengisian": "Filled by",
    "Pengisian:": "Filled by:",
    "Peringatan": "Warning",
    "Pilih &berkas…": "Choose &file…",
    "Pilih basis data Kinerja": "Choose a Kinerja database",
    "Pilih berkas .xlsx atau .csv berisi daftar pejabat; isinya diperiksa dulu sebelum ada yang "
    "ditulis.": "Choose an .xlsx or .csv file with the roster; it is checked before anything "
                "is written.",
    "Pilih daftar pejabat": "Choose a roster file",
    "Pilih dari daftar penandatangan, atau ketik nama dan jabatan lain":
        "Choose from the signatories, or type another name and title",
    "Pilih pejabat dari daftar saran (panah bawah, lalu Enter).":
        "Choose the official from the suggestions (down arrow, then Enter).",
    "Pilih pejabat di daftar untuk melihat rincian dan riwayat jabatannya.":
        "Select an official in the list to see their details and post history.",
    "Riwayat jabatan": "Post history",
    "Saring menurut eselon": "Filter by echelon",
    "Saring menurut jenis pengisian": "Filter by how the post was filled",
    "Saring menurut status": "Filter by status",
    "Saring menurut unit kerja": "Filter by unit",
    "Selesai": "End",
    "Semua baris sama dengan data yang sudah ada; tidak ada yang perlu diimpor.":
        "Every row matches the data already there; nothing to import.",
    "Semua eselon": "All echelons",
    "Semua jenis pengisian": "Any way of filling",
    "Semua unit kerja": "All units",
    "Simpan pelantikan (Ctrl+Enter)": "Save the inauguration (Ctrl+Enter)",
    "Simpan": "Save",
    "T&empat:": "Pl&ace:",
    "T&utup": "C&lose",
    "TMT jabatan": "In post since",
    "Tam&bah baris": "Add ro&w",
    "Tambah &jabatan…": "Add &post…",
    "Tambah jabatan": "Add post",
    "Tambah pejabat (Ctrl+N)": "Add official (Ctrl+N)",
    "Tambah pejabat yang dilantik (Insert atau Ctrl+Shift+N)":
        "Add an inaugurated official (Insert or Ctrl+Shift+N)",
    "Tambah pejabat": "Add official",
    "Tambahkan minimal satu pejabat yang dilantik.": "Add at least one inaugurated official.",
    "Tambahkan pejabat satu per satu, impor daftar dari Excel atau CSV, atau muat data contoh "
    "pelantikan 14 Juni 2019 untuk mencoba aplikasi.":
        "Add officials one by one, import a roster from Excel or CSV, or load the demo data of "
        "the 14 June 2019 inauguration to try the application.",
    "Tanggal S&K:": "Decree da&te:",
    "Tanggal SK:": "Decree date:",
    "Tanggal lahir": "Date of birth",
    "Tentang Kinerja Desktop": "About Kinerja Desktop",
    "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.\n"
    "Rincian dicatat di {log} dengan rujukan {ref}.":
        "An unexpected error occurred. Data already saved is safe.\n"
        "Details were written to {log} under the reference {ref}.",
    "Tetap: {0}": "Unchanged: {0}",
    "Tidak ada pejabat yang cocok dengan \"{0}\".": "No official matches \"{0}\".",
    "Tidak ada pejabat yang cocok dengan saringan ini.": "No official matches these filters.",
    "Tidak dapat dihapus": "Cannot be deleted",
    "Tidak dapat dilanjutkan": "Cannot continue",
    "Tindakan": "Action",
    "U&bah jabatan…": "&Edit post…",
    "Ubah jabatan": "Edit post",
    "Ubah pejabat": "Edit official",
    "Unit kerja baru: {0}": "New units: {0}",
    "Unit kerja baru: {0}.": "New units: {0}.",
    "Unit kerja yang akan dibuat: {0}": "Units to be created: {0}",
    "Unit kerja": "Unit",
    "Unit kerja:": "Unit:",
    "baris {0}: {1}": "row {0}: {1}",
    "baru": "new",
    "diarsipkan": "archived",
    "diketahui": "known",
    "diubah": "changed",
    "jabatan baru": "new post",
    "ketik nama atau NIP, lalu pilih": "type a name or NIP, then choose",
    "ketik nama dan jabatan, mis. Ratu Tatu Chasanah, Bupati Serang":
        "type name and title, e.g. Ratu Tatu Chasanah, Bupati Serang",
    "masih menjabat": "still in post",
    "mis. 821.2/Kep.123-BKPSDM/2019": "e.g. 821.2/Kep.123-BKPSDM/2019",
    "mis. Dr. H.": "e.g. Dr. H.",
    "mis. Kepala Dinas Kependudukan dan Catatan Sipil":
        "e.g. Kepala Dinas Kependudukan dan Catatan Sipil",
    "mis. Pendopo Bupati Serang": "e.g. Pendopo Bupati Serang",
    "mis. S.Sos., M.Si": "e.g. S.Sos., M.Si",
    "nama tanpa gelar": "name without titles",
    "pejabat": "official",
    "pilih atau ketik unit kerja baru": "choose, or type a new unit",
    "s.d. {0}": "until {0}",
    "sejak {0}": "since {0}",
    "sudah berakhir": "has ended",
    "tanggal tidak tercatat": "dates not recorded",
    "tempat pelantikan": "place of inauguration",
    "tetap": "unchanged",
    "tidak memegang jabatan": "holds no post",
    "tidak wajib": "optional",
    "unit kerja": "unit",
    "{0} Perbaiki berkas lalu periksa lagi, atau pilih berkas lain.":
        "{0} Correct the file and check again, or choose another file.",
    "{0} diaktifkan kembali.": "{0} reactivated.",
    "{0} diarsipkan.": "{0} archived.",
    "{0} dihapus.": "{0} deleted.",
    "{0} memiliki riwayat jabatan, sehingga tidak dapat dihapus. Arsipkan saja?":
        "{0} has a post history and cannot be deleted. Archive instead?",
    "{0} pejabat diekspor ke {1}.": "{0} officials exported to {1}.",
    "{0} pejabat": "{0} officials",
    "{0} s.d. {1}": "{0} to {1}",
    "{0} sedang diarsipkan.": "{0} is archived.",
    "{0} sudah menjabat {1}; periksa kembali.": "{0} already holds {1}; please check.",
    "{0} · hari ke-100: {1}": "{0} · day 100: {1}",
    "{error}\n\nPilih berkas basis data lain?": "{error}\n\nChoose another database file?",
    "… dan {0} pejabat lainnya; ketik lebih lengkap": "… and {0} more officials; type more",
    "→ Jabatan lama tetap berjalan (pengisian sementara).":
        "→ Previous posts continue (acting appointment).",
    "→ Unit kerja baru ditambahkan: {0}": "→ New unit added: {0}",
    "→ {0} ({1}) diakhiri per {2}": "→ {0} ({1}) ends on {2}",
}
# Program, progress and development priority dialogs (gui/program_dialog.py,
# gui/progress_dialog.py, gui/priorities_dialog.py).
ENGLISH.update({
    "Program baru – {0}": "New program – {0}",
    "Ubah program – {0}": "Edit program – {0}",
    "Buat program": "Create program",
    "{0} (berakhir {1})": "{0} (ended {1})",
    "{0} belum memiliki jabatan tercatat. Tambahkan jabatannya lewat \"Ubah pejabat\" lalu buat "
    "program lagi.": "{0} has no post recorded yet. Add the post through \"Edit official\", "
                     "then create the program again.",
    "tidak wajib; kosong: judul dibuat dari jenis program dan jabatan":
        "optional; if empty, the title is made from the program kind and the post",
    "(kosong)": "(empty)",
    "Target program yang dipilih disalin ke program baru sebagai draft.":
        "The targets of the chosen program are copied into the new program as a draft.",
    "{0} ({1} – {2}, {3} target)": "{0} ({1} – {2}, {3} targets)",
    "&Jenis program:": "Program &kind:",
    "Tanggal &mulai:": "&Start date:",
    "Tanggal &selesai:": "&End date:",
    "S&kema penilaian:": "Scoring s&cheme:",
    "J&udul:": "&Title:",
    "Mulai &dari program sebelumnya:": "Start &from an earlier program:",
    "Program 100 hari selalu berakhir pada hari ke-100; hari pertama adalah tanggal mulai.":
        "A 100-day program always ends on day 100; day 1 is the start date.",
    "Biasanya {0} bulan sejak tanggal mulai; dapat diubah.":
        "Usually {0} months from the start date; may be changed.",
    "Hari ke-100: {0}": "Day 100: {0}",
    "Hari terakhir: {0} · {1} hari": "Last day: {0} · {1} days",
    "Pilih jabatan yang menjadi dasar program.": "Choose the post the program is for.",
    "Program berstatus {0}; kembalikan ke Draft untuk mengubahnya.":
        "The program is {0}; return it to Draft to change it.",
    "Tanggal mulai sebelum jabatan ini dipegang ({0}).":
        "The start date is before this post was taken up ({0}).",
    "Jabatan ini sudah berakhir pada {0}.": "This post ended on {0}.",
    "Catat progres – {0}": "Record progress – {0}",
    "Nilai yang sudah tercapai sampai tanggal laporan (jumlah sejauh ini, bukan tambahannya).":
        "The value reached by the report date (the total so far, not the increase).",
    "Sudah &selesai": "&Done",
    "tidak wajib; mis. kegiatan yang sudah dilaksanakan":
        "optional; e.g. the activities carried out",
    "Seret berkas ke sini, atau tekan \"Tambah berkas…\".":
        "Drag files here, or press \"Add files…\".",
    "&Tambah berkas…": "&Add files…",
    "&Hapus dari daftar": "&Remove from list",
    "&Tanggal laporan:": "Report &date:",
    "&Realisasi:": "&Realised:",
    "&Bukti dukung:": "&Evidence:",
    "Target: selesai": "Target: done",
    "Target: {0} {1}": "Target: {0} {1}",
    "sudah selesai": "done",
    "belum selesai": "not done yet",
    "Laporan terakhir: {0} ({1})": "Last report: {0} ({1})",
    "Masa program: {0} – {1}": "Program period: {0} – {1}",
    "Pilih berkas bukti dukung": "Choose evidence files",
    "Berkas '{0}' sudah ada di daftar.": "The file '{0}' is already in the list.",
    "{0} berkas, jumlah {1}": "{0} files, {1} in total",
    "Belum ada berkas. Seret berkas ke daftar atau tekan \"Tambah berkas…\".":
        "No files yet. Drag files onto the list or press \"Add files…\".",
    "Program berstatus {0}: progres tidak dapat dicatat lagi.":
        "The program is {0}: progress can no longer be recorded.",
    "Prioritas pembangunan daerah": "Regional development priorities",
    "Misi RPJMD atau prioritas pembangunan daerah yang dapat dikaitkan dengan target. "
    "Prioritas yang tidak dipakai lagi cukup dinonaktifkan: target lama tetap menyebutnya.":
        "RPJMD missions or regional development priorities that targets can be linked to. "
        "A priority no longer used need only be deactivated: older targets still name it.",
    "Belum ada prioritas pembangunan. Tekan \"Tambah\" (Insert) untuk menambahkan misi RPJMD "
    "atau prioritas daerah.": "No development priorities yet. Press \"Add\" (Insert) to add "
                              "an RPJMD mission or regional priority.",
    "&Tambah…": "&Add…",
    "Tambah prioritas (Insert)": "Add a priority (Insert)",
    "&Ubah…": "&Edit…",
    "Ubah prioritas yang dipilih (Enter)": "Edit the selected priority (Enter)",
    "&Nonaktifkan": "&Deactivate",
    "&Aktifkan": "&Activate",
    "Prioritas nonaktif tidak ditawarkan lagi untuk target baru":
        "An inactive priority is no longer offered for new targets",
    "Hapus prioritas yang dipilih (Delete)": "Delete the selected priority (Delete)",
    "Hapus prioritas": "Delete priority",
    "Hapus prioritas \"{0}\" dari daftar?": "Delete the priority \"{0}\" from the list?",
    "Prioritas tidak dapat dihapus": "The priority cannot be deleted",
    "Ubah prioritas pembangunan": "Edit development priority",
    "Tambah prioritas pembangunan": "Add development priority",
    "tidak wajib; mis. 1 atau M2": "optional; e.g. 1 or M2",
    "mis. Meningkatkan kualitas pelayanan publik": "e.g. Improve the quality of public services",
    "&Kode:": "&Code:",
    "&Uraian:": "&Description:",
    "Uraian prioritas wajib diisi.": "The priority's description is required.",
    "Uraian terlalu panjang (maksimal {0} huruf).":
        "The description is too long (at most {0} characters).",
    "Kode paling banyak {0} huruf.": "The code has at most {0} characters.",
    "Kode {0} sudah dipakai prioritas lain.": "The code {0} is already used by another priority.",
    "Kode": "Code",
    "Uraian": "Description",
    "Status": "Status",
    "Nonaktif": "Inactive",
})
ENGLISH.update({
    "Belum ada jabatan tercatat.": "No posts recorded yet.",
    "Laki-laki": "Male",
    "Perempuan": "Female",
    "SK": "Decree",
})
ENGLISH.update({
    "Mengekspor daftar pejabat…": "Exporting the roster…",
    ' Progres tetap dapat dicatat.': ' Progress can still be recorded.',
    '&Buka': '&Open',
    '&Data': '&Data',
    '&Edit': '&Edit',
    '&Hapus program…': '&Delete program…',
    '&Hapus target…': '&Delete target…',
    '&Kembalikan status…': 'Step status &back…',
    '&Lampirkan…': '&Attach…',
    '&Prioritas pembangunan daerah…': 'Regional development &priorities…',
    '&Program': '&Program',
    '&Salin target dari program lain…': '&Copy targets from another program…',
    '&Simpan…': '&Save…',
    '&Tambah target': '&Add target',
    '&Target': '&Target',
    '&Tutup jendela': '&Close window',
    '&Tutup program': '&Close program',
    '&Ubah program…': '&Edit program…',
    '&Urungkan': '&Undo',
    '(tanpa tenggat)': '(no due date)',
    '(tidak ada)': '(none)',
    '<b>Program</b>': '<b>Programs</b>',
    '<b>Riwayat progres</b>': '<b>Progress history</b>',
    '<h2>Belum ada program</h2>': '<h2>No programs yet</h2>',
    '<h3>Belum ada target</h3>Program ini terkunci.': '<h3>No targets</h3>This program is locked.',
    '<h3>Belum ada target</h3>Tambah target (Ctrl+N), salin dari program lain, atau pakai templat yang tersimpan.': '<h3>No targets yet</h3>Add a target (Ctrl+N), copy from another program, or use a saved template.',
    'Alasan mengembalikan status ke {0} (wajib, disimpan dalam riwayat):': 'Reason for stepping back to {0} (required, kept in the history):',
    'Belum ada pelantikan yang tercatat.': 'No inauguration has been recorded yet.',
    'Belum ada program lain untuk disalin.': 'There is no other program to copy from yet.',
    'Belum ada templat. Simpan target sebuah program sebagai templat terlebih dahulu.': "No templates yet. Save a program's targets as a template first.",
    'Beri bobot lebih dari 0 sebelum program disepakati.': 'Give a weight above 0 before the program is agreed.',
    "Berkas '{0}' tidak dapat ditulis: {1}.": "File '{0}' cannot be written: {1}.",
    'Berkas bukti': 'Evidence files',
    'Bobot (%)': 'Weight (%)',
    'Buat &program 100 hari pelantikan…': 'Create 100-day &programs of an inauguration…',
    'Buat program…': 'Create program…',
    'Buat sekarang program 100 hari (hari ke-1: hari pelantikan) untuk setiap pejabat yang dilantik?': 'Create the 100-day programs now (day 1: the inauguration day) for every official inaugurated?',
    'Buka berkas': 'Open file',
    'Bukti': 'Evidence',
    'Bukti dukung yang diharapkan': 'Evidence expected',
    'Catat &progres…': 'Record &progress…',
    'Catat progres': 'Record progress',
    'Catatan': 'Note',
    'Daftar program': 'Programs',
    'Daftar target': 'Targets',
    'Hapus': 'Delete',
    'Hapus "{0}" beserta {1} target, laporan progres dan bukti dukungnya? Penghapusan program tidak dapat diurungkan.': 'Delete "{0}" with its {1} targets, progress reports and evidence? Deleting a program cannot be undone.',
    'Hapus berkas': 'Delete file',
    'Hapus berkas bukti': 'Delete evidence file',
    'Hapus berkas bukti ini dari basis data? (Dapat diurungkan dengan Ctrl+Z.)': 'Delete this evidence file from the database? (Ctrl+Z undoes it.)',
    'Hapus berkas bukti terpilih': 'Delete the selected evidence file',
    'Hapus laporan progres ini beserta berkas buktinya? (Dapat diurungkan dengan Ctrl+Z.)': 'Delete this progress report with its evidence files? (Ctrl+Z undoes it.)',
    'Hapus program': 'Delete program',
    'Hapus progres': 'Delete progress',
    'Hapus target': 'Delete target',
    'Hapus target "{0}"': 'Delete target "{0}"',
    'Indikator kinerja': 'Performance indicator',
    'Judul target': 'Target',
    'Jumlah bobot: <b>100%</b>': 'Total weight: <b>100%</b>',
    'Jumlah bobot: <b>{0}%</b> (harus tepat 100%)': 'Total weight: <b>{0}%</b> (must be exactly 100%)',
    'Kembalikan status': 'Step status back',
    'Kepentingan': 'Importance',
    'Lampirkan berkas bukti pada laporan progres terpilih': 'Attach evidence files to the selected progress report',
    'Lampirkan bukti dukung': 'Attach evidence',
    'Lampirkan {0} berkas': 'Attach {0} files',
    'Naikkan': 'Move up',
    'Nama templat:': 'Template name:',
    'No': 'No.',
    'Pakai &templat…': 'Use &template…',
    'Pakai templat': 'Use template',
    'Pakai templat "{0}"': 'Use template "{0}"',
    'Pakai templat…': 'Use template…',
    'Pelantikan tanggal:': 'Inauguration of:',
    'Pilih target di tabel untuk melihat uraian, bukti dukung dan riwayat progresnya.': 'Select a target in the table to see its description, evidence and progress history.',
    'Pindahkan target': 'Move target',
    'Prioritas pembangunan': 'Development priority',
    'Program &baru…': '&New program…',
    'Program &kinerja…': 'Performance &programs…',
    'Program 100 hari': '100-day programs',
    'Program 100 hari dibuat untuk setiap pejabat yang dilantik (menu Program); program triwulan, semester atau tahunan untuk penilaian rutin dapat dibuat kapan saja.': 'A 100-day program is created for every official inaugurated (Program menu); quarterly, half-year or yearly programs for routine evaluation can be created at any time.',
    'Program 100 hari pelantikan {0}: {1} dibuat, {2} sudah ada.': '100-day programs of the inauguration of {0}: {1} created, {2} already there.',
    'Program Kinerja — {0} — {1}': 'Performance programs — {0} — {1}',
    'Program ditutup': 'Program closed',
    'Program terpilih': 'Selected program',
    'Realisasi': 'Realised',
    'Realisasi terakhir': 'Latest realised',
    'Riwayat progres': 'Progress history',
    'Riwayat status:': 'Status history:',
    'Salin dari program lain…': 'Copy from another program…',
    'Salin semua target dari program:': 'Copy all targets from the program:',
    'Salin target': 'Copy targets',
    'Salin target dari program lain': 'Copy targets from another program',
    'Satuan': 'Unit',
    'Se&pakati program': 'A&gree program',
    'Selesai/Belum (tanpa angka)': 'Done/not done (no number)',
    'Sepakati program ini? Target dan bobot akan terkunci; progres tetap dapat dicatat.': 'Agree this program? Targets and weights will be locked; progress can still be recorded.',
    'Simpan salinan berkas bukti ke folder lain': 'Save a copy of the evidence file elsewhere',
    'Simpan salinan bukti': 'Save a copy of the evidence',
    'Simpan sebagai t&emplat…': 'Save as te&mplate…',
    'Simpan sebagai templat': 'Save as template',
    'Status program: {0}.': 'Program status: {0}.',
    'Status: <b>{0}</b><br>Skema: {1}': 'Status: <b>{0}</b><br>Scheme: {1}',
    'Tambah &progres…': 'Add &progress…',
    'Tambah target': 'Add target',
    'Tambahkan target dari templat:': 'Add the targets of the template:',
    'Tandai sudah &dievaluasi': 'Mark as &evaluated',
    'Tanggal': 'Date',
    'Target': 'Target',
    'Nilai target': 'Target value',
    'Target "{0}" memiliki {1} laporan progres beserta bukti dukungnya. Hapus semuanya? (Dapat diurungkan dengan Ctrl+Z.)': 'Target "{0}" has {1} progress reports with their evidence. Delete them all? (Ctrl+Z undoes it.)',
    'Target baru': 'New target',
    'Templat "{0}" disimpan.': 'Template "{0}" saved.',
    'Tenggat': 'Due',
    'Tersimpan: {0}': 'Saved: {0}',
    'Tidak ada program untuk membuka berkas ini. Salinannya ada di:\n{0}': 'No program is set to open this file. A copy is in:\n{0}',
    'Turunkan': 'Move down',
    'U&langi': '&Redo',
    'Ubah bukti dukung': 'Edit expected evidence',
    'Ubah program': 'Edit program',
    'Ubah status': 'Change status',
    'Ubah status program menjadi {0}?': "Change the program's status to {0}?",
    'Ubah uraian target': 'Edit target description',
    'Ubah {0} target {1}': 'Edit {0} of target {1}',
    'Ukuran': 'Size',
    'Uraian target': 'Target description',
    'belum': 'not yet',
    'belum ada laporan': 'no report yet',
    'indikator: {0}': 'indicator: {0}',
    'kepentingan {0}': 'importance {0}',
    'selesai': 'done',
    '{0} ({1} target)': '{0} ({1} targets)',
    '{0} target · belum ada laporan progres': '{0} targets · no progress reported yet',
    '{0} target · capaian tertimbang {1}%': '{0} targets · weighted achievement {1}%',
})
# Monitoring board (gui/board_window.py, board_model.py, board_chart.py).
ENGLISH.update({
    "Papan &pemantauan…": "&Monitoring board…",
    "Papan Pemantauan — {0}": "Monitoring Board — {0}",
    "Cakupan": "Scope",
    "&Cakupan:": "&Scope:",
    "&Segarkan": "&Refresh",
    "Segarkan (F5)": "Refresh (F5)",
    "Baca ulang semua program (F5)": "Read all programs again (F5)",
    "Program di papan pemantauan": "Programs on the monitoring board",
    "Semua program berjalan": "All current programs",
    "Pelantikan {0}": "Inauguration of {0}",
    "{0} program · {1} perlu perhatian": "{0} programs · {1} need attention",
    "{0}: {1}": "{0}: {1}",
    "{0} – {1}": "{0} – {1}",
    "Tidak ada program yang sedang berjalan. Program 100 hari dibuat dari menu Pelantikan; "
    "program triwulan, semester atau tahunan dibuat di jendela Program kinerja seorang "
    "pejabat.": "No programs are running. 100-day programs are created from the Inauguration "
                "menu; quarterly, half-year or yearly programs in an official's Performance "
                "programs window.",
    "Pelantikan ini belum memiliki program 100 hari. Buat dari menu Pelantikan, \"Buat "
    "program 100 hari pelantikan…\".": "This inauguration has no 100-day programs yet. Create "
                                       "them from the Inauguration menu, \"Create 100-day "
                                       "programs of an inauguration…\".",
    "<b>Hasil evaluasi final per unit</b> — tinggi batang: nilai (atau pita predikat bila "
    "tanpa nilai), warna tutup: predikat": "<b>Final evaluation results per unit</b> — bar "
                                          "height: score (or the predicate's band when there "
                                          "is no score), cap colour: predicate",
    "Grafik hasil evaluasi per unit": "Chart of evaluation results per unit",
    "Belum ada evaluasi final": "No final evaluations yet",
    "Predikat:": "Predicate:",
    "nilai rata-rata {0}": "mean score {0}",
    "tanpa nilai angka": "no numeric score",
    "{0}, {1}: {2} ({3}; {4} evaluasi)": "{0}, {1}: {2} ({3}; {4} evaluations)",
    "Pejabat": "Official",
    "Unit": "Unit",
    "Hari": "Day",
    "Progres": "Progress",
    "Tanda": "Flags",
    "Evaluasi": "Evaluation",
    "Terlambat": "Overdue",
    "Evaluasi ≤ 14 hr": "Evaluation ≤ 14 d",
    "Tanpa progres": "No progress",
    "Belum disepakati": "Not agreed",
    "Evaluasi terlambat": "Evaluation overdue",
    "Evaluasi jatuh tempo ≤ 14 hari": "Evaluation due within 14 days",
    "Tanpa laporan progres ≥ 14 hari": "No progress report for 14 days or more",
    "Bobot belum disepakati": "Weights not agreed",
    "Belum mulai": "Not started",
    "{0} target": "{0} targets",
    "Belum ada target": "No targets yet",
    "Draft evaluasi": "Evaluation draft",
    "NIP {0}": "NIP {0}",
    "Program {0}, {1} – {2} · {3}": "Program {0}, {1} – {2} · {3}",
    "Tidak ada yang perlu diperhatikan": "Nothing needs attention",
    "Belum ada evaluasi": "No evaluations yet",
    "{0}: final, {1}": "{0}: final, {1}",
    "{0}: draft": "{0}: draft",
    "Klik dua kali untuk membuka evaluasi terakhir": "Double-click to open the latest evaluation",
    "Belum dimulai (mulai {0} hari lagi)": "Not started (starts in {0} days)",
    "Selesai ({0} hari)": "Finished ({0} days)",
    "Hari ke-{0} dari {1}, sisa {2} hari": "Day {0} of {1}, {2} days left",
    "Progres tertimbang: {0}": "Weighted progress: {0}",
    "• {0} (bobot {1}%): belum ada laporan": "• {0} (weight {1}%): no report yet",
    "• {0} (bobot {1}%): capaian {2}%": "• {0} (weight {1}%): achievement {2}%",
})

# The evaluation wizard (gui/evaluation_*.py).
ENGLISH.update({
    '(belum diisi)': '(not filled in)',
    'Capaian': 'Achievement',
    'Berkas': 'Files',
    'Bukti dilihat': 'Evidence seen',
    'Catatan penilai': "Evaluator's note",
    'Realisasi dibagi target, paling tinggi {0}%.': 'Realisation divided by target, at most {0}%.',
    'Realisasi tidak boleh negatif.': 'The realisation cannot be negative.',
    'Perilaku kerja (BerAKHLAK)': 'Work behaviour (BerAKHLAK)',
    'Nilai tiap nilai dasar 0–100. Di skema capaian tertimbang perilaku dicatat, tetapi tidak masuk nilai.': 'Score each core value 0–100. Under the weighted-achievement scheme behaviour is recorded but not part of the score.',
    'Nilai tiap nilai dasar 0–100; rata-ratanya menjadi {0}% prestasi kerja.': 'Score each core value 0–100; their mean makes up {0}% of the work performance.',
    'Rating tiap nilai dasar, lalu rating hasil kerja dan rating perilaku kerja; predikat dibaca dari matriks.': 'Rate each core value, then the work-results rating and the work-behaviour rating; the predicate is read from the matrix.',
    '(belum dipilih)': '(not chosen)',
    'Rating keseluruhan': 'Overall ratings',
    'Rating &hasil kerja:': 'Work-&results rating:',
    'Rating &perilaku kerja:': 'Work-&behaviour rating:',
    'saran: {0}': 'suggested: {0}',
    'dipilih penilai (saran: {0})': 'chosen by the evaluator (suggested: {0})',
    'Perilaku belum diisi; tidak memengaruhi nilai.': 'Behaviour not filled in yet; it does not affect the score.',
    'Nilai perilaku dicatat; tidak masuk nilai.': 'Behaviour scores are recorded; they are not part of the score.',
    'Nilai perilaku: <b>{0}</b> (dicatat; tidak masuk nilai).': 'Behaviour score: <b>{0}</b> (recorded; not part of the score).',
    'Nilai perilaku: <b>{0}</b> · Prestasi kerja = {1}% × {2} + {3}% × {0} = <b>{4}</b> ({5})': 'Behaviour score: <b>{0}</b> · Work performance = {1}% × {2} + {3}% × {0} = <b>{4}</b> ({5})',
    'Predikat (matriks): <b>{0}</b>': 'Predicate (matrix): <b>{0}</b>',
    'Evaluasi ini sudah final dan tidak dapat diubah. Untuk memperbaikinya, buat revisi dengan alasan tertulis.': 'This evaluation is final and cannot be changed. To correct it, create a revision with a written reason.',
    'Evaluasi Kinerja — {0} — {1}': 'Performance evaluation — {0} — {1}',
    'Revisi dari evaluasi final tanggal {0} ({1}).': 'Revision of the final evaluation of {0} ({1}).',
    'Alasan revisi: <b>{0}</b>': 'Reason for the revision: <b>{0}</b>',
    'Melanjutkan draft yang tersimpan (terakhir disimpan {0}).': 'Continuing a saved draft (last saved {0}).',
    'Draft baru: realisasi diisi dari laporan progres terakhir; setiap "Berikutnya" menyimpan draft.': 'New draft: realisations are filled in from the latest progress reports; every "Next" saves the draft.',
    'Penandatangan #{0} (tidak aktif)': 'Signatory #{0} (inactive)',
    'Finalkan evaluasi': 'Finalise evaluation',
    'Finalkan evaluasi {0}? Setelah final, evaluasi tidak dapat diubah; koreksi hanya melalui revisi dengan alasan tertulis.': 'Finalise the evaluation of {0}? Once final, the evaluation cannot be changed; corrections only by a revision with a written reason.',
    'Simpan draft evaluasi?\n\nYa: draft tetap tersimpan dan dapat dilanjutkan nanti.\nTidak: draft ini DIHAPUS seluruhnya, termasuk isian yang disimpan sebelumnya{0}.\nBatal: kembali ke wizard.': 'Keep the draft evaluation?\n\nYes: the draft stays saved and can be continued later.\nNo: this draft is DELETED entirely, including what was saved earlier{0}.\nCancel: back to the wizard.',
    ' dan alasan revisinya': ' and its reason for revision',
    'Simpan draft evaluasi?\n\nYa: draft tersimpan dan dapat dilanjutkan nanti.\nTidak: draft yang baru dibuat ini dibuang.\nBatal: kembali ke wizard.': 'Keep the draft evaluation?\n\nYes: the draft is saved and can be continued later.\nNo: this newly created draft is discarded.\nCancel: back to the wizard.',
    'Tutup evaluasi': 'Close evaluation',
    'Buat revisi': 'Create revision',
    'Alasan revisi (wajib, disimpan dalam riwayat evaluasi):': 'Reason for the revision (required, kept in the evaluation history):',
    'Belum ada program yang disepakati. Sepakati target dan bobot sebuah program dahulu, baru program itu dapat dievaluasi.': "No program has been agreed yet. Agree a program's targets and weights first; then it can be evaluated.",
    'Evaluasi sudah final': 'Evaluation is final',
    'Evaluasi {0} tanggal {1} sudah final ({2}) dan tidak dapat diubah.\n\nBuat revisi dengan alasan tertulis?': 'The evaluation of {0} of {1} is final ({2}) and cannot be changed.\n\nCreate a revision with a written reason?',
    'Penilai dan rekomendasi': 'Evaluators and recommendation',
    'Centang yang ikut menilai dan tentukan ketuanya (Pejabat Penilai). Isi nilai sendiri seorang penilai hanya bila berbeda dari hasil hitungan.': "Tick who evaluates and choose the chair (Pejabat Penilai). Enter an evaluator's own score only where it differs from the computed one.",
    'Penilai': 'Evaluator',
    'Ketua': 'Chair',
    'Rating hasil sendiri': 'Own results rating',
    'Rating perilaku sendiri': 'Own behaviour rating',
    'Nilai sendiri': 'Own score',
    'Belum ada penandatangan (Bupati, Wakil Bupati, Sekda) di pengaturan.': 'No signatories (Bupati, Wakil Bupati, Sekda) in the settings yet.',
    'Rating tidak dapat dirata-rata: ketua yang memutuskan.': 'Ratings cannot be averaged: the chair decides.',
    '&Penggabungan hasil:': '&Consolidation:',
    'Hasil gabungan:': 'Consolidated result:',
    '&Rekomendasi:': '&Recommendation:',
    'C&atatan:': 'N&otes:',
    '{0} sebagai ketua': '{0} as chair',
    '(sama)': '(same)',
    'Nilai sendiri {0}': 'Own score of {0}',
    'Catatan {0}': 'Note of {0}',
    'Sebelum difinalkan: {0}': 'Before finalising: {0}',
    'Simpan atau finalkan': 'Save or finalise',
    'Simpan sebagai &draft (dapat dilanjutkan dan diubah nanti)': 'Save as &draft (can be continued and changed later)',
    'Finalkan e&valuasi': 'Finalise e&valuation',
    'Evaluasi final disegel (nama dan jabatan para penilai dicatat seperti hari ini, isinya diberi sidik SHA-256) dan <b>tidak dapat diubah lagi</b>; koreksi hanya dengan revisi beralasan. Program 100 hari menjadi Dievaluasi.': "A final evaluation is sealed (the evaluators' names and posts are recorded as they stand today, the content gets a SHA-256 fingerprint) and <b>can no longer be changed</b>; corrections only by a revision with a reason. A 100-day program becomes Evaluated.",
    'Hasil: <b>{0}</b>': 'Result: <b>{0}</b>',
    'Hasil: <b>{0}</b> ({1})': 'Result: <b>{0}</b> ({1})',
    '&Finalkan': '&Finalise',
    '&Simpan draft': '&Save draft',
    'Pilih program yang dievaluasi': 'Choose the program to evaluate',
    'Ketik nama, NIP atau jabatan…': 'Type a name, NIP or post…',
    'Masa': 'Period',
    'Program': 'Program',
    '&Cari:': '&Search:',
    '&Evaluasi': '&Evaluate',
    'lanjutkan draft': 'continue draft',
    ' (revisi)': ' (revision)',
    'final: {0}': 'final: {0}',
    'Program yang dievaluasi': 'Program evaluated',
    '&Tanggal evaluasi:': 'Evaluation &date:',
    'Program {0}: {1} – {2}': 'Program {0}: {1} – {2}',
    'Skema penilaian: {0}': 'Scoring scheme: {0}',
    'Ringkasan nilai': 'Score summary',
    'Nilai dan predikat menurut skema program, dan apa yang membentuknya.': "The score and predicate under the program's scheme, and what made them.",
    'Kontribusi (poin)': 'Contribution (points)',
    'Kontribusi tiap target': 'Contribution of each target',
    '<b>Yang membentuk nilai</b>': '<b>What made the score</b>',
    'Nilai belum dapat dihitung: {0}': 'The score cannot be computed yet: {0}',
    'Skema: {0}': 'Scheme: {0}',
    'Nilai: <b>{0}</b> · Predikat: <b>{1}</b>': 'Score: <b>{0}</b> · Predicate: <b>{1}</b>',
    'Predikat: <b>{0}</b>': 'Predicate: <b>{0}</b>',
    'Capaian tertimbang: {0}': 'Weighted achievement: {0}',
    'Nilai perilaku: {0}': 'Behaviour score: {0}',
    'Rating hasil kerja: {0} · Rating perilaku kerja: {1}': 'Work-results rating: {0} · Work-behaviour rating: {1}',
    'Perilaku kerja belum diisi.': 'Work behaviour not filled in yet.',
    'Perilaku kerja': 'Work behaviour',
    'Realisasi target': 'Target realisation',
    'Isi realisasi tiap target (angka terakhir dari laporan progres sudah terisi), tandai bukti yang sudah dilihat, dan beri catatan bila perlu.': "Enter each target's realisation (the latest progress report's figure is filled in), tick the evidence seen, and add a note where needed.",
    'Buka b&ukti…': 'Open &evidence…',
    'Buka berkas bukti dukung target yang dipilih.': 'Open the evidence files of the selected target.',
    'Buka b&ukti ({0})…': 'Open &evidence ({0})…',
    'Nilai capaian tertimbang: <b>{0}</b> ({1})': 'Weighted achievement score: <b>{0}</b> ({1})',
    'Nilai SKP (capaian tertimbang): <b>{0}</b> — {1}% dari prestasi kerja; perilaku kerja diisi di halaman berikut.': 'SKP score (weighted achievement): <b>{0}</b> — {1}% of the work performance; work behaviour is entered on the next page.',
    'Capaian tertimbang: <b>{0}</b> — saran rating hasil kerja: {1}': 'Weighted achievement: <b>{0}</b> — suggested work-results rating: {1}',
    '{0} target belum diisi (dihitung 0).': '{0} targets not filled in yet (counted as 0).',
})
ENGLISH.update({
    'Periksa program dan tentukan tanggal evaluasi.': 'Check the program and set the evaluation date.',
    'Simpan sebagai draft untuk dilanjutkan nanti, atau finalkan bila penilaian sudah lengkap.': 'Save as a draft to continue later, or finalise when the assessment is complete.',
})
ENGLISH.update({  # handovers (serah terima jabatan)
    'Program/kegiatan': 'Program/activity',
    'Volume/anggaran': 'Volume/budget',
    'Keadaan': 'State',
    'Jumlah': 'Quantity',
    'Nama barang': 'Item',
    'Kondisi': 'Condition',
    'Nama dokumen/arsip': 'Document/record',
    '&Kegiatan': 'A&ctivities',
    'Pe&gawai': '&Staff',
    '&Aset': '&Assets',
    '&Dokumen': '&Documents',
    'NIP (bila ada)': 'NIP (if any)',
    'Ubah serah terima jabatan': 'Edit handover',
    'Serah terima jabatan baru': 'New handover',
    '&Berita acara': '&Minutes',
    '&Memori': 'M&emorandum',
    'Program dan kegiatan yang sedang berjalan: anggaran atau volume, keadaannya, catatan.': 'Programs and activities under way: budget or volume, their state, notes.',
    'Pegawai yang diserahkan: mis. PNS per golongan, tenaga non-PNS; jumlah dan keterangan.': 'Staff handed over: e.g. civil servants by rank, non-civil-servant staff; numbers and notes.',
    'Aset/barang milik daerah: jumlah dan kondisi (baik, rusak ringan, rusak berat).': 'Regional assets: quantity and condition (good, slightly damaged, badly damaged).',
    'Dokumen/arsip: DPA, Renstra, laporan, arsip penting.': 'Documents/records: budget documents (DPA), strategic plan, reports, important records.',
    'Simpan serah terima (Ctrl+Enter)': 'Save the handover (Ctrl+Enter)',
    'nomor berita acara, mis. 800/001-Disdukcapil/2019': 'minutes number, e.g. 800/001-Disdukcapil/2019',
    'SK pengangkatan, mis. 821.2/Kep.123-BKPSDM/2019': 'appointment decree, e.g. 821.2/Kep.123-BKPSDM/2019',
    'pilih atau ketik unit kerja': 'choose or type the unit',
    '&Nomor:': '&Number:',
    'Nomor &SK:': '&Decree number:',
    '&Jabatan diserahterimakan:': '&Post handed over:',
    'Yang menyerahkan (pihak pertama)': 'Handing over (first party)',
    'Yang menerima (pihak kedua)': 'Receiving (second party)',
    'Isi dari &pelantikan': 'Fill from the &inauguration',
    'Isi tanggal, jabatan, SK dan pejabat yang menyerahkan (Plt/Plh/Pj yang diakhiri pelantikan) dari jabatan baru pejabat yang menerima': "Fill in the date, post, decree and the official handing over (the acting holder the inauguration ended) from the receiving official's new post",
    'Saksi atau pejabat yang mengetahui, mis. Bupati atau Sekretaris Daerah.': 'Witnesses or the acknowledging official, e.g. the Regent or the Regional Secretary.',
    'Saksi': 'Witnesses',
    '&Program dan kegiatan:': '&Programs and activities:',
    'program dan kegiatan yang sedang berjalan, capaiannya': 'programs and activities under way, their achievements',
    'Pe&rmasalahan:': 'P&roblems:',
    'permasalahan yang dihadapi': 'problems faced',
    '&Saran dan rekomendasi:': '&Suggestions and recommendations:',
    'saran dan rekomendasi untuk pejabat yang menerima': 'suggestions and recommendations for the receiving official',
    'jabatan yang diserahterimakan': 'post handed over',
    'pejabat yang menyerahkan': 'official handing over',
    'pejabat yang menerima': 'receiving official',
    'jabatan salah satu pihak': "one party's post",
    'tanggal': 'date',
    'Batalkan serah terima': 'Cancel handover',
    'Buang perubahan pada serah terima jabatan ini?': 'Discard the changes to this handover?',
    'Serah terima jabatan': 'Handovers',
    'Daftar serah terima jabatan': 'List of handovers',
    'Belum ada serah terima jabatan. Tekan "Baru…" untuk mencatat berita acara serah terima.': 'No handovers yet. Press "New…" to record handover minutes.',
    '&Baru…': '&New…',
    '&Cetak…': '&Print…',
    'Cetak berita acara serah terima jabatan': 'Print the handover minutes',
    'Tutup': 'Close',
    'Hapus serah terima': 'Delete handover',
    'Hapus serah terima {0} dari {1} kepada {2} tanggal {3}? Tindakan ini tidak dapat dibatalkan.': 'Delete the handover of {0} from {1} to {2} dated {3}? This cannot be undone.',
    'Yang menyerahkan': 'Handing over',
    'Yang menerima': 'Receiving',
    'Nomor': 'Number',
    'Rincian': 'Details',
    '{0} baris': '{0} rows',
    '&Serah terima jabatan…': '&Handovers…',
    'Jabatan:': 'Post:',
    '(tanpa jabatan)': '(no post)',
    'Tambah baris': 'Add row',
    'Tambah baris (Insert di dalam tabel)': 'Add a row (Insert in the table)',
    'Hapus baris': 'Remove row',
    'Hapus baris yang dipilih (Delete di dalam tabel)': 'Remove the selected row (Delete in the table)',
})

# The operations helper (gui/shared/operations.py) and the work it runs in the background.
ENGLISH.update({
    "Dibatalkan; tidak ada yang diubah.": "Cancelled; nothing was changed.",
    "Dibatalkan.": "Cancelled.",
    "Membatalkan…": "Cancelling…",
    "Pekerjaan ini masih berjalan.{0}\n\nHentikan lalu tutup? Pekerjaan yang dihentikan tidak mengubah apa pun.":
        "This work is still running.{0}\n\nStop it and close? Work that is stopped changes nothing.",
    "Pekerjaan ini masih berjalan dan tidak aman dihentikan di tengah jalan.{0}\n\nTunggu sampai selesai, lalu tutup lagi.":
        "This work is still running and cannot safely be stopped halfway.{0}\n\nWait until it has finished, then close again.",
    "Memeriksa berkas cadangan {0}…": "Checking the backup file {0}…",
    "Memulihkan dari cadangan {0}…": "Restoring from the backup {0}…",
    "(Batal: basis data ini tetap seperti semula.)": "(Cancel: this database stays as it was.)",
    "Uji coba penggabungan (belum ada yang ditulis)…": "Trial merge (nothing is written yet)…",
    "Menggabungkan data PC lain…": "Merging the other PC's data…",
    'Basis data &baru…':
        '&New database…',
    'B&uka basis data…':
        '&Open database…',
    'Ba&ru dibuka':
        '&Recently opened',
    ' — berkas tidak ditemukan':
        ' — file not found',
    ' — sedang dibuka':
        ' — open now',
    '(belum ada)':
        '(none yet)',
    'Basis data baru':
        'New database',
    'Buka basis data':
        'Open database',
    'Basis data itu sudah terbuka.':
        'That database is already open.',
    'Basis data dibuka: {0}':
        'Database opened: {0}',
    'Basis data Kinerja (*.db *.kinerja);;Semua berkas (*)':
        'Kinerja database (*.db *.kinerja);;All files (*)',
    'Data contoh memakai NIP rekaan. Data itu dapat dihapus kemudian lewat Berkas ▸ Hapus data contoh…; data yang Anda masukkan sendiri tetap ada.':
        'The demo data uses made-up NIPs. It can be removed later with File ▸ Remove demo data…; the data you enter yourself stays.',
    'Daftar pelantikan':
        'Inaugurations',
    'Tempat':
        'Place',
    'Pelantik':
        'Inaugurated by',
    'Pejabat yang dilantik':
        'Officials inaugurated',
    'Koreksi pelantikan terpilih':
        'Correct the selected inauguration',
    'wajib untuk koreksi; dicatat di riwayat perubahan':
        'required for a correction; recorded in the change history',
    '&Tempat:':
        '&Place:',
    '&Pelantik:':
        '&Inaugurated by:',
    '&Alasan:':
        '&Reason:',
    '&Simpan koreksi':
        '&Save correction',
    '&Hapus pelantikan…':
        '&Delete inauguration…',
    'Hapus pelantikan':
        'Delete inauguration',
    'Hapus pelantikan {0} di {1} ({2})? Jabatan yang diisinya ikut terhapus dan jabatan yang ditutupnya dibuka lagi.':
        'Delete the inauguration of {0} at {1} ({2})? The posts it filled are deleted too and the posts it closed are open again.',
    '&Hapus data contoh…':
        '&Remove demo data…',
    '&Daftar pelantikan…':
        '&Inaugurations…',
    'Hapus data contoh':
        'Remove demo data',
    'Hapus semua data contoh (pelantikan 14 Juni 2019, tujuh pejabatnya, program, evaluasi dan serah terimanya)? Data yang Anda masukkan sendiri tidak ikut terhapus. Penghapusan ini dicatat di riwayat perubahan.':
        'Remove all the demo data (the inauguration of 14 June 2019, its seven officials, programs, evaluation and handover)? The data you entered yourself is not removed. The removal is recorded in the change history.',
    'Data contoh dihapus ({0} data).':
        'Demo data removed ({0} records).',
    'Tangga&l:':
        '&Date:',
    'Koreksi tanggal pelantikan':
        'Correct the inauguration date',
    'Pindahkan pelantikan dari {0} ke {1}? {2}':
        'Move the inauguration from {0} to {1}? {2}',
})

# Issue 15: a final evaluation read-only, printing one sheet, finalising early.
ENGLISH.update({
    "&Cetak lembar evaluasi…": "&Print an evaluation sheet…",
    "{0} — {1} — {2}": "{0} — {1} — {2}",
    "Evaluasi final yang dicetak:": "Final evaluation to print:",
    "Evaluasi final — {0}": "Final evaluation — {0}",
    "&Cetak": "&Print",
    "&Simpan PDF": "&Save PDF",
    "&Revisi…": "&Revise…",
    "&Tutup": "&Close",
    "&Nanti": "&Later",
    "Evaluasi final": "Final evaluation",
    "Evaluasi telah difinalkan. Cetak lembar evaluasi sekarang?":
        "The evaluation has been finalised. Print the evaluation sheet now?",
    "Evaluasi sebelum hari ke-100": "Evaluation before day 100",
    "Evaluasi ini bertanggal {0}, baru hari ke-{1} dari 100 hari program (hari ke-1 adalah "
    "tanggal pelantikan, {2}).\n\nEvaluasi program 100 hari menilai seluruh masa program, "
    "jadi semestinya dilakukan pada hari ke-100 ({3}) atau sesudahnya; hari libur dan akhir "
    "pekan tetap dihitung.\n\nTetap finalkan sekarang, {4} hari sebelum masa program "
    "berakhir?":
        "This evaluation is dated {0}, only day {1} of the program's 100 days (day 1 is the "
        "inauguration date, {2}).\n\nA 100-day evaluation judges the whole program, so it is "
        "due on day 100 ({3}) or later; holidays and weekends count.\n\nFinalise it now anyway, "
        "{4} days before the program ends?",
    "kosong: semua data": "empty: all records",
    "berkas .kinerja dari PC lain, mis. di flashdisk": "a .kinerja file from the other PC, "
                                                       "e.g. on a USB stick",
    "&Berkas cadangan:": "&Backup file:",
})

# The domain's labels (gui/shared/domain_words.py, context DomainWords). Civil-service terms
# as English-language reports on Indonesian administration write them; the abbreviations of
# acting posts keep their Indonesian short form, which staff and decrees use.
ENGLISH.update({
    "Seleksi Terbuka": "Open Selection",
    "Rotasi": "Rotation",
    "Mutasi": "Transfer",
    "Promosi": "Promotion",
    "Plt": "Acting (Plt)",
    "Plh": "Interim (Plh)",
    "Pj": "Caretaker (Pj)",
    "Capaian tertimbang (bobot × capaian)": "Weighted achievement (weight × achievement)",
    "PP 46/2011 (60% SKP + 40% perilaku kerja)":
        "PP 46/2011 (60% SKP + 40% work behaviour)",
    "PermenPANRB 6/2022 (hasil kerja × perilaku kerja)":
        "PermenPANRB 6/2022 (work results × work behaviour)",
    "Draft": "Draft",
    "Disepakati": "Agreed",
    "Dievaluasi": "Evaluated",
    "Ditutup": "Closed",
    "Inovasi": "Innovation",
    "Target Kinerja": "Performance Target",
    "Tinggi": "High",
    "Sedang": "Medium",
    "Rendah": "Low",
    "Angka": "Number",
    "Selesai/Belum": "Done/Not done",
    "100 Hari": "100 Days",
    "Triwulan": "Quarterly",
    "Semester": "Half-yearly",
    "Tahunan": "Annual",
    "Dilanjutkan": "Continue",
    "Pembinaan": "Coaching",
    "Evaluasi ulang": "Re-evaluate",
    "Dipindahtugaskan (rotasi/mutasi)": "Reassign (rotation/transfer)",
    "Pejabat Penilai Kinerja": "Performance Appraising Official",
    "Anggota Tim Penilai": "Appraisal Team Member",
    "Final": "Final",
    "Di Atas Ekspektasi": "Above Expectations",
    "Sesuai Ekspektasi": "Meets Expectations",
    "Di Bawah Ekspektasi": "Below Expectations",
    "Berorientasi Pelayanan": "Service-Oriented",
    "Akuntabel": "Accountable",
    "Kompeten": "Competent",
    "Harmonis": "Harmonious",
    "Loyal": "Loyal",
    "Adaptif": "Adaptive",
    "Kolaboratif": "Collaborative",
    "Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif; terus memperbaiki "
    "layanan.":
        "Understands and meets the public's needs; friendly, quick, solution-minded; keeps "
        "improving the service.",
    "Jujur, bertanggung jawab, cermat, disiplin; memakai kekayaan dan barang milik negara "
    "secara bertanggung jawab; tidak menyalahgunakan kewenangan.":
        "Honest, responsible, careful, disciplined; uses state funds and property "
        "responsibly; does not abuse authority.",
    "Meningkatkan kompetensi diri; membantu orang lain belajar; melaksanakan tugas dengan "
    "kualitas terbaik.":
        "Improves own competence; helps others learn; carries out tasks to the best quality.",
    "Menghargai setiap orang apa pun latar belakangnya; suka menolong; membangun lingkungan "
    "kerja yang kondusif.":
        "Respects everyone whatever their background; helpful; builds a supportive working "
        "environment.",
    "Setia pada Pancasila, UUD 1945, NKRI dan pemerintahan yang sah; menjaga nama baik "
    "instansi; menjaga rahasia jabatan.":
        "Loyal to Pancasila, the 1945 Constitution, the Unitary State and the lawful "
        "government; upholds the institution's good name; keeps official secrets.",
    "Cepat menyesuaikan diri menghadapi perubahan; terus berinovasi dan mengembangkan "
    "kreativitas; bertindak proaktif.":
        "Adapts quickly to change; keeps innovating and developing creativity; acts "
        "proactively.",
    "Memberi kesempatan berbagai pihak berkontribusi; terbuka bekerja sama; menggerakkan "
    "pemanfaatan sumber daya untuk tujuan bersama.":
        "Gives all parties a chance to contribute; open to working together; mobilises "
        "resources for shared goals.",
    "Rata-rata para penilai": "Average of the evaluators",
    "Keputusan ketua (Pejabat Penilai)": "The chair decides (Appraising Official)",
    "Sangat Baik": "Very Good",
    "Baik": "Good",
    "Cukup": "Fair",
    "Kurang": "Poor",
    "Buruk": "Bad",
    "Butuh Perbaikan": "Needs Improvement",
    "Kurang/Misconduct": "Poor/Misconduct",
    "Sangat Kurang": "Very Poor",
    "Januari": "January",
    "Februari": "February",
    "Maret": "March",
    "April": "April",
    "Mei": "May",
    "Juni": "June",
    "Juli": "July",
    "Agustus": "August",
    "September": "September",
    "Oktober": "October",
    "November": "November",
    "Desember": "December",
    "ketik misalnya 14 Juni 2019 atau 14/06/2019":
        "type for example 14/06/2019 (day/month/year) or 14 Juni 2019",
    "Tanggal tidak dikenali; {help}.": "Date not recognised; {help}.",
    "Bulan ke-{month} tidak ada dalam '{text}'; {help}.":
        "There is no month {month} in '{text}'; {help}.",
    "Tahun {year} dalam '{text}' tidak masuk akal; {help}.":
        "The year {year} in '{text}' is not plausible; {help}.",
    "'{text}' tidak ada di kalender: {month_name} {year} hanya sampai tanggal {last}.":
        "'{text}' is not in the calendar: {month_name} {year} has only {last} days.",
    "Bulan '{name}' tidak dikenali; {help}.": "Month '{name}' not recognised; {help}.",
    "Data contoh: NIP dan golongan adalah rekaan, bukan data kepegawaian asli; angka target, "
    "realisasi dan misi pembangunan hanya contoh.":
        "Demo data: NIPs and grades are made up, not real personnel records; target and "
        "realisation figures and development missions are only examples.",
    "Hari ke-{0} dari {1}, hari terakhir": "Day {0} of {1}, the last day",
    "Program berstatus {0}: target dan bobot terkunci. Kembalikan ke Draft dengan alasan "
    "tertulis untuk mengubahnya.":
        "The program is {0}: targets and weights are locked. Return it to Draft with a "
        "written reason to change them.",
    "{0} di luar batas: pilih antara {1} dan {2}.": "{0} is out of range: choose between {1} "
                                                   "and {2}.",
})

# Date hints that follow the typed text and no longer repeat the field's weekday.
ENGLISH.update({
    "Tanggal tidak terbaca; hari ke-100 belum dapat dihitung.":
        "The date cannot be read; day 100 cannot be worked out yet.",
    "Hari ke-100": "Day 100",
    "Hari terakhir · {0} hari": "Last day · {0} days",
})

# Why "Hapus data contoh" is grey, shown on hover.
ENGLISH.update({
    "Tidak ada data contoh di basis data ini.": "There is no demo data in this database.",
    "Tidak dapat dihapus otomatis: data contoh ini dimuat oleh versi lama Kinerja Desktop, yang "
    "belum mencatat data mana yang ditambahkannya; menghapusnya dapat ikut menghapus data Anda "
    "sendiri. Hapus pejabat contoh beserta program, evaluasi dan serah terimanya satu per satu, "
    "atau pulihkan cadangan dari sebelum data contoh dimuat.":
        "Cannot be removed automatically: this demo data was loaded by an older version of "
        "Kinerja Desktop, which did not record what it added; removing it could remove your own "
        "data too. Delete the demo officials with their programs, evaluations and handovers one "
        "by one, or restore a backup from before the demo data was loaded.",
    "Hapus semua data contoh; data yang Anda masukkan sendiri tetap ada":
        "Remove all demo data; the data you entered yourself stay",
})

# Issue 16: a target's polarity and range in the target editor, the scheme's basis and status,
# and the board's warning on the spread of predicates (PermenPANRB 6/2022).
ENGLISH.update({
    "Arah capaian": "Direction of achievement",
    "Makin tinggi makin baik: realisasi dibagi target. Makin rendah makin baik (mis. hari "
    "layanan): realisasi di bawah target lebih baik. Dalam rentang: di antara batas bawah "
    "(nilai target) dan batas atas.":
        "Higher is better: the realisation divided by the target. Lower is better (e.g. days "
        "of service): a realisation below the target is better. Within a range: between the "
        "lower end (the target value) and the upper end.",
    "Batas atas rentang": "Upper end of the range",
    "(tanpa batas atas)": "(no upper end)",
    "Batas atas bila target berupa rentang (nilai target adalah batas bawahnya); tekan Enter "
    "untuk menyimpan.":
        "The upper end when the target is a range (the target value is its lower end); press "
        "Enter to save.",
    "&Arah capaian:": "Di&rection:",
    "Batas atas (re&ntang):": "&Upper end (range):",
    "target {0}": "target {0}",
    "Isi batas atas rentang, lalu tekan Enter.":
        "Fill in the upper end of the range, then press Enter.",
    "Ubah arah capaian target": "Change the target's direction of achievement",
    "{0} — tidak berlaku lagi": "{0} — no longer in force",
    "Dasar: {0}<br>Status: {1}": "Basis: {0}<br>Status: {1}",
    "Status skema: {0}": "Scheme status: {0}",
    "Sebaran predikat menurut PermenPANRB 6/2022 (peringatan, bukan penolakan): {0}":
        "Spread of ratings under PermenPANRB 6/2022 (a warning, not a refusal): {0}",
})

# Issue 16: the evaluation wizard, its view and the scoring settings follow each scheme's
# regulation (gui/evaluation/).
ENGLISH.update({
    'Tugas tambahan dan kreativitas (Perka BKN 1/2013)':
        'Additional tasks and creativity (Perka BKN 1/2013)',
    '1–3 kegiatan menambah 1, 4–6 menambah 2, 7 atau lebih menambah 3 pada nilai capaian SKP.':
        '1–3 activities add 1, 4–6 add 2, 7 or more add 3 to the SKP achievement score.',
    '&Tugas tambahan (jumlah kegiatan):': 'Additional &tasks (number of activities):',
    '&Kreativitas:': '&Creativity:',
    'Rating keseluruhan (dipilih penilai)': 'Overall ratings (chosen by the evaluator)',
    '(belum ditetapkan)': '(not set yet)',
    'Capaian kinerja &organisasi (ditetapkan atasan):':
        "&Organisation's performance (set by the superior):",
    'Perilaku kerja (PP 46/2011)': 'Work behaviour (PP 46/2011)',
    'Program 100 hari dinilai dari capaian targetnya saja; tidak ada yang perlu diisi di '
    'halaman ini.':
        'A 100-day program is scored on its targets alone; there is nothing to fill in on '
        'this page.',
    'Nilai prestasi kerja': 'Work performance score',
    'Nilai kinerja': 'Performance score',
    'Perilaku kerja (PP 30/2019)': 'Work behaviour (PP 30/2019)',
    'Menciptakan &ide baru dan/atau cara baru yang bermanfaat bagi organisasi atau negara '
    '(syarat Sangat Baik, PP 30/2019 Pasal 41)':
        'Created a new &idea and/or a new way that benefits the organisation or the state '
        '(required for Very Good, PP 30/2019 Article 41)',
    'Ekspektasi khusus pimpinan (boleh kosong)': "The head's specific expectation (optional)",
    'Nilai tiap aspek 0–100 (PP 46/2011 Pasal 12); rata-ratanya menjadi {0}% nilai prestasi '
    'kerja.':
        'Score each aspect 0–100 (PP 46/2011 Article 12); their mean makes up {0}% of the '
        'work performance score.',
    'Pilih rating tiap nilai dasar menurut panduan perilaku SE MenPANRB 20/2021, lalu rating '
    'hasil kerja dan rating perilaku kerja; predikat dibaca dari matriks PermenPANRB 6/2022.':
        'Rate each core value by the behaviour guidance of SE MenPANRB 20/2021, then the '
        'work-results rating and the work-behaviour rating; the predicate is read from the '
        'PermenPANRB 6/2022 matrix.',
    'Skema capaian tertimbang 100 hari tidak menilai perilaku kerja.':
        'The 100-day weighted-achievement scheme does not score work behaviour.',
    ' (+{0})': ' (+{0})',
    'Nilai perilaku kerja: belum semua aspek diisi.':
        'Work behaviour score: not every aspect is filled in yet.',
    'Predikat belum dapat dibaca: {0}': 'The predicate cannot be read yet: {0}',
    'Nilai tiap aspek 0–120 (PP 30/2019 Pasal 37, PermenPANRB 8/2021); rata-ratanya menjadi '
    '{0}% nilai kinerja.':
        'Score each aspect 0–120 (PP 30/2019 Article 37, PermenPANRB 8/2021); their mean '
        'makes up {0}% of the performance score.',
    '0 sampai {0}': '0 to {0}',
    'Ekspektasi khusus pimpinan: {0}': "The head's specific expectation: {0}",
    'Nilai perilaku kerja: <b>{0}</b>': 'Work behaviour score: <b>{0}</b>',
    '{0}: <b>{1}</b> ({2})': '{0}: <b>{1}</b> ({2})',
    '{0} belum dapat dihitung: {1}': '{0} cannot be computed yet: {1}',
    'Arah': 'Direction',
    'Nilai': 'Value',
    'Target\nkualitas': 'Quality\ntarget',
    'Realisasi\nkualitas': 'Quality\nrealised',
    'Target\nwaktu': 'Time\ntarget',
    'Realisasi\nwaktu': 'Time\nrealised',
    'Target\nbiaya (Rp)': 'Cost\ntarget (Rp)',
    'Realisasi\nbiaya (Rp)': 'Cost\nrealised (Rp)',
    'Umpan balik': 'Feedback',
    'target kualitas': 'quality target',
    'realisasi kualitas': 'quality realised',
    'target waktu': 'time target',
    'realisasi waktu': 'time realised',
    'target biaya': 'cost target',
    'realisasi biaya': 'cost realised',
    'Capaian menurut arah target (naik: realisasi/target; turun: (2 × target − '
    'realisasi)/target).':
        "Achievement by the target's direction (higher: realised/target; lower: (2 × target "
        "− realised)/target).",
    '↑ makin tinggi makin baik · ↓ makin rendah makin baik · ↔ dalam rentang':
        '↑ higher is better · ↓ lower is better · ↔ within a range',
    'Perka BKN 1/2013: waktu dalam satuan yang sama (bulan atau hari) pada target dan '
    'realisasi.':
        'Perka BKN 1/2013: time in the same unit (months or days) for target and realised.',
    'Perka BKN 1/2013: biaya boleh kosong; tanpa target biaya, aspek biaya tidak dihitung.':
        'Perka BKN 1/2013: cost may stay empty; without a cost target the cost aspect is not '
        'counted.',
    'Perka BKN 1/2013: mutu hasil kerja, target biasanya 100.':
        'Perka BKN 1/2013: quality of the work, usually with a target of 100.',
    'Umpan balik penilai atas target ini (tercetak pada lembar evaluasi).':
        "The evaluators' feedback on this target (printed on the evaluation sheet).",
    'Bukan angka: tulis angka seperti 12 atau 12,5.':
        'Not a number: write a number such as 12 or 12,5.',
    'Kontribusi': 'Contribution',
    'Capaian menurut arah target, paling tinggi {0}%.':
        "Achievement by the target's direction, at most {0}%.",
    "Baris {0}, {1}: '{2}' bukan angka. Tulis angka seperti 12 atau 12,5.":
        "Row {0}, {1}: '{2}' is not a number. Write a number such as 12 or 12,5.",
    'Capaian target menjadi bukti bagi rating hasil kerja, yang dipilih penilai di halaman '
    'berikut (PermenPANRB 6/2022 tidak menghitung nilai).':
        'The targets\' achievement is the evidence for the work-results rating, which the '
        'evaluator chooses on the next page (PermenPANRB 6/2022 computes no score).',
    'Nilai dan predikat menurut skema program, dengan nama bagian-bagiannya menurut '
    'peraturannya.':
        "The score and predicate under the program's scheme, its parts named as its "
        "regulation names them.",
    'Bagian tiap target': "Each target's part",
    'Evaluasi final disegel (nama dan jabatan para penilai dicatat seperti hari ini, isinya '
    'diberi kode pemeriksa) dan <b>tidak dapat diubah lagi</b>; koreksi hanya dengan revisi '
    'beralasan. Program 100 hari menjadi Dievaluasi.':
        "A final evaluation is sealed (the evaluators' names and posts are recorded as they "
        "stand today, the content gets a check code) and <b>can no longer be changed</b>; "
        "corrections only by a revision with a reason. A 100-day program becomes Evaluated.",
    '<b>Dasar:</b> {0} <b>Status:</b> {1}': '<b>Basis:</b> {0} <b>Status:</b> {1}',
    'Isi realisasi tiap kegiatan (kuantitas), lalu kualitas, waktu dan bila ada biaya menurut '
    'Perka BKN 1/2013 (angka boleh berkoma: 12,5); tandai bukti yang sudah dilihat dan beri '
    'umpan balik bila perlu.':
        'Fill in what each activity achieved (quantity), then quality, time and, where there '
        'is one, cost as Perka BKN 1/2013 asks (decimals with a comma: 12,5); tick the '
        'evidence seen and give feedback where needed.',
    'Isi realisasi tiap target (angka terakhir dari laporan progres sudah terisi), tandai '
    'bukti yang sudah dilihat, dan beri catatan dan umpan balik bila perlu.':
        "Fill in each target's realisation (the latest progress report's figure is filled in "
        "already), tick the evidence seen, and add a note and feedback where needed.",
    'Skema ini tidak menilai perilaku kerja.': 'This scheme does not score work behaviour.',
    '<b>Target</b>': '<b>Targets</b>',
    'Nilai capaian tertimbang: <b>{0}</b> · Predikat: <b>{1}</b>':
        'Weighted achievement score: <b>{0}</b> · Predicate: <b>{1}</b>',
    'Menciptakan ide baru yang bermanfaat (PP 30/2019 Pasal 41).':
        'Created a useful new idea (PP 30/2019 Article 41).',
    'Nilai capaian SKP: <b>{0}</b> — {1}% dari nilai prestasi kerja; perilaku kerja, tugas '
    'tambahan dan kreativitas diisi di halaman berikut.':
        'SKP achievement score: <b>{0}</b> — {1}% of the work performance score; work '
        'behaviour, additional tasks and creativity are filled in on the next page.',
    'Nilai SKP: <b>{0}</b> — {1}% dari nilai kinerja; perilaku kerja diisi di halaman '
    'berikut.':
        'SKP score: <b>{0}</b> — {1}% of the performance score; work behaviour is filled in '
        'on the next page.',
    'Nilai capaian SKP: <b>{0}</b>': 'SKP achievement score: <b>{0}</b>',
    'Nilai prestasi kerja = {0}% × SKP + {1}% × perilaku kerja = <b>{2}</b> · Predikat: '
    '<b>{3}</b>':
        'Work performance score = {0}% × SKP + {1}% × work behaviour = <b>{2}</b> · '
        'Predicate: <b>{3}</b>',
    'Nilai SKP: <b>{0}</b>': 'SKP score: <b>{0}</b>',
    'Nilai kinerja = {0}% × SKP + {1}% × perilaku kerja = <b>{2}</b> · Predikat: <b>{3}</b>':
        'Performance score = {0}% × SKP + {1}% × work behaviour = <b>{2}</b> · Predicate: '
        '<b>{3}</b>',
    'Sangat Baik memerlukan ide baru yang bermanfaat (PP 30/2019 Pasal 41); tanpa itu '
    'predikatnya Baik.':
        'Very Good needs a useful new idea (PP 30/2019 Article 41); without one the predicate '
        'is Good.',
    'Rating hasil kerja: <b>{0}</b>': 'Work-results rating: <b>{0}</b>',
    'Rating perilaku kerja: <b>{0}</b>': 'Work-behaviour rating: <b>{0}</b>',
    'Predikat (matriks hasil kerja × perilaku kerja): <b>{0}</b>':
        'Predicate (matrix of work results × work behaviour): <b>{0}</b>',
    '(aturan hitung versi {0})': '(scoring rules version {0})',
    'Tugas tambahan: {0} kegiatan · Kreativitas: {1}':
        'Additional tasks: {0} activities · Creativity: {1}',
    'Dari capaian kinerja organisasi {0}: {1}': "From the organisation's performance {0}: {1}",
    'PP 30/2019 Pasal 41 ayat (2)–(4): nilai kinerja terdiri atas 70% SKP dan 30% perilaku '
    'kerja; bila penilaian perilaku kerja memakai pendapat rekan kerja setingkat dan/atau '
    'bawahan, bobotnya 60% SKP dan 40% perilaku kerja.':
        'PP 30/2019 Article 41 (2)–(4): the performance score is 70% SKP and 30% work '
        'behaviour; when the behaviour assessment uses the views of peers and/or '
        'subordinates, the weights are 60% SKP and 40% work behaviour.',
    'Skema capaian tertimbang 100 hari (skala 0–120)':
        '100-day weighted-achievement scheme (scale 0–120)',
    'PP 46/2011 (Pasal 20: nilai prestasi kerja)': 'PP 46/2011 (Article 20: work performance)',
    'Bagian nilai capaian &SKP:': '&SKP achievement share:',
    'Bagian nilai perilaku kerja:': 'Work behaviour share:',
    'PP 30/2019 (Pasal 41: nilai kinerja)': 'PP 30/2019 (Article 41: performance score)',
    '70% SKP + 30% perilaku kerja': '70% SKP + 30% work behaviour',
    '60% SKP + 40% perilaku kerja': '60% SKP + 40% work behaviour',
    '&Bobot nilai kinerja:': 'Performance score &weights:',
    'Batas &predikat:': '&Predicate edge:',
    'Predikat PP 46/2011 (Perka BKN 1/2013) dan PP 30/2019 (Pasal 41) mengikuti peraturannya '
    'dan tidak diubah di sini.':
        'The predicates of PP 46/2011 (Perka BKN 1/2013) and PP 30/2019 (Article 41) follow '
        'their regulations and are not changed here.',
})

# Issue 16: the schemes' names, basis and status, polarities, SE MenPANRB 20/2021's
# wording of BerAKHLAK, the behaviour aspects of PP 46/2011 and PP 30/2019, organisation
# results, kreativitas and the band-edge rules.
ENGLISH.update({
    'Capaian tertimbang 100 hari (bobot × capaian)':
        '100-day weighted achievement (weight × achievement)',
    'Skema aplikasi untuk program 100 hari: capaian indikator menurut konvensi SAKIP dan PermenPANRB No. 8 Tahun 2021; predikat menurut rentang PP No. 30 Tahun 2019 Pasal 41.':
        "The application's scheme for 100-day programs: indicator achievement by the SAKIP convention and PermenPANRB No. 8 of 2021; predicates by the ranges of PP No. 30 of 2019, Article 41.",
    'Pilihan aplikasi (program 100 hari tidak diatur tersendiri).':
        "The application's choice (no regulation governs 100-day programs).",
    'PP 46/2011 jo. Perka BKN 1/2013 (60% SKP + 40% perilaku kerja)':
        'PP 46/2011 with Perka BKN 1/2013 (60% SKP + 40% work behaviour)',
    'PP No. 46 Tahun 2011 tentang Penilaian Prestasi Kerja PNS; Peraturan Kepala BKN No. 1 Tahun 2013.':
        'PP No. 46 of 2011 on the Work Performance Appraisal of Civil Servants; Regulation of the Head of BKN No. 1 of 2013.',
    'Dicabut oleh PP No. 30 Tahun 2019 (berlaku April 2019); hanya untuk penilaian sebelum itu.':
        'Revoked by PP No. 30 of 2019 (in force April 2019); only for appraisals before then.',
    'PP 30/2019 jo. PermenPANRB 8/2021 (nilai capaian 0–120)':
        'PP 30/2019 with PermenPANRB 8/2021 (achievement values 0–120)',
    'PP No. 30 Tahun 2019 tentang Penilaian Kinerja PNS (Pasal 41); PermenPANRB No. 8 Tahun 2021 tentang Sistem Manajemen Kinerja PNS.':
        'PP No. 30 of 2019 on the Performance Appraisal of Civil Servants (Article 41); PermenPANRB No. 8 of 2021 on the Civil Servants Performance Management System.',
    'PermenPANRB 8/2021 dicabut oleh PermenPANRB No. 6 Tahun 2022; untuk penilaian 2019–2022.':
        'PermenPANRB 8/2021 revoked by PermenPANRB No. 6 of 2022; for appraisals of 2019–2022.',
    'PermenPANRB No. 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai ASN; perilaku kerja menurut SE MenPANRB No. 20 Tahun 2021 (BerAKHLAK).':
        'PermenPANRB No. 6 of 2022 on the Performance Management of ASN Employees; work behaviour by SE MenPANRB No. 20 of 2021 (BerAKHLAK).',
    'Berlaku.':
        'In force.',
    'Makin tinggi makin baik':
        'Higher is better',
    'Makin rendah makin baik':
        'Lower is better',
    'Dalam rentang':
        'Within a range',
    'Komitmen memberikan pelayanan prima demi kepuasan masyarakat: 1) Memahami dan memenuhi kebutuhan masyarakat; 2) Ramah, cekatan, solutif, dan dapat diandalkan; 3) Melakukan perbaikan tiada henti.':
        "Commitment to excellent service for the public's satisfaction: 1) Understanding and meeting the public's needs; 2) Friendly, quick, solution-minded and dependable; 3) Improving without end.",
    'Bertanggung jawab atas kepercayaan yang diberikan: 1) Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi; 2) Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien; 3) Tidak menyalahgunakan kewenangan jabatan.':
        'Responsible for the trust given: 1) Carrying out duties honestly, responsibly, carefully, with discipline and high integrity; 2) Using state wealth and property responsibly, effectively and efficiently; 3) Not abusing the authority of office.',
    'Terus belajar dan mengembangkan kapabilitas: 1) Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah; 2) Membantu orang lain belajar; 3) Melaksanakan tugas dengan kualitas terbaik.':
        "Always learning and developing capability: 1) Raising one's competence to meet ever-changing challenges; 2) Helping others learn; 3) Carrying out duties with the best quality.",
    'Saling peduli dan menghargai perbedaan: 1) Menghargai setiap orang apapun latar belakangnya; 2) Suka menolong orang lain; 3) Membangun lingkungan kerja yang kondusif.':
        'Caring for one another and respecting differences: 1) Respecting everyone whatever their background; 2) Glad to help others; 3) Building a conducive working environment.',
    'Berdedikasi dan mengutamakan kepentingan Bangsa dan Negara: 1) Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah; 2) Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara; 3) Menjaga rahasia jabatan dan negara.':
        'Dedicated to and putting first the interests of the Nation and the State: 1) Holding firm to the Pancasila ideology and the 1945 Constitution of the Republic of Indonesia, loyal to the Unitary State of the Republic of Indonesia and the lawful government; 2) Guarding the good name of fellow civil servants, superiors, the institution and the state; 3) Keeping the secrets of office and of the state.',
    'Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan: 1) Cepat menyesuaikan diri menghadapi perubahan; 2) Terus berinovasi dan mengembangkan kreativitas; 3) Bertindak proaktif.':
        'Always innovating and eager to drive or face change: 1) Adapting quickly to change; 2) Always innovating and developing creativity; 3) Acting proactively.',
    'Membangun kerja sama yang sinergis: 1) Memberi kesempatan kepada berbagai pihak untuk berkontribusi; 2) Terbuka dalam bekerja sama untuk menghasilkan nilai tambah; 3) Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama.':
        'Building synergistic cooperation: 1) Giving various parties the chance to contribute; 2) Open to working together to add value; 3) Mobilising the use of various resources for common goals.',
    'Orientasi Pelayanan':
        'Service Orientation',
    'Integritas':
        'Integrity',
    'Komitmen':
        'Commitment',
    'Disiplin':
        'Discipline',
    'Kerja Sama':
        'Cooperation',
    'Kepemimpinan':
        'Leadership',
    'Inisiatif Kerja':
        'Work Initiative',
    'Istimewa':
        'Outstanding',
    'PermenPANRB 6/2022: capaian kinerja organisasi yang dipimpin ditetapkan sebagai rating hasil kerja pimpinannya.':
        "PermenPANRB 6/2022: the performance of the organisation led is set as its head's work result rating.",
    'Tidak ada':
        'None',
    'Bermanfaat bagi unit kerja (ditetapkan pejabat eselon II)':
        'Of benefit to the work unit (certified by an echelon II official)',
    'Bermanfaat bagi organisasi (ditetapkan PPK)':
        'Of benefit to the organisation (certified by the PPK)',
    'Bermanfaat bagi negara (ditetapkan Presiden)':
        'Of benefit to the state (certified by the President)',
    'Nilai harus mencapai batas bawah predikat (90,95 → Baik)':
        "A score must reach the predicate's lower edge (90.95 → Good)",
    'Nilai dibulatkan ke bilangan bulat dahulu (90,95 → 91 → Sangat Baik)':
        'Scores are first rounded to a whole number (90.95 → 91 → Very Good)',
})

ENGLISH.update({
    # gui/programs/target_detail.py: the target's budget and its funding programme
    'Anggaran (rupiah)': 'Budget (rupiah)',
    'mis. 150.000.000': 'e.g. 150.000.000',
    'Anggaran yang mendanai target ini, dalam rupiah utuh: 150.000.000, Rp150.000.000 atau '
    '150000000. Dicetak di lampiran perjanjian kinerja; tekan Enter untuk menyimpan.':
        'The budget that funds this target, in whole rupiah: 150.000.000, Rp150.000.000 or '
        '150000000. Printed in the performance agreement\'s annex; press Enter to save.',
    'Program/kegiatan anggaran': 'Budget programme/activity',
    'program/kegiatan APBD yang mendanai target ini':
        'the regional budget (APBD) programme/activity that funds this target',
    'Ang&garan (Rp):': '&Budget (Rp):',
    'Pr&ogram anggaran:': 'Budget pr&ogramme:',
    'Anggaran hanya berisi angka, mis. 150.000.000 atau Rp150.000.000: "{0}" memuat huruf '
    'atau tanda lain dan tidak disimpan.':
        'A budget holds digits only, e.g. 150.000.000 or Rp150.000.000: "{0}" contains letters '
        'or other signs and was not saved.',
    'Anggaran ditulis dalam rupiah utuh, tanpa sen: "{0}" tidak disimpan.':
        'A budget is written in whole rupiah, without sen: "{0}" was not saved.',
    'Titik pada anggaran memisahkan ribuan (tiap tiga angka), mis. 150.000.000: "{0}" tidak '
    'disimpan.':
        'Dots in a budget separate thousands (every three digits), e.g. 150.000.000: "{0}" was '
        'not saved.',
    # gui/programs/program_editor.py and its editor_* parts
    'Ubah anggaran target': 'Change target budget',
    '&Cetak perjanjian kinerja': '&Print performance agreement',
    'Simpan PDF perjanjian kinerja…': 'Save performance agreement as PDF…',
    # gui/documents/handover_dialog.py: the decree's issuer and subject
    'nomor berita acara kantor pada kop, mis. 800/014-Setda/2019':
        'minutes number of the office on the letterhead, e.g. 800/014-Setda/2019',
    'SK pengangkatan, mis. 821.2/Kep.123-Huk/2019':
        'appointment decree, e.g. 821.2/Kep.123-Huk/2019',
    'pejabat yang menetapkan SK, mis. Bupati Serang':
        'the official who issued the decree, e.g. Bupati Serang',
    'isi "tentang" pada SK, mis. Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama':
        'the decree\'s subject ("tentang"), e.g. Pengangkatan dalam Jabatan Pimpinan Tinggi '
        'Pratama',
    'Penerb&it SK:': 'Decree &issuer:',
    'Peri&hal SK (tentang):': 'Decree subject (&tentang):',
    # gui/documents/handover_list.py
    '&Cetak berita acara…': '&Print minutes…',
    'Cetak &memori…': 'Print &memorandum…',
    'Cetak memori serah terima jabatan, yang ditandatangani pejabat yang menyerahkan':
        'Print the handover memorandum, signed by the outgoing official',
})

ENGLISH.update({
    # gui/setup/letterhead_form.py (LetterheadForm, ImageChooser, LetterheadPreview)
    'Pilih gambar…': 'Choose image…',
    'Pakai lambang contoh': 'Use the sample emblem',
    '(tanpa\ngambar)': '(no\nimage)',
    'lambang negara belum dipilih': 'national emblem not chosen yet',
    'gambar lambang negara tidak terbaca': 'national emblem image unreadable',
    '(tidak\nterbaca)': '(unreadable)',
    'Kop Bupati': "Regent's letterhead",
    'Untuk naskah yang ditandatangani Bupati.': 'For documents the Regent signs.',
    '&Sebutan jabatan:': 'Office t&itle:',
    'Lambang negara:': 'National emblem:',
    'Gambar lambang negara': 'National emblem image',
    'Lambang negara (Garuda Pancasila) tidak disertakan aplikasi: pilih berkas gambar resmi '
    'milik kantor.':
        "The national emblem (Garuda Pancasila) does not come with the application: choose "
        "the office's official image file.",
    'Pratinjau:': 'Preview:',
    'Kop perangkat daerah': 'Agency letterhead',
    'Untuk naskah yang ditandatangani perangkat daerah; baris pertamanya nama pemerintah '
    'daerah (Instansi).':
        "For documents an agency signs; its first line is the regional government's name "
        "(Institution).",
    '&Perangkat daerah:': 'A&gency:',
    '&Telepon:': '&Telephone:',
    'Kode p&os:': '&Postal code:',
    '&E-mail:': '&E-mail:',
    '&Laman:': '&Website:',
    'Lambang daerah:': 'Regional emblem:',
    'Gambar lambang daerah': 'Regional emblem image',
    # gui/setup/setup_wizard.py and settings_dialog.py
    'Kop surat': 'Letterheads',
    'Naskah yang ditandatangani Bupati memakai kop Bupati (lambang negara); naskah perangkat '
    'daerah memakai kop dengan lambang daerah dan alamat. Yang belum diketahui boleh '
    'dikosongkan.':
        "Documents the Regent signs carry the Regent's letterhead (national emblem); an "
        "agency's documents carry the letterhead with the regional emblem and the address. "
        "What is not known yet may be left empty.",
})
# No longer used (EmblemForm removed; the lead may drop them from scripts/english.py if the
# translation test reports them obsolete): 'Lambang daerah untuk kop dokumen: gambar PNG atau
# JPEG, maksimal 1 MB. Boleh dikosongkan.', '(tanpa lambang)', 'Pakai lambang &contoh',
# 'Gambar lambang', '&Unit pada kop:', 'Jalan, nomor telepon, kode pos', 'Lambang dan kertas',
# 'Lambang pada kop dan ukuran kertas cetak.' ('&Pilih gambar…' and '&Hapus gambar' stay: the
# signature dialog uses them).

ENGLISH.update({
    'SIL Open Font License 1.1 (lihat di bawah)': 'SIL Open Font License 1.1 (see below)',
    'Lisensi fon Liberation Sans': 'Liberation Sans font licence',
})

ENGLISH.update({
    # gui/documents/office_keys_dialog.py
    'Kunci kantor': 'Office keys',
    'Kode QR setiap dokumen yang dicetak ditandatangani dengan kunci kantor ini. Kantor lain '
    'yang mengimpor kunci publiknya dapat memeriksa cetakan Anda tanpa basis data Anda; impor '
    'kunci publik kantor lain untuk memeriksa cetakan mereka. Cocokkan sidik jarinya lewat '
    'telepon sebelum mengimpor.':
        "The QR code of every printed document is signed with this office's key. Another "
        "office that imports its public key can check your printouts without your database; "
        "import other offices' public keys to check theirs. Compare the fingerprint over the "
        "telephone before importing.",
    'Id': 'Id',
    'Kantor': 'Office',
    'Sidik jari': 'Fingerprint',
    'Asal': 'Source',
    '&Ekspor kunci publik kantor ini…': "&Export this office's public key…",
    '&Impor kunci kantor lain…': "&Import another office's key…",
    '&Hapus kunci': '&Remove key',
    'Kantor ini': 'This office',
    'Diimpor {0}': 'Imported {0}',
    '(nama instansi belum diisi)': "(institution's name not filled in)",
    'Ekspor kunci publik kantor ini': "Export this office's public key",
    'Kunci kantor (*{0})': 'Office key (*{0})',
    'Ekspor kunci publik': 'Export public key',
    'Kunci publik {0} ditulis ke {1}.\n\nSidik jari: {2}\n\nKirim berkasnya ke kantor lain, '
    'lalu bacakan sidik jari ini lewat telepon sebelum mereka mengimpornya.':
        'The public key of {0} was written to {1}.\n\nFingerprint: {2}\n\nSend the file to the '
        'other office, then read this fingerprint to them over the telephone before they '
        'import it.',
    'Impor kunci kantor lain': "Import another office's key",
    'Kunci kantor (*{0});;Semua berkas (*)': 'Office key (*{0});;All files (*)',
    'Percayai kunci {0}?\n\nSidik jari: {1}\n\nCocokkan sidik jari ini dengan yang dibacakan '
    'kantor tersebut lewat telepon; bila berbeda, jangan diimpor.':
        'Trust the key of {0}?\n\nFingerprint: {1}\n\nCompare this fingerprint with the one '
        'that office reads to you over the telephone; if they differ, do not import it.',
    'Kunci {0} diimpor: kode QR cetakannya kini dapat diperiksa di sini.':
        "The key of {0} was imported: its printouts' QR codes can now be checked here.",
    'Kunci {0} sudah dikenal; tidak ada yang diubah.':
        'The key of {0} is already known; nothing was changed.',
    'Hapus kunci': 'Remove key',
    'Hapus kunci {0}? Kode QR cetakan kantor itu tidak lagi dapat diperiksa di sini sampai '
    'kuncinya diimpor lagi.':
        "Remove the key of {0}? That office's printouts can no longer be checked here until "
        "its key is imported again.",
    # gui/documents/verify_dialog.py
    'Ketik kode verifikasi yang tercetak di kaki dokumen (mis. K7Q2-9XPM), atau tempel isi kode '
    'QR-nya. Kode QR dari kantor lain diperiksa tanpa basis data kantor itu bila kunci '
    'publiknya sudah diimpor (Evaluasi → Kunci kantor).':
        'Type the verification code printed at the foot of the document (e.g. K7Q2-9XPM), or '
        "paste the contents of its QR code. Another office's QR code is checked without that "
        "office's database once its public key has been imported (Evaluation → Office keys).",
    'XXXX-XXXX atau isi kode QR': 'XXXX-XXXX or the QR code contents',
    'Impor &kunci kantor…': 'Import office &key…',
    '<b>Diterbitkan oleh:</b> {0}': '<b>Issued by:</b> {0}',
    '<b>Penerbit tidak dikenal</b> (kunci {0})': '<b>Unknown issuer</b> (key {0})',
    # gui/documents/actions.py
    '&Kunci kantor…': 'Office &keys…',
    'Ekspor kunci publik kantor ini dan impor kunci kantor lain, untuk memeriksa kode QR '
    'dokumen cetakan tanpa basis data kantor penerbitnya':
        "Export this office's public key and import other offices' keys, to check printed "
        "documents' QR codes without the issuing office's database",
    # gui/documents/printing.py (context Printing)
    'Tanda tangan pindaian': 'Scanned signatures',
    'Tanda tangan pindaian belum tersimpan untuk: {0}. Tempat tanda tangannya dibiarkan kosong '
    'untuk ditandatangani dengan tangan; simpan pindaiannya lewat Evaluasi → Tanda tangan '
    'pindaian.':
        'No scanned signature is stored for: {0}. Their signature space is left blank to be '
        'signed by hand; store their scans under Evaluation → Scanned signatures.',
})

ENGLISH.update({
    'Tanda pisah &rentang:': '&Range dash:',
})

ENGLISH.update({  # the day's backup on exit, on a worker thread (gui/data_safety/exit_backup)
    'Membatalkan cadangan…': 'Cancelling the backup…',
    'Membuat cadangan harian sebelum keluar…': 'Making the daily backup before exiting…',
    'Keluar tanpa cadangan': 'Exit without a backup',
    'Menyiapkan…': 'Preparing…',
    'Cadangan harian sebelum keluar: {0} {1}%': 'Daily backup before exiting: {0} {1}%',
    "Pemulihan mengganti berkas basis data di PC ini. Basis data di server kantor dipulihkan "
    "oleh pengelola server (lihat docs/server.md).":
        "Restoring replaces the database file on this PC. The office server's database is "
        "restored by the server's administrator (see docs/server.md).",
    "Sambungkan ke &server kantor…": "Connect to the office &server…",
    "Server itu sudah tersambung.": "That server is already connected.",
    "Sambungkan ke server kantor": "Connect to the office server",
    "mis. 192.168.1.10 atau server-setda": "e.g. 192.168.1.10 or server-setda",
    "kosongkan bila sudah tersimpan di PC ini": "leave empty if already stored on this PC",
    "Simpan kata sandi di berkas kata sandi PostgreSQL PC ini (pgpass)":
        "Keep the password in this PC's PostgreSQL password file (pgpass)",
    "&Host:": "&Host:",
    "&Port:": "&Port:",
    "&Basis data:": "&Database:",
    "Pe&ngguna:": "&User:",
    "Sambungan &aman (TLS):": "Secure connection (&TLS):",
    "Isi alamat server, lalu tekan Uji sambungan.":
        "Fill in the server's address, then press Test connection.",
    "&Uji sambungan": "&Test connection",
    "&Sambungkan": "&Connect",
    "Host": "Host",
    "Basis data": "Database",
    "Pengguna": "User",
    "{0} wajib diisi.": "{0} is required.",
    "Menghubungi {0}…": "Contacting {0}…",
    "Kata sandi tidak tersimpan": "The password was not stored",
    "Bila server menawarkannya": "When the server offers it",
    "Wajib": "Required",
    "Wajib, sertifikat server diperiksa": "Required, the server's certificate checked",
    "Tidak": "No",
    "Data pejabat diubah orang lain": "Someone else changed this official",
    "{0}\n\nSimpan: isian Anda menggantikan perubahan itu.\nBuang: isian Anda dibuang dan data "
    "tersimpan dimuat.\nBatal: kembali ke isian Anda.":
        "{0}\n\nSave: your entries replace that change.\nDiscard: your entries are dropped "
        "and the stored data is loaded.\nCancel: back to your entries.",
})

ENGLISH.update({
    "Data diperbarui: ada perubahan dari PC lain.": "Data refreshed: another PC changed it.",
})

ENGLISH.update({
    "{0}\n\nSimpan: isian Anda menggantikan perubahan itu.\nBuang: isian Anda dibuang dan data "
    "tersimpan dimuat.":
        "{0}\n\nSave: your entries replace that change.\nDiscard: your entries are dropped "
        "and the stored data is loaded.",
    "Target diubah orang lain": "Target changed by someone else",
    "Isian Anda dibuang; data dimuat seperti tersimpan.":
        "Your entries were dropped; the data is shown as stored.",
    "Program diubah orang lain": "Program changed by someone else",
})

ENGLISH.update({
    "Serah terima diubah orang lain": "Handover changed by someone else",
})

ENGLISH.update({
    "Hanya baca: salinan lokal data server": "Read only: local copy of the server's data",
    "(salinan lokal, hanya baca)": "(local copy, read only)",
    "Keluar tanpa salinan": "Quit without the copy",
    "Salinan lokal sebelum keluar: {0} {1}%": "Local copy before quitting: {0} {1}%",
    "Membatalkan salinan…": "Cancelling the copy…",
    "Menyimpan salinan lokal data server sebelum keluar…":
        "Saving a local copy of the server's data before quitting…",
    "Server tidak dapat dibuka": "The server cannot be opened",
    "{error}\n\nPC ini menyimpan salinan data server dari {when}. Salinan itu dapat dibuka "
    "hanya untuk dibaca; perubahan dan cetakan dibuat di server setelah sambungan pulih.":
        "{error}\n\nThis PC keeps a copy of the server's data from {when}. The copy can be "
        "opened to read only; changes and printouts are made on the server once the "
        "connection is back.",
    "Buka salinan lokal (hanya baca)": "Open the local copy (read only)",
    "Pilih berkas lain…": "Choose another file…",
})

ENGLISH.update({
    "Simpan kata sandi di Pengelola Kredensial Windows PC ini":
        "Keep the password in this PC's Windows Credential Manager",
})

ENGLISH.update({
    "Hanya baca: akun penilai": "Read only: an evaluator's account",
    "(hanya baca)": "(read only)",
    "Hanya administrator server": "Server administrators only",
})

ENGLISH.update({
    "Pengaturan diubah orang lain": "Settings changed by someone else",
})
