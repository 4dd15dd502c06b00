<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tentang Kinerja Desktop</source>
        <translation>About Kinerja Desktop</translation>
    </message>
    <message>
        <source>portabel</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>folder data pengguna</source>
        <translation>user data folder</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; versi {1}&lt;br&gt;Target 100 hari dan evaluasi kinerja pejabat eselon II.&lt;br&gt;&lt;br&gt;Basis data: {2}&lt;br&gt;Folder data: {3} ({4})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; version {1}&lt;br&gt;100-day targets and performance evaluation of echelon II officials.&lt;br&gt;&lt;br&gt;Database: {2}&lt;br&gt;Data folder: {3} ({4})</translation>
    </message>
    <message>
        <source>Komponen yang disertakan dan lisensinya:</source>
        <translation>Bundled components and their licences:</translation>
    </message>
    <message>
        <source>Lisensi fon Liberation Sans</source>
        <translation>Liberation Sans font licence</translation>
    </message>
    <message>
        <source>Qt dan PySide6 dipakai di bawah LGPLv3; kode sumbernya tersedia di https://www.qt.io/.</source>
        <translation>Qt and PySide6 are used under the LGPLv3; their source code is available at https://www.qt.io/.</translation>
    </message>
    <message>
        <source>Komponen</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>SIL Open Font License 1.1 (lihat di bawah)</source>
        <translation>SIL Open Font License 1.1 (see below)</translation>
    </message>
    <message>
        <source>Lisensi LGPL versi 3 (Qt, PySide6)</source>
        <translation>LGPL version 3 licence (Qt, PySide6)</translation>
    </message>
    <message>
        <source>Teks GPL versi 3, yang dirujuk LGPL, ada di berkas {0}.</source>
        <translation>The text of the GPL version 3, which the LGPL refers to, is in the file {0}.</translation>
    </message>
    <message>
        <source>Berkas lisensi tidak ditemukan: {0}</source>
        <translation>Licence file not found: {0}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>{error}

Pilih berkas basis data lain?</source>
        <translation>{error}

Choose another database file?</translation>
    </message>
    <message>
        <source>Pilih basis data Kinerja</source>
        <translation>Choose a Kinerja database</translation>
    </message>
    <message>
        <source>Basis data Kinerja (*.db *.kinerja);;Semua berkas (*)</source>
        <translation>Kinerja database (*.db *.kinerja);;All files (*)</translation>
    </message>
    <message>
        <source>Server tidak dapat dibuka</source>
        <translation>The server cannot be opened</translation>
    </message>
    <message>
        <source>{error}

PC ini menyimpan salinan data server dari {when}. Salinan itu dapat dibuka hanya untuk dibaca; perubahan dan cetakan dibuat di server setelah sambungan pulih.</source>
        <translation>{error}

This PC keeps a copy of the server&apos;s data from {when}. The copy can be opened to read only; changes and printouts are made on the server once the connection is back.</translation>
    </message>
    <message>
        <source>Buka salinan lokal (hanya baca)</source>
        <translation>Open the local copy (read only)</translation>
    </message>
    <message>
        <source>Pilih berkas lain…</source>
        <translation>Choose another file…</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Ubah jabatan</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <source>Tambah jabatan</source>
        <translation>Add post</translation>
    </message>
    <message>
        <source>mis. Kepala Dinas Kependudukan dan Catatan Sipil</source>
        <translation>e.g. Kepala Dinas Kependudukan dan Catatan Sipil</translation>
    </message>
    <message>
        <source>pilih atau ketik unit kerja baru</source>
        <translation>choose, or type a new unit</translation>
    </message>
    <message>
        <source>mis. 821.2/Kep.123-BKPSDM/2019</source>
        <translation>e.g. 821.2/Kep.123-BKPSDM/2019</translation>
    </message>
    <message>
        <source>diketahui</source>
        <translation>known</translation>
    </message>
    <message>
        <source>sudah berakhir</source>
        <translation>has ended</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Eselon:</source>
        <translation>&amp;Echelon:</translation>
    </message>
    <message>
        <source>Jenis &amp;pengisian:</source>
        <translation>How &amp;filled:</translation>
    </message>
    <message>
        <source>&amp;Nomor SK:</source>
        <translation>&amp;Decree number:</translation>
    </message>
    <message>
        <source>Tanggal S&amp;K:</source>
        <translation>Decree da&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Mulai menjabat:</source>
        <translation>&amp;Started:</translation>
    </message>
    <message>
        <source>&amp;Selesai menjabat:</source>
        <translation>&amp;Ended:</translation>
    </message>
    <message>
        <source>Jabatan se&amp;belumnya:</source>
        <translation>Pre&amp;vious post:</translation>
    </message>
</context>
<context>
    <name>AppointmentListModel</name>
    <message>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Echelon</translation>
    </message>
    <message>
        <source>Pengisian</source>
        <translation>Filled by</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <source>masih menjabat</source>
        <translation>still in post</translation>
    </message>
</context>
<context>
    <name>AssessmentDelegate</name>
    <message>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
</context>
<context>
    <name>AssessmentModel</name>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Bobot (%)</source>
        <translation>Weight (%)</translation>
    </message>
    <message>
        <source>Judul target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Capaian</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Target
kualitas</source>
        <translation>Quality
target</translation>
    </message>
    <message>
        <source>Realisasi
kualitas</source>
        <translation>Quality
realised</translation>
    </message>
    <message>
        <source>Target
waktu</source>
        <translation>Time
target</translation>
    </message>
    <message>
        <source>Realisasi
waktu</source>
        <translation>Time
realised</translation>
    </message>
    <message>
        <source>Target
biaya (Rp)</source>
        <translation>Cost
target (Rp)</translation>
    </message>
    <message>
        <source>Realisasi
biaya (Rp)</source>
        <translation>Cost
realised (Rp)</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Bukti dilihat</source>
        <translation>Evidence seen</translation>
    </message>
    <message>
        <source>Catatan penilai</source>
        <translation>Evaluator&apos;s note</translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>target kualitas</source>
        <translation>quality target</translation>
    </message>
    <message>
        <source>realisasi kualitas</source>
        <translation>quality realised</translation>
    </message>
    <message>
        <source>target waktu</source>
        <translation>time target</translation>
    </message>
    <message>
        <source>realisasi waktu</source>
        <translation>time realised</translation>
    </message>
    <message>
        <source>target biaya</source>
        <translation>cost target</translation>
    </message>
    <message>
        <source>realisasi biaya</source>
        <translation>cost realised</translation>
    </message>
    <message>
        <source>Baris {0}, {1}: &apos;{2}&apos; bukan angka. Tulis angka seperti 12 atau 12,5.</source>
        <translation>Row {0}, {1}: &apos;{2}&apos; is not a number. Write a number such as 12 or 12,5.</translation>
    </message>
    <message>
        <source>Kontribusi</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Capaian menurut arah target, paling tinggi {0}%.</source>
        <translation>Achievement by the target&apos;s direction, at most {0}%.</translation>
    </message>
    <message>
        <source>Capaian menurut arah target (naik: realisasi/target; turun: (2 × target − realisasi)/target).</source>
        <translation>Achievement by the target&apos;s direction (higher: realised/target; lower: (2 × target − realised)/target).</translation>
    </message>
    <message>
        <source>↑ makin tinggi makin baik · ↓ makin rendah makin baik · ↔ dalam rentang</source>
        <translation>↑ higher is better · ↓ lower is better · ↔ within a range</translation>
    </message>
    <message>
        <source>Perka BKN 1/2013: waktu dalam satuan yang sama (bulan atau hari) pada target dan realisasi.</source>
        <translation>Perka BKN 1/2013: time in the same unit (months or days) for target and realised.</translation>
    </message>
    <message>
        <source>Perka BKN 1/2013: biaya boleh kosong; tanpa target biaya, aspek biaya tidak dihitung.</source>
        <translation>Perka BKN 1/2013: cost may stay empty; without a cost target the cost aspect is not counted.</translation>
    </message>
    <message>
        <source>Perka BKN 1/2013: mutu hasil kerja, target biasanya 100.</source>
        <translation>Perka BKN 1/2013: quality of the work, usually with a target of 100.</translation>
    </message>
    <message>
        <source>Umpan balik penilai atas target ini (tercetak pada lembar evaluasi).</source>
        <translation>The evaluators&apos; feedback on this target (printed on the evaluation sheet).</translation>
    </message>
    <message>
        <source>Bukan angka: tulis angka seperti 12 atau 12,5.</source>
        <translation>Not a number: write a number such as 12 or 12,5.</translation>
    </message>
    <message>
        <source>Realisasi tidak boleh negatif.</source>
        <translation>The realisation cannot be negative.</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Hanya &amp;data ini</source>
        <translation>This &amp;record only</translation>
    </message>
    <message>
        <source>Tampilkan seluruh riwayat data yang dipilih</source>
        <translation>Show the whole history of the selected record</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Semua orang</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Semua tabel</source>
        <translation>All tables</translation>
    </message>
    <message>
        <source>kosong: semua data</source>
        <translation>empty: all records</translation>
    </message>
    <message>
        <source>nama, judul, NIP …</source>
        <translation>name, title, NIP …</translation>
    </message>
    <message>
        <source>&amp;Bersihkan saringan</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Orang:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Tabel:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Dari tanggal:</source>
        <translation>&amp;From date:</translation>
    </message>
    <message>
        <source>&amp;Sampai tanggal:</source>
        <translation>&amp;To date:</translation>
    </message>
    <message>
        <source>D&amp;ata:</source>
        <translation>R&amp;ecord:</translation>
    </message>
    <message>
        <source>tidak dibatasi</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Tidak ada perubahan yang cocok dengan saringan.</source>
        <translation>No change matches the filters.</translation>
    </message>
    <message>
        <source>Belum ada perubahan yang tercatat.</source>
        <translation>No change has been recorded yet.</translation>
    </message>
    <message>
        <source>Jumlah perubahan: %1</source>
        <translation>Changes: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 oleh %4 — %5</source>
        <translation>%1 · %2 · %3 by %4 — %5</translation>
    </message>
</context>
<context>
    <name>AuditDiffModel</name>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <source>berubah</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Cadangkan basis data</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Salinan lengkap basis data (termasuk bukti dukung) ditulis ke folder yang dipilih, lalu diperiksa sebelum diberi nama akhir. Aplikasi boleh tetap terbuka.</source>
        <translation>A complete copy of the database (evidence files included) is written to the chosen folder and checked before it gets its final name. The app may stay open.</translation>
    </message>
    <message>
        <source>&amp;Pilih folder…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>&amp;Enkripsi dengan kata sandi (disarankan untuk flashdisk: berisi NIP dan tanggal lahir)</source>
        <translation>&amp;Encrypt with a passphrase (advised for USB sticks: it holds NIPs and birth dates)</translation>
    </message>
    <message>
        <source>&amp;Folder tujuan:</source>
        <translation>&amp;Destination folder:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>&amp;Buat cadangan</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Pilih folder tujuan (mis. flashdisk).</source>
        <translation>Choose the destination folder (e.g. a USB stick).</translation>
    </message>
    <message>
        <source>Folder &apos;{0}&apos; tidak ada (flashdisk sudah dicabut?).</source>
        <translation>Folder &apos;{0}&apos; does not exist (was the USB stick removed?).</translation>
    </message>
    <message>
        <source>Kata sandi minimal {0} karakter.</source>
        <translation>The passphrase needs at least {0} characters.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Perilaku kerja (BerAKHLAK)</source>
        <translation>Work behaviour (BerAKHLAK)</translation>
    </message>
    <message>
        <source>Perilaku kerja (PP 46/2011)</source>
        <translation>Work behaviour (PP 46/2011)</translation>
    </message>
    <message>
        <source>Nilai tiap aspek 0–100 (PP 46/2011 Pasal 12); rata-ratanya menjadi {0}% nilai prestasi kerja.</source>
        <translation>Score each aspect 0–100 (PP 46/2011 Article 12); their mean makes up {0}% of the work performance score.</translation>
    </message>
    <message>
        <source>Perilaku kerja (PP 30/2019)</source>
        <translation>Work behaviour (PP 30/2019)</translation>
    </message>
    <message>
        <source>Nilai tiap aspek 0–120 (PP 30/2019 Pasal 37, PermenPANRB 8/2021); rata-ratanya menjadi {0}% nilai kinerja.</source>
        <translation>Score each aspect 0–120 (PP 30/2019 Article 37, PermenPANRB 8/2021); their mean makes up {0}% of the performance score.</translation>
    </message>
    <message>
        <source>Pilih rating tiap nilai dasar menurut panduan perilaku SE MenPANRB 20/2021, lalu rating hasil kerja dan rating perilaku kerja; predikat dibaca dari matriks PermenPANRB 6/2022.</source>
        <translation>Rate each core value by the behaviour guidance of SE MenPANRB 20/2021, then the work-results rating and the work-behaviour rating; the predicate is read from the PermenPANRB 6/2022 matrix.</translation>
    </message>
    <message>
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <source>Skema capaian tertimbang 100 hari tidak menilai perilaku kerja.</source>
        <translation>The 100-day weighted-achievement scheme does not score work behaviour.</translation>
    </message>
    <message>
        <source>Program 100 hari dinilai dari capaian targetnya saja; tidak ada yang perlu diisi di halaman ini.</source>
        <translation>A 100-day program is scored on its targets alone; there is nothing to fill in on this page.</translation>
    </message>
    <message>
        <source>Menciptakan &amp;ide baru dan/atau cara baru yang bermanfaat bagi organisasi atau negara (syarat Sangat Baik, PP 30/2019 Pasal 41)</source>
        <translation>Created a new &amp;idea and/or a new way that benefits the organisation or the state (required for Very Good, PP 30/2019 Article 41)</translation>
    </message>
    <message>
        <source>(belum dipilih)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>0 sampai {0}</source>
        <translation>0 to {0}</translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan (boleh kosong)</source>
        <translation>The head&apos;s specific expectation (optional)</translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan: {0}</source>
        <translation>The head&apos;s specific expectation: {0}</translation>
    </message>
    <message>
        <source>Tugas tambahan dan kreativitas (Perka BKN 1/2013)</source>
        <translation>Additional tasks and creativity (Perka BKN 1/2013)</translation>
    </message>
    <message>
        <source>1–3 kegiatan menambah 1, 4–6 menambah 2, 7 atau lebih menambah 3 pada nilai capaian SKP.</source>
        <translation>1–3 activities add 1, 4–6 add 2, 7 or more add 3 to the SKP achievement score.</translation>
    </message>
    <message>
        <source> (+{0})</source>
        <translation> (+{0})</translation>
    </message>
    <message>
        <source>&amp;Tugas tambahan (jumlah kegiatan):</source>
        <translation>Additional &amp;tasks (number of activities):</translation>
    </message>
    <message>
        <source>&amp;Kreativitas:</source>
        <translation>&amp;Creativity:</translation>
    </message>
    <message>
        <source>Rating keseluruhan (dipilih penilai)</source>
        <translation>Overall ratings (chosen by the evaluator)</translation>
    </message>
    <message>
        <source>(belum ditetapkan)</source>
        <translation>(not set yet)</translation>
    </message>
    <message>
        <source>Capaian kinerja &amp;organisasi (ditetapkan atasan):</source>
        <translation>&amp;Organisation&apos;s performance (set by the superior):</translation>
    </message>
    <message>
        <source>Nilai perilaku kerja: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Work behaviour score: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nilai perilaku kerja: belum semua aspek diisi.</source>
        <translation>Work behaviour score: not every aspect is filled in yet.</translation>
    </message>
    <message>
        <source>Nilai prestasi kerja</source>
        <translation>Work performance score</translation>
    </message>
    <message>
        <source>Nilai kinerja</source>
        <translation>Performance score</translation>
    </message>
    <message>
        <source>{0}: &lt;b&gt;{1}&lt;/b&gt; ({2})</source>
        <translation>{0}: &lt;b&gt;{1}&lt;/b&gt; ({2})</translation>
    </message>
    <message>
        <source>{0} belum dapat dihitung: {1}</source>
        <translation>{0} cannot be computed yet: {1}</translation>
    </message>
    <message>
        <source>Predikat belum dapat dibaca: {0}</source>
        <translation>The predicate cannot be read yet: {0}</translation>
    </message>
    <message>
        <source>Rating &amp;hasil kerja:</source>
        <translation>Work-&amp;results rating:</translation>
    </message>
    <message>
        <source>Rating &amp;perilaku kerja:</source>
        <translation>Work-&amp;behaviour rating:</translation>
    </message>
    <message>
        <source>Predikat (matriks): &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Predicate (matrix): &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>Papan &amp;pemantauan…</source>
        <translation>&amp;Monitoring board…</translation>
    </message>
</context>
<context>
    <name>BoardChart</name>
    <message>
        <source>Grafik hasil evaluasi per unit</source>
        <translation>Chart of evaluation results per unit</translation>
    </message>
    <message>
        <source>Belum ada evaluasi final</source>
        <translation>No final evaluations yet</translation>
    </message>
    <message>
        <source>Predikat:</source>
        <translation>Predicate:</translation>
    </message>
    <message>
        <source>nilai rata-rata {0}</source>
        <translation>mean score {0}</translation>
    </message>
    <message>
        <source>tanpa nilai angka</source>
        <translation>no numeric score</translation>
    </message>
    <message>
        <source>{0}, {1}: {2} ({3}; {4} evaluasi)</source>
        <translation>{0}, {1}: {2} ({3}; {4} evaluations)</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Evaluasi ≤ 14 hr</source>
        <translation>Evaluation ≤ 14 d</translation>
    </message>
    <message>
        <source>Tanpa progres</source>
        <translation>No progress</translation>
    </message>
    <message>
        <source>Belum disepakati</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>Pejabat</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Progres</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Tanda</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Belum mulai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <source>{0} target</source>
        <translation>{0} targets</translation>
    </message>
    <message>
        <source>Belum ada target</source>
        <translation>No targets yet</translation>
    </message>
    <message>
        <source>Draft evaluasi</source>
        <translation>Evaluation draft</translation>
    </message>
    <message>
        <source>NIP {0}</source>
        <translation>NIP {0}</translation>
    </message>
    <message>
        <source>Program {0}, {1} – {2} · {3}</source>
        <translation>Program {0}, {1} – {2} · {3}</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Tidak ada yang perlu diperhatikan</source>
        <translation>Nothing needs attention</translation>
    </message>
    <message>
        <source>Belum ada evaluasi</source>
        <translation>No evaluations yet</translation>
    </message>
    <message>
        <source>{0}: final, {1}</source>
        <translation>{0}: final, {1}</translation>
    </message>
    <message>
        <source>{0}: draft</source>
        <translation>{0}: draft</translation>
    </message>
    <message>
        <source>Klik dua kali untuk membuka evaluasi terakhir</source>
        <translation>Double-click to open the latest evaluation</translation>
    </message>
    <message>
        <source>Belum dimulai (mulai {0} hari lagi)</source>
        <translation>Not started (starts in {0} days)</translation>
    </message>
    <message>
        <source>Selesai ({0} hari)</source>
        <translation>Finished ({0} days)</translation>
    </message>
    <message>
        <source>Hari ke-{0} dari {1}, sisa {2} hari</source>
        <translation>Day {0} of {1}, {2} days left</translation>
    </message>
    <message>
        <source>Progres tertimbang: {0}</source>
        <translation>Weighted progress: {0}</translation>
    </message>
    <message>
        <source>• {0} (bobot {1}%): belum ada laporan</source>
        <translation>• {0} (weight {1}%): no report yet</translation>
    </message>
    <message>
        <source>• {0} (bobot {1}%): capaian {2}%</source>
        <translation>• {0} (weight {1}%): achievement {2}%</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Papan Pemantauan — {0}</source>
        <translation>Monitoring Board — {0}</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>&amp;Cakupan:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;Segarkan</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Baca ulang semua program (F5)</source>
        <translation>Read all programs again (F5)</translation>
    </message>
    <message>
        <source>&amp;Tutup jendela</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Belum ada program&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No programs yet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Segarkan (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hasil evaluasi final per unit&lt;/b&gt; — tinggi batang: nilai (atau pita predikat bila tanpa nilai), warna tutup: predikat</source>
        <translation>&lt;b&gt;Final evaluation results per unit&lt;/b&gt; — bar height: score (or the predicate&apos;s band when there is no score), cap colour: predicate</translation>
    </message>
    <message>
        <source>Program di papan pemantauan</source>
        <translation>Programs on the monitoring board</translation>
    </message>
    <message>
        <source>Semua program berjalan</source>
        <translation>All current programs</translation>
    </message>
    <message>
        <source>Pelantikan {0}</source>
        <translation>Inauguration of {0}</translation>
    </message>
    <message>
        <source>Sebaran predikat menurut PermenPANRB 6/2022 (peringatan, bukan penolakan): {0}</source>
        <translation>Spread of ratings under PermenPANRB 6/2022 (a warning, not a refusal): {0}</translation>
    </message>
    <message>
        <source>Tidak ada program yang sedang berjalan. Program 100 hari dibuat dari menu Pelantikan; program triwulan, semester atau tahunan dibuat di jendela Program kinerja seorang pejabat.</source>
        <translation>No programs are running. 100-day programs are created from the Inauguration menu; quarterly, half-year or yearly programs in an official&apos;s Performance programs window.</translation>
    </message>
    <message>
        <source>Pelantikan ini belum memiliki program 100 hari. Buat dari menu Pelantikan, &quot;Buat program 100 hari pelantikan…&quot;.</source>
        <translation>This inauguration has no 100-day programs yet. Create them from the Inauguration menu, &quot;Create 100-day programs of an inauguration…&quot;.</translation>
    </message>
    <message>
        <source>{0} program · {1} perlu perhatian</source>
        <translation>{0} programs · {1} need attention</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diambil dari PC lain</source>
        <translation>Taken from the other PC</translation>
    </message>
    <message>
        <source>Versi PC ini dipertahankan</source>
        <translation>This PC&apos;s version kept</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>DataSafetyActions</name>
    <message>
        <source>&amp;Cadangkan ke flashdisk…</source>
        <translation>&amp;Back up to a USB stick…</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Periksa berkas ca&amp;dangan…</source>
        <translation>Check a bac&amp;kup file…</translation>
    </message>
    <message>
        <source>&amp;Gabungkan data PC lain…</source>
        <translation>&amp;Merge another PC&apos;s data…</translation>
    </message>
    <message>
        <source>Ba&amp;wa pulang ke laptop…</source>
        <translation>Take &amp;home to a laptop…</translation>
    </message>
    <message>
        <source>Riwayat &amp;perubahan…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>Belum pernah dicadangkan</source>
        <translation>Never backed up</translation>
    </message>
    <message>
        <source>Cadangan terakhir: {0}</source>
        <translation>Last backup: {0}</translation>
    </message>
    <message>
        <source>Cadangan terakhir {0} hari lalu</source>
        <translation>Last backup {0} days ago</translation>
    </message>
    <message>
        <source>Cadangkan ke flashdisk (Ctrl+Shift+S)</source>
        <translation>Back up to a USB stick (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Cadangan tersimpan dan terperiksa: {0}</source>
        <translation>Backup written and checked: {0}</translation>
    </message>
    <message>
        <source>Berkas cadangan baik (versi data {0}, {1} pejabat).</source>
        <translation>The backup file is good (data version {0}, {1} officials).</translation>
    </message>
    <message>
        <source>Periksa berkas cadangan</source>
        <translation>Check a backup file</translation>
    </message>
    <message>
        <source>Belum ada ekspor server terjadwal</source>
        <translation>No scheduled server export yet</translation>
    </message>
    <message>
        <source>Ekspor server terakhir {0} hari lalu</source>
        <translation>Last server export {0} days ago</translation>
    </message>
    <message>
        <source>Ekspor server: {0}</source>
        <translation>Server export: {0}</translation>
    </message>
    <message>
        <source>Ekspor terjadwal server kantor (perintah ekspor-server; lihat docs/server.md).</source>
        <translation>The office server&apos;s scheduled export (the ekspor-server command; see docs/server.md).</translation>
    </message>
    <message>
        <source>Terakhir: {0} oleh {1}, berkas {2}.</source>
        <translation>Last: {0} by {1}, file {2}.</translation>
    </message>
    <message>
        <source>Klik: cadangkan ke flashdisk dari PC ini (Ctrl+Shift+S)</source>
        <translation>Click: back up to a USB stick from this PC (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Cadangan Kinerja (*.kinerja *.enc);;Semua berkas (*)</source>
        <translation>Kinerja backups (*.kinerja *.enc);;All files (*)</translation>
    </message>
    <message>
        <source>Memeriksa berkas cadangan {0}…</source>
        <translation>Checking the backup file {0}…</translation>
    </message>
    <message>
        <source>Berkas cadangan TIDAK dapat dipakai:</source>
        <translation>The backup file can NOT be used:</translation>
    </message>
    <message>
        <source>Bawa pulang ke laptop</source>
        <translation>Take home to a laptop</translation>
    </message>
    <message>
        <source>Basis data Kinerja (*.db)</source>
        <translation>Kinerja database (*.db)</translation>
    </message>
    <message>
        <source>Menyalin data server: {0}…</source>
        <translation>Copying the server&apos;s data: {0}…</translation>
    </message>
    <message>
        <source>Menyalin data server ke {0}…</source>
        <translation>Copying the server&apos;s data to {0}…</translation>
    </message>
    <message>
        <source>Data server disalin ke {0}</source>
        <translation>Server data copied to {0}</translation>
    </message>
    <message>
        <source>Data server disalin ke:
{path}

{officials} pejabat, {programs} program, {evaluations} evaluasi. Buka berkas itu di laptop (Berkas → Buka basis data). Setelah kembali ke kantor, administrator server menggabungkannya dengan Berkas → Gabungkan data PC lain; perubahan yang dibuat di kedua tempat ditanyakan satu per satu.</source>
        <translation>Server data copied to:
{path}

{officials} officials, {programs} programs, {evaluations} evaluations. Open that file on the laptop (File → Open database). Back at the office, the server&apos;s administrator merges it with File → Merge another PC&apos;s data; changes made in both places are asked one by one.</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Pemulihan mengganti berkas basis data di PC ini. Basis data di server kantor dipulihkan oleh pengelola server (lihat docs/server.md).</source>
        <translation>Restoring replaces the database file on this PC. The office server&apos;s database is restored by the server&apos;s administrator (see docs/server.md).</translation>
    </message>
    <message>
        <source>Cadangan Kinerja (*.kinerja *.enc)</source>
        <translation>Kinerja backups (*.kinerja *.enc)</translation>
    </message>
    <message>
        <source>Isi basis data sekarang akan diganti dengan isi cadangan &apos;{0}&apos;. Basis data sekarang disimpan dulu sebagai salinan sebelum-pulih. Lanjutkan?</source>
        <translation>The database&apos;s contents will be replaced by the backup &apos;{0}&apos;. The current database is first kept as a pre-restore copy. Continue?</translation>
    </message>
    <message>
        <source>Memulihkan dari cadangan {0}…</source>
        <translation>Restoring from the backup {0}…</translation>
    </message>
    <message>
        <source>Basis data dipulihkan. Salinan sebelum-pulih: {0}</source>
        <translation>Database restored. Pre-restore copy: {0}</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Basis data &amp;baru…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>B&amp;uka basis data…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Ba&amp;ru dibuka</source>
        <translation>&amp;Recently opened</translation>
    </message>
    <message>
        <source>Sambungkan ke &amp;server kantor…</source>
        <translation>Connect to the office &amp;server…</translation>
    </message>
    <message>
        <source> — berkas tidak ditemukan</source>
        <translation> — file not found</translation>
    </message>
    <message>
        <source> — sedang dibuka</source>
        <translation> — open now</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Basis data baru</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Basis data Kinerja (*.db *.kinerja);;Semua berkas (*)</source>
        <translation>Kinerja database (*.db *.kinerja);;All files (*)</translation>
    </message>
    <message>
        <source>Buka basis data</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Server itu sudah tersambung.</source>
        <translation>That server is already connected.</translation>
    </message>
    <message>
        <source>Basis data itu sudah terbuka.</source>
        <translation>That database is already open.</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Basis data dibuka: {0}</source>
        <translation>Database opened: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;Serah terima jabatan…</source>
        <translation>&amp;Handovers…</translation>
    </message>
    <message>
        <source>&amp;Cetak lembar evaluasi…</source>
        <translation>&amp;Print an evaluation sheet…</translation>
    </message>
    <message>
        <source>Cetak &amp;batch lembar evaluasi…</source>
        <translation>Print evaluation sheets in a &amp;batch…</translation>
    </message>
    <message>
        <source>Periksa &amp;dokumen…</source>
        <translation>Check a &amp;document…</translation>
    </message>
    <message>
        <source>&amp;Tanda tangan pindaian…</source>
        <translation>Scanned &amp;signatures…</translation>
    </message>
    <message>
        <source>&amp;Kunci kantor…</source>
        <translation>Office &amp;keys…</translation>
    </message>
    <message>
        <source>Ekspor kunci publik kantor ini dan impor kunci kantor lain, untuk memeriksa kode QR dokumen cetakan tanpa basis data kantor penerbitnya</source>
        <translation>Export this office&apos;s public key and import other offices&apos; keys, to check printed documents&apos; QR codes without the issuing office&apos;s database</translation>
    </message>
    <message>
        <source>Cetak lembar evaluasi</source>
        <translation>Print evaluation sheet</translation>
    </message>
    <message>
        <source>Belum ada evaluasi final untuk dicetak.</source>
        <translation>There is no final evaluation to print yet.</translation>
    </message>
    <message>
        <source>{0} — {1} — {2}</source>
        <translation>{0} — {1} — {2}</translation>
    </message>
    <message>
        <source>Evaluasi final yang dicetak:</source>
        <translation>Final evaluation to print:</translation>
    </message>
    <message>
        <source>Semua evaluasi final</source>
        <translation>All final evaluations</translation>
    </message>
    <message>
        <source>Pelantikan {0}</source>
        <translation>Inauguration of {0}</translation>
    </message>
    <message>
        <source>Cetak batch</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <source>Lembar evaluasi yang dicetak:</source>
        <translation>Evaluation sheets to print:</translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
    <message>
        <source>Seleksi Terbuka</source>
        <translation>Open Selection</translation>
    </message>
    <message>
        <source>Rotasi</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Mutasi</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Promosi</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Plt</source>
        <translation>Acting (Plt)</translation>
    </message>
    <message>
        <source>Plh</source>
        <translation>Interim (Plh)</translation>
    </message>
    <message>
        <source>Pj</source>
        <translation>Caretaker (Pj)</translation>
    </message>
    <message>
        <source>Capaian tertimbang (bobot × capaian)</source>
        <translation>Weighted achievement (weight × achievement)</translation>
    </message>
    <message>
        <source>PP 46/2011 (60% SKP + 40% perilaku kerja)</source>
        <translation>PP 46/2011 (60% SKP + 40% work behaviour)</translation>
    </message>
    <message>
        <source>PermenPANRB 6/2022 (hasil kerja × perilaku kerja)</source>
        <translation>PermenPANRB 6/2022 (work results × work behaviour)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Disepakati</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Dievaluasi</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Inovasi</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Target Kinerja</source>
        <translation>Performance Target</translation>
    </message>
    <message>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Sedang</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Angka</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Selesai/Belum</source>
        <translation>Done/Not done</translation>
    </message>
    <message>
        <source>100 Hari</source>
        <translation>100 Days</translation>
    </message>
    <message>
        <source>Triwulan</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <source>Dilanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Pembinaan</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Evaluasi ulang</source>
        <translation>Re-evaluate</translation>
    </message>
    <message>
        <source>Dipindahtugaskan (rotasi/mutasi)</source>
        <translation>Reassign (rotation/transfer)</translation>
    </message>
    <message>
        <source>Pejabat Penilai Kinerja</source>
        <translation>Performance Appraising Official</translation>
    </message>
    <message>
        <source>Anggota Tim Penilai</source>
        <translation>Appraisal Team Member</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Di Atas Ekspektasi</source>
        <translation>Above Expectations</translation>
    </message>
    <message>
        <source>Sesuai Ekspektasi</source>
        <translation>Meets Expectations</translation>
    </message>
    <message>
        <source>Di Bawah Ekspektasi</source>
        <translation>Below Expectations</translation>
    </message>
    <message>
        <source>Berorientasi Pelayanan</source>
        <translation>Service-Oriented</translation>
    </message>
    <message>
        <source>Akuntabel</source>
        <translation>Accountable</translation>
    </message>
    <message>
        <source>Kompeten</source>
        <translation>Competent</translation>
    </message>
    <message>
        <source>Harmonis</source>
        <translation>Harmonious</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Adaptif</source>
        <translation>Adaptive</translation>
    </message>
    <message>
        <source>Kolaboratif</source>
        <translation>Collaborative</translation>
    </message>
    <message>
        <source>Rata-rata para penilai</source>
        <translation>Average of the evaluators</translation>
    </message>
    <message>
        <source>Keputusan ketua (Pejabat Penilai)</source>
        <translation>The chair decides (Appraising Official)</translation>
    </message>
    <message>
        <source>Capaian tertimbang 100 hari (bobot × capaian)</source>
        <translation>100-day weighted achievement (weight × achievement)</translation>
    </message>
    <message>
        <source>Skema aplikasi untuk program 100 hari: capaian indikator menurut konvensi SAKIP dan PermenPANRB No. 8 Tahun 2021; predikat menurut rentang PP No. 30 Tahun 2019 Pasal 41.</source>
        <translation>The application&apos;s scheme for 100-day programs: indicator achievement by the SAKIP convention and PermenPANRB No. 8 of 2021; predicates by the ranges of PP No. 30 of 2019, Article 41.</translation>
    </message>
    <message>
        <source>Pilihan aplikasi (program 100 hari tidak diatur tersendiri).</source>
        <translation>The application&apos;s choice (no regulation governs 100-day programs).</translation>
    </message>
    <message>
        <source>PP 46/2011 jo. Perka BKN 1/2013 (60% SKP + 40% perilaku kerja)</source>
        <translation>PP 46/2011 with Perka BKN 1/2013 (60% SKP + 40% work behaviour)</translation>
    </message>
    <message>
        <source>PP No. 46 Tahun 2011 tentang Penilaian Prestasi Kerja PNS; Peraturan Kepala BKN No. 1 Tahun 2013.</source>
        <translation>PP No. 46 of 2011 on the Work Performance Appraisal of Civil Servants; Regulation of the Head of BKN No. 1 of 2013.</translation>
    </message>
    <message>
        <source>Dicabut oleh PP No. 30 Tahun 2019 (berlaku April 2019); hanya untuk penilaian sebelum itu.</source>
        <translation>Revoked by PP No. 30 of 2019 (in force April 2019); only for appraisals before then.</translation>
    </message>
    <message>
        <source>PP 30/2019 jo. PermenPANRB 8/2021 (nilai capaian 0–120)</source>
        <translation>PP 30/2019 with PermenPANRB 8/2021 (achievement values 0–120)</translation>
    </message>
    <message>
        <source>PP No. 30 Tahun 2019 tentang Penilaian Kinerja PNS (Pasal 41); PermenPANRB No. 8 Tahun 2021 tentang Sistem Manajemen Kinerja PNS.</source>
        <translation>PP No. 30 of 2019 on the Performance Appraisal of Civil Servants (Article 41); PermenPANRB No. 8 of 2021 on the Civil Servants Performance Management System.</translation>
    </message>
    <message>
        <source>PermenPANRB 8/2021 dicabut oleh PermenPANRB No. 6 Tahun 2022; untuk penilaian 2019–2022.</source>
        <translation>PermenPANRB 8/2021 revoked by PermenPANRB No. 6 of 2022; for appraisals of 2019–2022.</translation>
    </message>
    <message>
        <source>PermenPANRB No. 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai ASN; perilaku kerja menurut SE MenPANRB No. 20 Tahun 2021 (BerAKHLAK).</source>
        <translation>PermenPANRB No. 6 of 2022 on the Performance Management of ASN Employees; work behaviour by SE MenPANRB No. 20 of 2021 (BerAKHLAK).</translation>
    </message>
    <message>
        <source>Berlaku.</source>
        <translation>In force.</translation>
    </message>
    <message>
        <source>Makin tinggi makin baik</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Makin rendah makin baik</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Dalam rentang</source>
        <translation>Within a range</translation>
    </message>
    <message>
        <source>Komitmen memberikan pelayanan prima demi kepuasan masyarakat: 1) Memahami dan memenuhi kebutuhan masyarakat; 2) Ramah, cekatan, solutif, dan dapat diandalkan; 3) Melakukan perbaikan tiada henti.</source>
        <translation>Commitment to excellent service for the public&apos;s satisfaction: 1) Understanding and meeting the public&apos;s needs; 2) Friendly, quick, solution-minded and dependable; 3) Improving without end.</translation>
    </message>
    <message>
        <source>Bertanggung jawab atas kepercayaan yang diberikan: 1) Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi; 2) Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien; 3) Tidak menyalahgunakan kewenangan jabatan.</source>
        <translation>Responsible for the trust given: 1) Carrying out duties honestly, responsibly, carefully, with discipline and high integrity; 2) Using state wealth and property responsibly, effectively and efficiently; 3) Not abusing the authority of office.</translation>
    </message>
    <message>
        <source>Terus belajar dan mengembangkan kapabilitas: 1) Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah; 2) Membantu orang lain belajar; 3) Melaksanakan tugas dengan kualitas terbaik.</source>
        <translation>Always learning and developing capability: 1) Raising one&apos;s competence to meet ever-changing challenges; 2) Helping others learn; 3) Carrying out duties with the best quality.</translation>
    </message>
    <message>
        <source>Saling peduli dan menghargai perbedaan: 1) Menghargai setiap orang apapun latar belakangnya; 2) Suka menolong orang lain; 3) Membangun lingkungan kerja yang kondusif.</source>
        <translation>Caring for one another and respecting differences: 1) Respecting everyone whatever their background; 2) Glad to help others; 3) Building a conducive working environment.</translation>
    </message>
    <message>
        <source>Berdedikasi dan mengutamakan kepentingan Bangsa dan Negara: 1) Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah; 2) Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara; 3) Menjaga rahasia jabatan dan negara.</source>
        <translation>Dedicated to and putting first the interests of the Nation and the State: 1) Holding firm to the Pancasila ideology and the 1945 Constitution of the Republic of Indonesia, loyal to the Unitary State of the Republic of Indonesia and the lawful government; 2) Guarding the good name of fellow civil servants, superiors, the institution and the state; 3) Keeping the secrets of office and of the state.</translation>
    </message>
    <message>
        <source>Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan: 1) Cepat menyesuaikan diri menghadapi perubahan; 2) Terus berinovasi dan mengembangkan kreativitas; 3) Bertindak proaktif.</source>
        <translation>Always innovating and eager to drive or face change: 1) Adapting quickly to change; 2) Always innovating and developing creativity; 3) Acting proactively.</translation>
    </message>
    <message>
        <source>Membangun kerja sama yang sinergis: 1) Memberi kesempatan kepada berbagai pihak untuk berkontribusi; 2) Terbuka dalam bekerja sama untuk menghasilkan nilai tambah; 3) Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama.</source>
        <translation>Building synergistic cooperation: 1) Giving various parties the chance to contribute; 2) Open to working together to add value; 3) Mobilising the use of various resources for common goals.</translation>
    </message>
    <message>
        <source>Orientasi Pelayanan</source>
        <translation>Service Orientation</translation>
    </message>
    <message>
        <source>Integritas</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Komitmen</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Disiplin</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Kerja Sama</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Kepemimpinan</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>Inisiatif Kerja</source>
        <translation>Work Initiative</translation>
    </message>
    <message>
        <source>Istimewa</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>PermenPANRB 6/2022: capaian kinerja organisasi yang dipimpin ditetapkan sebagai rating hasil kerja pimpinannya.</source>
        <translation>PermenPANRB 6/2022: the performance of the organisation led is set as its head&apos;s work result rating.</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Bermanfaat bagi unit kerja (ditetapkan pejabat eselon II)</source>
        <translation>Of benefit to the work unit (certified by an echelon II official)</translation>
    </message>
    <message>
        <source>Bermanfaat bagi organisasi (ditetapkan PPK)</source>
        <translation>Of benefit to the organisation (certified by the PPK)</translation>
    </message>
    <message>
        <source>Bermanfaat bagi negara (ditetapkan Presiden)</source>
        <translation>Of benefit to the state (certified by the President)</translation>
    </message>
    <message>
        <source>Nilai harus mencapai batas bawah predikat (90,95 → Baik)</source>
        <translation>A score must reach the predicate&apos;s lower edge (90.95 → Good)</translation>
    </message>
    <message>
        <source>Nilai dibulatkan ke bilangan bulat dahulu (90,95 → 91 → Sangat Baik)</source>
        <translation>Scores are first rounded to a whole number (90.95 → 91 → Very Good)</translation>
    </message>
    <message>
        <source>Sangat Baik</source>
        <translation>Very Good</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Cukup</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Kurang</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Buruk</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>Butuh Perbaikan</source>
        <translation>Needs Improvement</translation>
    </message>
    <message>
        <source>Kurang/Misconduct</source>
        <translation>Poor/Misconduct</translation>
    </message>
    <message>
        <source>Sangat Kurang</source>
        <translation>Very Poor</translation>
    </message>
    <message>
        <source>Evaluasi terlambat</source>
        <translation>Evaluation overdue</translation>
    </message>
    <message>
        <source>Evaluasi jatuh tempo ≤ 14 hari</source>
        <translation>Evaluation due within 14 days</translation>
    </message>
    <message>
        <source>Tanpa laporan progres ≥ 14 hari</source>
        <translation>No progress report for 14 days or more</translation>
    </message>
    <message>
        <source>Bobot belum disepakati</source>
        <translation>Weights not agreed</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>ketik misalnya 14 Juni 2019 atau 14/06/2019</source>
        <translation>type for example 14/06/2019 (day/month/year) or 14 Juni 2019</translation>
    </message>
    <message>
        <source>Tanggal tidak dikenali; {help}.</source>
        <translation>Date not recognised; {help}.</translation>
    </message>
    <message>
        <source>Bulan ke-{month} tidak ada dalam &apos;{text}&apos;; {help}.</source>
        <translation>There is no month {month} in &apos;{text}&apos;; {help}.</translation>
    </message>
    <message>
        <source>Tahun {year} dalam &apos;{text}&apos; tidak masuk akal; {help}.</source>
        <translation>The year {year} in &apos;{text}&apos; is not plausible; {help}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; tidak ada di kalender: {month_name} {year} hanya sampai tanggal {last}.</source>
        <translation>&apos;{text}&apos; is not in the calendar: {month_name} {year} has only {last} days.</translation>
    </message>
    <message>
        <source>Bulan &apos;{name}&apos; tidak dikenali; {help}.</source>
        <translation>Month &apos;{name}&apos; not recognised; {help}.</translation>
    </message>
    <message>
        <source>Data contoh: NIP dan golongan adalah rekaan, bukan data kepegawaian asli; angka target, realisasi dan misi pembangunan hanya contoh.</source>
        <translation>Demo data: NIPs and grades are made up, not real personnel records; target and realisation figures and development missions are only examples.</translation>
    </message>
    <message>
        <source>Belum dimulai (mulai {0} hari lagi)</source>
        <translation>Not started (starts in {0} days)</translation>
    </message>
    <message>
        <source>Selesai ({0} hari)</source>
        <translation>Finished ({0} days)</translation>
    </message>
    <message>
        <source>Hari ke-{0} dari {1}, hari terakhir</source>
        <translation>Day {0} of {1}, the last day</translation>
    </message>
    <message>
        <source>Hari ke-{0} dari {1}, sisa {2} hari</source>
        <translation>Day {0} of {1}, {2} days left</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Data belum benar</source>
        <translation>Data not valid yet</translation>
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.
Rincian dicatat di {log} dengan rujukan {ref}.</source>
        <translation>An unexpected error occurred. Data already saved is safe.
Details were written to {log} under the reference {ref}.</translation>
    </message>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>EvaluationActions</name>
    <message>
        <source>&amp;Mulai atau lanjutkan evaluasi…</source>
        <translation>&amp;Start or resume an evaluation…</translation>
    </message>
    <message>
        <source>Pengaturan &amp;penilaian…</source>
        <translation>Scoring &amp;settings…</translation>
    </message>
</context>
<context>
    <name>EvaluationFinalise</name>
    <message>
        <source>Evaluasi ini bertanggal {0}, baru hari ke-{1} dari 100 hari program (hari ke-1 adalah tanggal pelantikan, {2}).

Evaluasi program 100 hari menilai seluruh masa program, jadi semestinya dilakukan pada hari ke-100 ({3}) atau sesudahnya; hari libur dan akhir pekan tetap dihitung.

Tetap finalkan sekarang, {4} hari sebelum masa program berakhir?</source>
        <translation>This evaluation is dated {0}, only day {1} of the program&apos;s 100 days (day 1 is the inauguration date, {2}).

A 100-day evaluation judges the whole program, so it is due on day 100 ({3}) or later; holidays and weekends count.

Finalise it now anyway, {4} days before the program ends?</translation>
    </message>
    <message>
        <source>Evaluasi sebelum hari ke-100</source>
        <translation>Evaluation before day 100</translation>
    </message>
    <message>
        <source>Evaluasi final</source>
        <translation>Final evaluation</translation>
    </message>
    <message>
        <source>Evaluasi telah difinalkan. Cetak lembar evaluasi sekarang?</source>
        <translation>The evaluation has been finalised. Print the evaluation sheet now?</translation>
    </message>
    <message>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Simpan PDF</source>
        <translation>&amp;Save PDF</translation>
    </message>
    <message>
        <source>&amp;Nanti</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Evaluasi final — {0}</source>
        <translation>Final evaluation — {0}</translation>
    </message>
    <message>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Simpan PDF</source>
        <translation>&amp;Save PDF</translation>
    </message>
    <message>
        <source>&amp;Revisi…</source>
        <translation>&amp;Revise…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>EvaluationWizard</name>
    <message>
        <source>Evaluasi ini sudah final dan tidak dapat diubah. Untuk memperbaikinya, buat revisi dengan alasan tertulis.</source>
        <translation>This evaluation is final and cannot be changed. To correct it, create a revision with a written reason.</translation>
    </message>
    <message>
        <source>Evaluasi Kinerja — {0} — {1}</source>
        <translation>Performance evaluation — {0} — {1}</translation>
    </message>
    <message>
        <source>Revisi dari evaluasi final tanggal {0} ({1}).</source>
        <translation>Revision of the final evaluation of {0} ({1}).</translation>
    </message>
    <message>
        <source>Alasan revisi: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Reason for the revision: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Melanjutkan draft yang tersimpan (terakhir disimpan {0}).</source>
        <translation>Continuing a saved draft (last saved {0}).</translation>
    </message>
    <message>
        <source>Draft baru: realisasi diisi dari laporan progres terakhir; setiap &quot;Berikutnya&quot; menyimpan draft.</source>
        <translation>New draft: realisations are filled in from the latest progress reports; every &quot;Next&quot; saves the draft.</translation>
    </message>
    <message>
        <source>Penandatangan #{0} (tidak aktif)</source>
        <translation>Signatory #{0} (inactive)</translation>
    </message>
    <message>
        <source>Evaluasi diubah penilai lain</source>
        <translation>Evaluation changed by another evaluator</translation>
    </message>
    <message>
        <source>Finalkan evaluasi</source>
        <translation>Finalise evaluation</translation>
    </message>
    <message>
        <source>Finalkan evaluasi {0}? Setelah final, evaluasi tidak dapat diubah; koreksi hanya melalui revisi dengan alasan tertulis.</source>
        <translation>Finalise the evaluation of {0}? Once final, the evaluation cannot be changed; corrections only by a revision with a written reason.</translation>
    </message>
    <message>
        <source>Simpan draft evaluasi?

Ya: draft tetap tersimpan dan dapat dilanjutkan nanti.
Tidak: draft ini DIHAPUS seluruhnya, termasuk isian yang disimpan sebelumnya{0}.
Batal: kembali ke wizard.</source>
        <translation>Keep the draft evaluation?

Yes: the draft stays saved and can be continued later.
No: this draft is DELETED entirely, including what was saved earlier{0}.
Cancel: back to the wizard.</translation>
    </message>
    <message>
        <source> dan alasan revisinya</source>
        <translation> and its reason for revision</translation>
    </message>
    <message>
        <source>Simpan draft evaluasi?

Ya: draft tersimpan dan dapat dilanjutkan nanti.
Tidak: draft yang baru dibuat ini dibuang.
Batal: kembali ke wizard.</source>
        <translation>Keep the draft evaluation?

Yes: the draft is saved and can be continued later.
No: this newly created draft is discarded.
Cancel: back to the wizard.</translation>
    </message>
    <message>
        <source>Tutup evaluasi</source>
        <translation>Close evaluation</translation>
    </message>
    <message>
        <source>Buat revisi</source>
        <translation>Create revision</translation>
    </message>
    <message>
        <source>Alasan revisi (wajib, disimpan dalam riwayat evaluasi):</source>
        <translation>Reason for the revision (required, kept in the evaluation history):</translation>
    </message>
    <message>
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Belum ada program yang disepakati. Sepakati target dan bobot sebuah program dahulu, baru program itu dapat dievaluasi.</source>
        <translation>No program has been agreed yet. Agree a program&apos;s targets and weights first; then it can be evaluated.</translation>
    </message>
    <message>
        <source>Evaluasi sudah final</source>
        <translation>Evaluation is final</translation>
    </message>
    <message>
        <source>Evaluasi {0} tanggal {1} sudah final ({2}) dan tidak dapat diubah.

Buat revisi dengan alasan tertulis?</source>
        <translation>The evaluation of {0} of {1} is final ({2}) and cannot be changed.

Create a revision with a written reason?</translation>
    </message>
</context>
<context>
    <name>EvaluatorsPage</name>
    <message>
        <source>Penilai dan rekomendasi</source>
        <translation>Evaluators and recommendation</translation>
    </message>
    <message>
        <source>Centang yang ikut menilai dan tentukan ketuanya (Pejabat Penilai). Isi nilai sendiri seorang penilai hanya bila berbeda dari hasil hitungan.</source>
        <translation>Tick who evaluates and choose the chair (Pejabat Penilai). Enter an evaluator&apos;s own score only where it differs from the computed one.</translation>
    </message>
    <message>
        <source>Penilai</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Rating hasil sendiri</source>
        <translation>Own results rating</translation>
    </message>
    <message>
        <source>Rating perilaku sendiri</source>
        <translation>Own behaviour rating</translation>
    </message>
    <message>
        <source>Nilai sendiri</source>
        <translation>Own score</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Belum ada penandatangan (Bupati, Wakil Bupati, Sekda) di pengaturan.</source>
        <translation>No signatories (Bupati, Wakil Bupati, Sekda) in the settings yet.</translation>
    </message>
    <message>
        <source>Rating tidak dapat dirata-rata: ketua yang memutuskan.</source>
        <translation>Ratings cannot be averaged: the chair decides.</translation>
    </message>
    <message>
        <source>(belum dipilih)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>&amp;Penggabungan hasil:</source>
        <translation>&amp;Consolidation:</translation>
    </message>
    <message>
        <source>Hasil gabungan:</source>
        <translation>Consolidated result:</translation>
    </message>
    <message>
        <source>&amp;Rekomendasi:</source>
        <translation>&amp;Recommendation:</translation>
    </message>
    <message>
        <source>C&amp;atatan:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>{0} sebagai ketua</source>
        <translation>{0} as chair</translation>
    </message>
    <message>
        <source>(sama)</source>
        <translation>(same)</translation>
    </message>
    <message>
        <source>Nilai sendiri {0}</source>
        <translation>Own score of {0}</translation>
    </message>
    <message>
        <source>Catatan {0}</source>
        <translation>Note of {0}</translation>
    </message>
    <message>
        <source>Nilai belum dapat dihitung: {0}</source>
        <translation>The score cannot be computed yet: {0}</translation>
    </message>
    <message>
        <source>Sebelum difinalkan: {0}</source>
        <translation>Before finalising: {0}</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Buka berkas</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Tidak ada program untuk membuka berkas ini. Salinannya ada di:
{0}</source>
        <translation>No program is set to open this file. A copy is in:
{0}</translation>
    </message>
</context>
<context>
    <name>ExitBackup</name>
    <message>
        <source>Membatalkan cadangan…</source>
        <translation>Cancelling the backup…</translation>
    </message>
    <message>
        <source>Membuat cadangan harian sebelum keluar…</source>
        <translation>Making the daily backup before exiting…</translation>
    </message>
    <message>
        <source>Menyimpan salinan lokal data server sebelum keluar…</source>
        <translation>Saving a local copy of the server&apos;s data before quitting…</translation>
    </message>
    <message>
        <source>Membatalkan salinan…</source>
        <translation>Cancelling the copy…</translation>
    </message>
    <message>
        <source>Keluar tanpa salinan</source>
        <translation>Quit without the copy</translation>
    </message>
    <message>
        <source>Keluar tanpa cadangan</source>
        <translation>Exit without a backup</translation>
    </message>
    <message>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Salinan lokal sebelum keluar: {0} {1}%</source>
        <translation>Local copy before quitting: {0} {1}%</translation>
    </message>
    <message>
        <source>Cadangan harian sebelum keluar: {0} {1}%</source>
        <translation>Daily backup before exiting: {0} {1}%</translation>
    </message>
</context>
<context>
    <name>FileModel</name>
    <message>
        <source>Berkas bukti</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Cari nama, NIP, jabatan atau unit kerja… (Ctrl+F)</source>
        <translation>Search name, NIP, post or unit… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari pejabat</source>
        <translation>Search officials</translation>
    </message>
    <message>
        <source>Saring menurut unit kerja</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <source>Saring menurut eselon</source>
        <translation>Filter by echelon</translation>
    </message>
    <message>
        <source>Semua eselon</source>
        <translation>All echelons</translation>
    </message>
    <message>
        <source>Eselon {0}</source>
        <translation>Echelon {0}</translation>
    </message>
    <message>
        <source>Saring menurut jenis pengisian</source>
        <translation>Filter by how the post was filled</translation>
    </message>
    <message>
        <source>Semua jenis pengisian</source>
        <translation>Any way of filling</translation>
    </message>
    <message>
        <source>Saring menurut status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Aktif dan diarsipkan</source>
        <translation>Active and archived</translation>
    </message>
    <message>
        <source>Semua unit kerja</source>
        <translation>All units</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Simpan atau finalkan</source>
        <translation>Save or finalise</translation>
    </message>
    <message>
        <source>Simpan sebagai draft untuk dilanjutkan nanti, atau finalkan bila penilaian sudah lengkap.</source>
        <translation>Save as a draft to continue later, or finalise when the assessment is complete.</translation>
    </message>
    <message>
        <source>Simpan sebagai &amp;draft (dapat dilanjutkan dan diubah nanti)</source>
        <translation>Save as &amp;draft (can be continued and changed later)</translation>
    </message>
    <message>
        <source>Finalkan e&amp;valuasi</source>
        <translation>Finalise e&amp;valuation</translation>
    </message>
    <message>
        <source>Evaluasi final disegel (nama dan jabatan para penilai dicatat seperti hari ini, isinya diberi kode pemeriksa) dan &lt;b&gt;tidak dapat diubah lagi&lt;/b&gt;; koreksi hanya dengan revisi beralasan. Program 100 hari menjadi Dievaluasi.</source>
        <translation>A final evaluation is sealed (the evaluators&apos; names and posts are recorded as of today, its content gets a check code) and &lt;b&gt;cannot be changed any more&lt;/b&gt;; corrections only by a revision with a reason. The 100-day program becomes Evaluated.</translation>
    </message>
    <message>
        <source>Nilai belum dapat dihitung: {0}</source>
        <translation>The score cannot be computed yet: {0}</translation>
    </message>
    <message>
        <source>Hasil: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Result: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hasil: &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>Result: &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <source>&amp;Finalkan</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <source>&amp;Simpan draft</source>
        <translation>&amp;Save draft</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Penyiapan awal Kinerja Desktop</source>
        <translation>Kinerja Desktop first-run setup</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Nama pemerintah daerah dan tempat dicetak pada kop dan baris tanggal dokumen.</source>
        <translation>The regional government&apos;s name and the place are printed in the letterhead and the documents&apos; date lines.</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterheads</translation>
    </message>
    <message>
        <source>Naskah yang ditandatangani Bupati memakai kop Bupati (lambang negara); naskah perangkat daerah memakai kop dengan lambang daerah dan alamat. Yang belum diketahui boleh dikosongkan.</source>
        <translation>Documents the Regent signs carry the Regent&apos;s letterhead (national emblem); an agency&apos;s documents carry the letterhead with the regional emblem and the address. What is not known yet may be left empty.</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Pejabat yang menandatangani dan melantik. Bupati dan Wakil Bupati adalah pejabat terpilih (tanpa NIP). Yang belum diketahui boleh dikosongkan.</source>
        <translation>The officials who sign and inaugurate. The Bupati and Wakil Bupati are elected officials (no NIP). Those not yet known may be left empty.</translation>
    </message>
    <message>
        <source>PC ini</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>Nama petugas yang bekerja di PC ini dan bahasa tampilan.</source>
        <translation>The name of the staff member working at this PC and the interface language.</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Pengaturan disimpan saat menekan Selesai; semuanya dapat diubah lagi di Berkas ▸ Pengaturan…</source>
        <translation>The settings are saved when you press Finish; all of them can be changed later in File ▸ Settings…</translation>
    </message>
    <message>
        <source>Muat &amp;data contoh (pelantikan 14 Juni 2019 di Kabupaten Serang) untuk mencoba aplikasi</source>
        <translation>Load the &amp;demo data (the inauguration of 14 June 2019 in Serang Regency) to try the app</translation>
    </message>
    <message>
        <source>Data contoh memakai NIP rekaan. Data itu dapat dihapus kemudian lewat Berkas ▸ Hapus data contoh…; data yang Anda masukkan sendiri tetap ada.</source>
        <translation>The demo data uses made-up NIPs. It can be removed later with File ▸ Remove demo data…; the data you enter yourself stays.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Program/kegiatan</source>
        <translation>Program/activity</translation>
    </message>
    <message>
        <source>Volume/anggaran</source>
        <translation>Volume/budget</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Nama barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Nama dokumen/arsip</source>
        <translation>Document/record</translation>
    </message>
    <message>
        <source>&amp;Kegiatan</source>
        <translation>A&amp;ctivities</translation>
    </message>
    <message>
        <source>Pe&amp;gawai</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>&amp;Aset</source>
        <translation>&amp;Assets</translation>
    </message>
    <message>
        <source>&amp;Dokumen</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>NIP (bila ada)</source>
        <translation>NIP (if any)</translation>
    </message>
    <message>
        <source>Ubah serah terima jabatan</source>
        <translation>Edit handover</translation>
    </message>
    <message>
        <source>Serah terima jabatan baru</source>
        <translation>New handover</translation>
    </message>
    <message>
        <source>&amp;Berita acara</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>&amp;Memori</source>
        <translation>M&amp;emorandum</translation>
    </message>
    <message>
        <source>Program dan kegiatan yang sedang berjalan: anggaran atau volume, keadaannya, catatan.</source>
        <translation>Programs and activities under way: budget or volume, their state, notes.</translation>
    </message>
    <message>
        <source>Pegawai yang diserahkan: mis. PNS per golongan, tenaga non-PNS; jumlah dan keterangan.</source>
        <translation>Staff handed over: e.g. civil servants by rank, non-civil-servant staff; numbers and notes.</translation>
    </message>
    <message>
        <source>Aset/barang milik daerah: jumlah dan kondisi (baik, rusak ringan, rusak berat).</source>
        <translation>Regional assets: quantity and condition (good, slightly damaged, badly damaged).</translation>
    </message>
    <message>
        <source>Dokumen/arsip: DPA, Renstra, laporan, arsip penting.</source>
        <translation>Documents/records: budget documents (DPA), strategic plan, reports, important records.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan serah terima (Ctrl+Enter)</source>
        <translation>Save the handover (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>mis. Pendopo Bupati Serang</source>
        <translation>e.g. Pendopo Bupati Serang</translation>
    </message>
    <message>
        <source>nomor berita acara kantor pada kop, mis. 800/014-Setda/2019</source>
        <translation>minutes number of the office on the letterhead, e.g. 800/014-Setda/2019</translation>
    </message>
    <message>
        <source>SK pengangkatan, mis. 821.2/Kep.123-Huk/2019</source>
        <translation>appointment decree, e.g. 821.2/Kep.123-Huk/2019</translation>
    </message>
    <message>
        <source>diketahui</source>
        <translation>known</translation>
    </message>
    <message>
        <source>pejabat yang menetapkan SK, mis. Bupati Serang</source>
        <translation>the official who issued the decree, e.g. Bupati Serang</translation>
    </message>
    <message>
        <source>isi &quot;tentang&quot; pada SK, mis. Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama</source>
        <translation>the decree&apos;s subject (&quot;tentang&quot;), e.g. Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama</translation>
    </message>
    <message>
        <source>mis. Kepala Dinas Kependudukan dan Catatan Sipil</source>
        <translation>e.g. Kepala Dinas Kependudukan dan Catatan Sipil</translation>
    </message>
    <message>
        <source>pilih atau ketik unit kerja</source>
        <translation>choose or type the unit</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Nomor:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>T&amp;empat:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <source>Nomor &amp;SK:</source>
        <translation>&amp;Decree number:</translation>
    </message>
    <message>
        <source>Tanggal SK:</source>
        <translation>Decree date:</translation>
    </message>
    <message>
        <source>Penerb&amp;it SK:</source>
        <translation>Decree &amp;issuer:</translation>
    </message>
    <message>
        <source>Peri&amp;hal SK (tentang):</source>
        <translation>Decree subject (&amp;tentang):</translation>
    </message>
    <message>
        <source>&amp;Jabatan diserahterimakan:</source>
        <translation>&amp;Post handed over:</translation>
    </message>
    <message>
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Yang menyerahkan (pihak pertama)</source>
        <translation>Handing over (first party)</translation>
    </message>
    <message>
        <source>Yang menerima (pihak kedua)</source>
        <translation>Receiving (second party)</translation>
    </message>
    <message>
        <source>Isi dari &amp;pelantikan</source>
        <translation>Fill from the &amp;inauguration</translation>
    </message>
    <message>
        <source>Isi tanggal, jabatan, SK dan pejabat yang menyerahkan (Plt/Plh/Pj yang diakhiri pelantikan) dari jabatan baru pejabat yang menerima</source>
        <translation>Fill in the date, post, decree and the official handing over (the acting holder the inauguration ended) from the receiving official&apos;s new post</translation>
    </message>
    <message>
        <source>Saksi atau pejabat yang mengetahui, mis. Bupati atau Sekretaris Daerah.</source>
        <translation>Witnesses or the acknowledging official, e.g. the Regent or the Regional Secretary.</translation>
    </message>
    <message>
        <source>Saksi</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>&amp;Program dan kegiatan:</source>
        <translation>&amp;Programs and activities:</translation>
    </message>
    <message>
        <source>program dan kegiatan yang sedang berjalan, capaiannya</source>
        <translation>programs and activities under way, their achievements</translation>
    </message>
    <message>
        <source>Pe&amp;rmasalahan:</source>
        <translation>P&amp;roblems:</translation>
    </message>
    <message>
        <source>permasalahan yang dihadapi</source>
        <translation>problems faced</translation>
    </message>
    <message>
        <source>&amp;Saran dan rekomendasi:</source>
        <translation>&amp;Suggestions and recommendations:</translation>
    </message>
    <message>
        <source>saran dan rekomendasi untuk pejabat yang menerima</source>
        <translation>suggestions and recommendations for the receiving official</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>tidak wajib</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>jabatan yang diserahterimakan</source>
        <translation>post handed over</translation>
    </message>
    <message>
        <source>unit kerja</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>pejabat yang menyerahkan</source>
        <translation>official handing over</translation>
    </message>
    <message>
        <source>pejabat yang menerima</source>
        <translation>receiving official</translation>
    </message>
    <message>
        <source>jabatan salah satu pihak</source>
        <translation>one party&apos;s post</translation>
    </message>
    <message>
        <source>tanggal</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Belum diisi: {0}.</source>
        <translation>Not filled in yet: {0}.</translation>
    </message>
    <message>
        <source>Serah terima diubah orang lain</source>
        <translation>Handover changed by someone else</translation>
    </message>
    <message>
        <source>Batalkan serah terima</source>
        <translation>Cancel handover</translation>
    </message>
    <message>
        <source>Buang perubahan pada serah terima jabatan ini?</source>
        <translation>Discard the changes to this handover?</translation>
    </message>
</context>
<context>
    <name>HandoverListDialog</name>
    <message>
        <source>Serah terima jabatan</source>
        <translation>Handovers</translation>
    </message>
    <message>
        <source>Daftar serah terima jabatan</source>
        <translation>List of handovers</translation>
    </message>
    <message>
        <source>Belum ada serah terima jabatan. Tekan &quot;Baru…&quot; untuk mencatat berita acara serah terima.</source>
        <translation>No handovers yet. Press &quot;New…&quot; to record handover minutes.</translation>
    </message>
    <message>
        <source>&amp;Baru…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Hapus…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Cetak berita acara…</source>
        <translation>&amp;Print minutes…</translation>
    </message>
    <message>
        <source>Cetak berita acara serah terima jabatan</source>
        <translation>Print the handover minutes</translation>
    </message>
    <message>
        <source>Cetak &amp;memori…</source>
        <translation>Print &amp;memorandum…</translation>
    </message>
    <message>
        <source>Cetak memori serah terima jabatan, yang ditandatangani pejabat yang menyerahkan</source>
        <translation>Print the handover memorandum, signed by the outgoing official</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Hapus serah terima</source>
        <translation>Delete handover</translation>
    </message>
    <message>
        <source>Hapus serah terima {0} dari {1} kepada {2} tanggal {3}? Tindakan ini tidak dapat dibatalkan.</source>
        <translation>Delete the handover of {0} from {1} to {2} dated {3}? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>HandoverListModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Yang menyerahkan</source>
        <translation>Handing over</translation>
    </message>
    <message>
        <source>Yang menerima</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{0} baris</source>
        <translation>{0} rows</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Panduan Pengguna</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <source>Cari dalam panduan…</source>
        <translation>Search the guide…</translation>
    </message>
    <message>
        <source>&amp;Daftar isi</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Hapus gambar</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Pakai lambang contoh</source>
        <translation>Use the sample emblem</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>(tanpa
gambar)</source>
        <translation>(no
image)</translation>
    </message>
    <message>
        <source>(tidak
terbaca)</source>
        <translation>(unreadable)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Impor daftar pejabat</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>Pilih &amp;berkas…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>Masalah pada berkas</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <source>Baris yang akan diimpor</source>
        <translation>Rows to import</translation>
    </message>
    <message>
        <source>&amp;Periksa lagi</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>Ba&amp;tal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Hentikan impor; tidak ada data yang diubah</source>
        <translation>Stop the import; no data is changed</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>T&amp;utup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Pilih berkas .xlsx atau .csv berisi daftar pejabat; isinya diperiksa dulu sebelum ada yang ditulis.</source>
        <translation>Choose an .xlsx or .csv file with the roster; it is checked before anything is written.</translation>
    </message>
    <message>
        <source>Pilih daftar pejabat</source>
        <translation>Choose a roster file</translation>
    </message>
    <message>
        <source>Daftar pejabat (*.xlsx *.csv)</source>
        <translation>Roster (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Berkas: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Memeriksa {0}… Belum ada data yang ditulis.</source>
        <translation>Checking {0}… Nothing has been written yet.</translation>
    </message>
    <message>
        <source>{0} Perbaiki berkas lalu periksa lagi, atau pilih berkas lain.</source>
        <translation>{0} Correct the file and check again, or choose another file.</translation>
    </message>
    <message>
        <source>Berkas belum dapat diperiksa.</source>
        <translation>The file could not be checked.</translation>
    </message>
    <message>
        <source>Masalah ({0})</source>
        <translation>Problems ({0})</translation>
    </message>
    <message>
        <source>Baris yang akan diimpor ({0})</source>
        <translation>Rows to import ({0})</translation>
    </message>
    <message>
        <source>Baris data: {0}</source>
        <translation>Data rows: {0}</translation>
    </message>
    <message>
        <source>Baru: {0}</source>
        <translation>New: {0}</translation>
    </message>
    <message>
        <source>Diubah: {0}</source>
        <translation>Changed: {0}</translation>
    </message>
    <message>
        <source>Tetap: {0}</source>
        <translation>Unchanged: {0}</translation>
    </message>
    <message>
        <source>Unit kerja baru: {0}</source>
        <translation>New units: {0}</translation>
    </message>
    <message>
        <source>, dan {0} lainnya</source>
        <translation>, and {0} more</translation>
    </message>
    <message>
        <source>Unit kerja yang akan dibuat: {0}</source>
        <translation>Units to be created: {0}</translation>
    </message>
    <message>
        <source>Impor tidak dapat dilakukan: {0} kesalahan. Perbaiki berkas lalu periksa lagi.</source>
        <translation>Cannot import: {0} errors. Correct the file, then check again.</translation>
    </message>
    <message>
        <source>Berkas tidak berisi baris data; tidak ada yang diimpor.</source>
        <translation>The file has no data rows; nothing to import.</translation>
    </message>
    <message>
        <source>Semua baris sama dengan data yang sudah ada; tidak ada yang perlu diimpor.</source>
        <translation>Every row matches the data already there; nothing to import.</translation>
    </message>
    <message>
        <source>Berkas dapat diimpor, dengan {0} peringatan; periksa dulu sebelum menekan Impor. Belum ada data yang ditulis.</source>
        <translation>The file can be imported, with {0} warnings; review them before pressing Import. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>Berkas siap diimpor. Belum ada data yang ditulis; tekan Impor untuk menyimpan.</source>
        <translation>The file is ready to import. Nothing has been written yet; press Import to save.</translation>
    </message>
    <message>
        <source>%v dari %m baris</source>
        <translation>%v of %m rows</translation>
    </message>
    <message>
        <source>Mengimpor {0} baris…</source>
        <translation>Importing {0} rows…</translation>
    </message>
    <message>
        <source>Impor selesai: {0} pejabat baru, {1} diubah, {2} tetap.</source>
        <translation>Import finished: {0} new officials, {1} changed, {2} unchanged.</translation>
    </message>
    <message>
        <source>Unit kerja baru: {0}.</source>
        <translation>New units: {0}.</translation>
    </message>
    <message>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada data yang diubah.</source>
        <translation>Import cancelled; no data was changed.</translation>
    </message>
    <message>
        <source>Impor gagal; tidak ada data yang diubah.</source>
        <translation>Import failed; no data was changed.</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Impor sedang berjalan</source>
        <translation>Import in progress</translation>
    </message>
    <message>
        <source>Impor sedang berjalan. Batalkan impor dan tutup? Tidak ada data yang akan diubah.</source>
        <translation>An import is in progress. Cancel it and close? No data will be changed.</translation>
    </message>
</context>
<context>
    <name>InaugurationDialog</name>
    <message>
        <source>Catat pelantikan</source>
        <translation>Record inauguration</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan pelantikan (Ctrl+Enter)</source>
        <translation>Save the inauguration (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>mis. Pendopo Bupati Serang</source>
        <translation>e.g. Pendopo Bupati Serang</translation>
    </message>
    <message>
        <source>ketik nama dan jabatan, mis. Ratu Tatu Chasanah, Bupati Serang</source>
        <translation>type name and title, e.g. Ratu Tatu Chasanah, Bupati Serang</translation>
    </message>
    <message>
        <source>Pilih dari daftar penandatangan, atau ketik nama dan jabatan lain</source>
        <translation>Choose from the signatories, or type another name and title</translation>
    </message>
    <message>
        <source>tidak wajib</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>T&amp;empat:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <source>Dilantik &amp;oleh:</source>
        <translation>Inaugurated &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Tam&amp;bah baris</source>
        <translation>Add ro&amp;w</translation>
    </message>
    <message>
        <source>Tambah pejabat yang dilantik (Insert atau Ctrl+Shift+N)</source>
        <translation>Add an inaugurated official (Insert or Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Hapus baris</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>Hapus baris yang sedang dipilih (Ctrl+Shift+Delete)</source>
        <translation>Remove the selected row (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Belum ada pejabat. Tekan Insert atau &quot;Tambah baris&quot; untuk menambahkan pejabat yang dilantik.</source>
        <translation>No officials yet. Press Insert or &quot;Add row&quot; to add an inaugurated official.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pejabat yang dilantik&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Officials inaugurated&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>Hari ke-100: {0}</source>
        <translation>Day 100: {0}</translation>
    </message>
    <message>
        <source>Tanggal tidak terbaca; hari ke-100 belum dapat dihitung.</source>
        <translation>The date cannot be read; day 100 cannot be worked out yet.</translation>
    </message>
    <message>
        <source>Tidak ada pejabat yang cocok dengan &quot;{0}&quot;.</source>
        <translation>No official matches &quot;{0}&quot;.</translation>
    </message>
    <message>
        <source>Pilih pejabat dari daftar saran (panah bawah, lalu Enter).</source>
        <translation>Choose the official from the suggestions (down arrow, then Enter).</translation>
    </message>
    <message>
        <source>Ketik sebagian nama atau NIP pejabat, lalu pilih dari daftar.</source>
        <translation>Type part of the official&apos;s name or NIP, then choose from the list.</translation>
    </message>
    <message>
        <source>Pejabat ini tidak ditemukan lagi di basis data.</source>
        <translation>This official is no longer in the database.</translation>
    </message>
    <message>
        <source>Gol. {0}</source>
        <translation>Grade {0}</translation>
    </message>
    <message>
        <source>Jabatan lama ditutup per {0}: {1}</source>
        <translation>Previous posts end on {0}: {1}</translation>
    </message>
    <message>
        <source>Kini: {0}</source>
        <translation>Now: {0}</translation>
    </message>
    <message>
        <source>tidak memegang jabatan</source>
        <translation>holds no post</translation>
    </message>
    <message>
        <source>→ Jabatan lama tetap berjalan (pengisian sementara).</source>
        <translation>→ Previous posts continue (acting appointment).</translation>
    </message>
    <message>
        <source>→ {0} ({1}) diakhiri per {2}</source>
        <translation>→ {0} ({1}) ends on {2}</translation>
    </message>
    <message>
        <source>→ Unit kerja baru ditambahkan: {0}</source>
        <translation>→ New unit added: {0}</translation>
    </message>
    <message>
        <source>Pejabat tidak ditemukan.</source>
        <translation>Official not found.</translation>
    </message>
    <message>
        <source>{0} sedang diarsipkan.</source>
        <translation>{0} is archived.</translation>
    </message>
    <message>
        <source>{0} sudah menjabat {1}; periksa kembali.</source>
        <translation>{0} already holds {1}; please check.</translation>
    </message>
    <message>
        <source>tempat pelantikan</source>
        <translation>place of inauguration</translation>
    </message>
    <message>
        <source>pejabat</source>
        <translation>official</translation>
    </message>
    <message>
        <source>jabatan baru</source>
        <translation>new post</translation>
    </message>
    <message>
        <source>unit kerja</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Tambahkan minimal satu pejabat yang dilantik.</source>
        <translation>Add at least one inaugurated official.</translation>
    </message>
    <message>
        <source>Belum diisi: {0}.</source>
        <translation>Not filled in yet: {0}.</translation>
    </message>
    <message>
        <source>baris {0}: {1}</source>
        <translation>row {0}: {1}</translation>
    </message>
    <message>
        <source>Baris {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <source>Pelantikan dicatat: {0} pejabat dilantik, {1} jabatan lama diakhiri.</source>
        <translation>Inauguration recorded: {0} officials inaugurated, {1} previous posts ended.</translation>
    </message>
    <message>
        <source>Batalkan pelantikan</source>
        <translation>Discard inauguration</translation>
    </message>
    <message>
        <source>Buang isian pelantikan ini?</source>
        <translation>Discard what was entered for this inauguration?</translation>
    </message>
</context>
<context>
    <name>InaugurationListDialog</name>
    <message>
        <source>Daftar pelantikan</source>
        <translation>Inaugurations</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Pelantik</source>
        <translation>Inaugurated by</translation>
    </message>
    <message>
        <source>Pejabat yang dilantik</source>
        <translation>Officials inaugurated</translation>
    </message>
    <message>
        <source>Koreksi pelantikan terpilih</source>
        <translation>Correct the selected inauguration</translation>
    </message>
    <message>
        <source>wajib untuk koreksi; dicatat di riwayat perubahan</source>
        <translation>required for a correction; recorded in the change history</translation>
    </message>
    <message>
        <source>Tangga&amp;l:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Tempat:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Pelantik:</source>
        <translation>&amp;Inaugurated by:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Simpan koreksi</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>&amp;Hapus pelantikan…</source>
        <translation>&amp;Delete inauguration…</translation>
    </message>
    <message>
        <source>Koreksi tanggal pelantikan</source>
        <translation>Correct the inauguration date</translation>
    </message>
    <message>
        <source>Pindahkan pelantikan dari {0} ke {1}? {2}</source>
        <translation>Move the inauguration from {0} to {1}? {2}</translation>
    </message>
    <message>
        <source>Hapus pelantikan</source>
        <translation>Delete inauguration</translation>
    </message>
    <message>
        <source>Hapus pelantikan {0} di {1} ({2})? Jabatan yang diisinya ikut terhapus dan jabatan yang ditutupnya dibuka lagi.</source>
        <translation>Delete the inauguration of {0} at {1} ({2})? The posts it filled are deleted too and the posts it closed are open again.</translation>
    </message>
</context>
<context>
    <name>InaugurationRow</name>
    <message>
        <source>ketik nama atau NIP, lalu pilih</source>
        <translation>type a name or NIP, then choose</translation>
    </message>
    <message>
        <source>mis. Kepala Dinas Kependudukan dan Catatan Sipil</source>
        <translation>e.g. Kepala Dinas Kependudukan dan Catatan Sipil</translation>
    </message>
    <message>
        <source>pilih atau ketik unit kerja baru</source>
        <translation>choose, or type a new unit</translation>
    </message>
    <message>
        <source>mis. 821.2/Kep.123-BKPSDM/2019</source>
        <translation>e.g. 821.2/Kep.123-BKPSDM/2019</translation>
    </message>
    <message>
        <source>diketahui</source>
        <translation>known</translation>
    </message>
    <message>
        <source>Pejabat:</source>
        <translation>Official:</translation>
    </message>
    <message>
        <source>Jabatan baru:</source>
        <translation>New post:</translation>
    </message>
    <message>
        <source>Unit kerja:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Pengisian:</source>
        <translation>Filled by:</translation>
    </message>
    <message>
        <source>Eselon:</source>
        <translation>Echelon:</translation>
    </message>
    <message>
        <source>Nomor SK:</source>
        <translation>Decree number:</translation>
    </message>
    <message>
        <source>Tanggal SK:</source>
        <translation>Decree date:</translation>
    </message>
    <message>
        <source>Baris {0}</source>
        <translation>Row {0}</translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>&amp;Pemerintah daerah / instansi:</source>
        <translation>&amp;Regional government / institution:</translation>
    </message>
    <message>
        <source>&amp;Tempat (baris tanggal):</source>
        <translation>&amp;Place (date line):</translation>
    </message>
    <message>
        <source>&amp;Ukuran kertas:</source>
        <translation>&amp;Paper size:</translation>
    </message>
    <message>
        <source>Tanda pisah &amp;rentang:</source>
        <translation>&amp;Range dash:</translation>
    </message>
    <message>
        <source>Isi nama pemerintah daerah dan tempat untuk baris tanggal, lalu lanjutkan.</source>
        <translation>Fill in the regional government&apos;s name and the place for date lines, then go on.</translation>
    </message>
</context>
<context>
    <name>LetterheadForm</name>
    <message>
        <source>Kop Bupati</source>
        <translation>Regent&apos;s letterhead</translation>
    </message>
    <message>
        <source>Gambar lambang negara</source>
        <translation>National emblem image</translation>
    </message>
    <message>
        <source>Lambang negara (Garuda Pancasila) tidak disertakan aplikasi: pilih berkas gambar resmi milik kantor.</source>
        <translation>The national emblem (Garuda Pancasila) does not come with the application: choose the office&apos;s official image file.</translation>
    </message>
    <message>
        <source>&amp;Sebutan jabatan:</source>
        <translation>Office t&amp;itle:</translation>
    </message>
    <message>
        <source>Lambang negara:</source>
        <translation>National emblem:</translation>
    </message>
    <message>
        <source>Untuk naskah yang ditandatangani Bupati.</source>
        <translation>For documents the Regent signs.</translation>
    </message>
    <message>
        <source>Pratinjau:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>Kop perangkat daerah</source>
        <translation>Agency letterhead</translation>
    </message>
    <message>
        <source>Gambar lambang daerah</source>
        <translation>Regional emblem image</translation>
    </message>
    <message>
        <source>Kode p&amp;os:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <source>&amp;Perangkat daerah:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Telepon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Laman:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Lambang daerah:</source>
        <translation>Regional emblem:</translation>
    </message>
    <message>
        <source>Untuk naskah yang ditandatangani perangkat daerah; baris pertamanya nama pemerintah daerah (Instansi).</source>
        <translation>For documents an agency signs; its first line is the regional government&apos;s name (Institution).</translation>
    </message>
</context>
<context>
    <name>LetterheadPreview</name>
    <message>
        <source>lambang negara belum dipilih</source>
        <translation>national emblem not chosen yet</translation>
    </message>
    <message>
        <source>gambar lambang negara tidak terbaca</source>
        <translation>national emblem image unreadable</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Basis data yang sedang dibuka</source>
        <translation>The database that is open</translation>
    </message>
    <message>
        <source>Daftar pejabat</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Belum ada pejabat&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No officials yet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Tambahkan pejabat satu per satu, impor daftar dari Excel atau CSV, atau muat data contoh pelantikan 14 Juni 2019 untuk mencoba aplikasi.</source>
        <translation>Add officials one by one, import a roster from Excel or CSV, or load the demo data of the 14 June 2019 inauguration to try the application.</translation>
    </message>
    <message>
        <source>Tambah pejabat (Ctrl+N)</source>
        <translation>Add official (Ctrl+N)</translation>
    </message>
    <message>
        <source>Impor dari Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <source>Muat data contoh</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>Hapus pencarian dan saringan</source>
        <translation>Clear search and filters</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Pejabat</source>
        <translation>&amp;Officials</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Pe&amp;lantikan</source>
        <translation>&amp;Inaugurations</translation>
    </message>
    <message>
        <source>&amp;Evaluasi</source>
        <translation>&amp;Evaluate</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Tidak ada pejabat yang cocok dengan &quot;{0}&quot;.</source>
        <translation>No official matches &quot;{0}&quot;.</translation>
    </message>
    <message>
        <source>Tidak ada pejabat yang cocok dengan saringan ini.</source>
        <translation>No official matches these filters.</translation>
    </message>
    <message>
        <source>Menampilkan {0} dari {1} pejabat</source>
        <translation>Showing {0} of {1} officials</translation>
    </message>
    <message>
        <source>{0} pejabat</source>
        <translation>{0} officials</translation>
    </message>
    <message>
        <source> · {0} diarsipkan</source>
        <translation> · {0} archived</translation>
    </message>
    <message>
        <source>Salinan bawa pulang: gabungkan kembali ke server kantor</source>
        <translation>Taken-home copy: merge it back into the office server</translation>
    </message>
    <message>
        <source>Data server {0}. Administrator server menggabungkan berkas ini kembali dengan Berkas → Gabungkan data PC lain.</source>
        <translation>Server data {0}. The server&apos;s administrator merges this file back with File → Merge another PC&apos;s data.</translation>
    </message>
    <message>
        <source>Hanya baca: akun penilai</source>
        <translation>Read only: an evaluator&apos;s account</translation>
    </message>
    <message>
        <source>Hanya baca: salinan lokal data server</source>
        <translation>Read only: local copy of the server&apos;s data</translation>
    </message>
    <message>
        <source>Hanya administrator server</source>
        <translation>Server administrators only</translation>
    </message>
    <message>
        <source>Data diperbarui: ada perubahan dari PC lain.</source>
        <translation>Data refreshed: another PC changed it.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Gabungkan data PC lain</source>
        <translation>Merge another PC&apos;s data</translation>
    </message>
    <message>
        <source>Data dari cadangan PC lain ditambahkan ke basis data ini (tidak menggantinya). Periksa dulu hasil uji coba; basis data ini dicadangkan otomatis sebelum digabung.</source>
        <translation>Data from another PC&apos;s backup is added to this database (it does not replace it). Check the trial run first; this database is backed up automatically before the merge.</translation>
    </message>
    <message>
        <source>berkas .kinerja dari PC lain, mis. di flashdisk</source>
        <translation>a .kinerja file from the other PC, e.g. on a USB stick</translation>
    </message>
    <message>
        <source>&amp;Berkas cadangan:</source>
        <translation>&amp;Backup file:</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Uji coba</source>
        <translation>&amp;Trial run</translation>
    </message>
    <message>
        <source>&amp;Gabungkan</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Konflik (berubah di kedua PC). Centang untuk memakai versi PC lain; tanpa centang versi PC ini dipertahankan:</source>
        <translation>Conflicts (changed on both PCs). Tick to use the other PC&apos;s version; unticked, this PC&apos;s version is kept:</translation>
    </message>
    <message>
        <source>Cadangan PC lain</source>
        <translation>Another PC&apos;s backup</translation>
    </message>
    <message>
        <source>Cadangan Kinerja (*.kinerja *.enc)</source>
        <translation>Kinerja backups (*.kinerja *.enc)</translation>
    </message>
    <message>
        <source>(Batal: basis data ini tetap seperti semula.)</source>
        <translation>(Cancel: this database stays as it was.)</translation>
    </message>
    <message>
        <source>Uji coba penggabungan (belum ada yang ditulis)…</source>
        <translation>Trial merge (nothing is written yet)…</translation>
    </message>
    <message>
        <source>Centang untuk memakai versi PC lain</source>
        <translation>Tick to use the other PC&apos;s version</translation>
    </message>
    <message>
        <source>Uji coba: {0} perubahan, {1} konflik. Belum ada yang ditulis.</source>
        <translation>Trial run: {0} changes, {1} conflicts. Nothing written yet.</translation>
    </message>
    <message>
        <source>{0} data baru, {1} diperbarui, {2} konflik memakai versi PC lain, {3} konflik tetap versi PC ini, {4} dihapus.</source>
        <translation>{0} new records, {1} updated, {2} conflicts using the other PC&apos;s version, {3} conflicts keeping this PC&apos;s version, {4} deleted.</translation>
    </message>
    <message>
        <source>Basis data ini dicadangkan otomatis lebih dulu. Gabungkan sekarang?</source>
        <translation>This database is backed up automatically first. Merge now?</translation>
    </message>
    <message>
        <source>Digabung: {0} perubahan. Cadangan sebelum-gabung: {1}</source>
        <translation>Merged: {0} changes. Pre-merge backup: {1}</translation>
    </message>
    <message>
        <source>Menggabungkan data PC lain…</source>
        <translation>Merging the other PC&apos;s data…</translation>
    </message>
</context>
<context>
    <name>OfficeKeysDialog</name>
    <message>
        <source>Kunci kantor</source>
        <translation>Office keys</translation>
    </message>
    <message>
        <source>Kode QR setiap dokumen yang dicetak ditandatangani dengan kunci kantor ini. Kantor lain yang mengimpor kunci publiknya dapat memeriksa cetakan Anda tanpa basis data Anda; impor kunci publik kantor lain untuk memeriksa cetakan mereka. Cocokkan sidik jarinya lewat telepon sebelum mengimpor.</source>
        <translation>The QR code of every printed document is signed with this office&apos;s key. Another office that imports its public key can check your printouts without your database; import other offices&apos; public keys to check theirs. Compare the fingerprint over the telephone before importing.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Asal</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Ekspor kunci publik kantor ini…</source>
        <translation>&amp;Export this office&apos;s public key…</translation>
    </message>
    <message>
        <source>&amp;Impor kunci kantor lain…</source>
        <translation>&amp;Import another office&apos;s key…</translation>
    </message>
    <message>
        <source>&amp;Hapus kunci</source>
        <translation>&amp;Remove key</translation>
    </message>
    <message>
        <source>Kantor ini</source>
        <translation>This office</translation>
    </message>
    <message>
        <source>Diimpor {0}</source>
        <translation>Imported {0}</translation>
    </message>
    <message>
        <source>(nama instansi belum diisi)</source>
        <translation>(institution&apos;s name not filled in)</translation>
    </message>
    <message>
        <source>Ekspor kunci publik kantor ini</source>
        <translation>Export this office&apos;s public key</translation>
    </message>
    <message>
        <source>Kunci kantor (*{0})</source>
        <translation>Office key (*{0})</translation>
    </message>
    <message>
        <source>Ekspor kunci publik</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <source>Kunci publik {0} ditulis ke {1}.

Sidik jari: {2}

Kirim berkasnya ke kantor lain, lalu bacakan sidik jari ini lewat telepon sebelum mereka mengimpornya.</source>
        <translation>The public key of {0} was written to {1}.

Fingerprint: {2}

Send the file to the other office, then read this fingerprint to them over the telephone before they import it.</translation>
    </message>
    <message>
        <source>Impor kunci kantor lain</source>
        <translation>Import another office&apos;s key</translation>
    </message>
    <message>
        <source>Kunci kantor (*{0});;Semua berkas (*)</source>
        <translation>Office key (*{0});;All files (*)</translation>
    </message>
    <message>
        <source>Percayai kunci {0}?

Sidik jari: {1}

Cocokkan sidik jari ini dengan yang dibacakan kantor tersebut lewat telepon; bila berbeda, jangan diimpor.</source>
        <translation>Trust the key of {0}?

Fingerprint: {1}

Compare this fingerprint with the one that office reads to you over the telephone; if they differ, do not import it.</translation>
    </message>
    <message>
        <source>Kunci {0} diimpor: kode QR cetakannya kini dapat diperiksa di sini.</source>
        <translation>The key of {0} was imported: its printouts&apos; QR codes can now be checked here.</translation>
    </message>
    <message>
        <source>Kunci {0} sudah dikenal; tidak ada yang diubah.</source>
        <translation>The key of {0} is already known; nothing was changed.</translation>
    </message>
    <message>
        <source>Hapus kunci</source>
        <translation>Remove key</translation>
    </message>
    <message>
        <source>Hapus kunci {0}? Kode QR cetakan kantor itu tidak lagi dapat diperiksa di sini sampai kuncinya diimpor lagi.</source>
        <translation>Remove the key of {0}? That office&apos;s printouts can no longer be checked here until its key is imported again.</translation>
    </message>
</context>
<context>
    <name>OfficialDetail</name>
    <message>
        <source>Pilih pejabat di daftar untuk melihat rincian dan riwayat jabatannya.</source>
        <translation>Select an official in the list to see their details and post history.</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Pangkat/gol.</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Riwayat jabatan</source>
        <translation>Post history</translation>
    </message>
    <message>
        <source>Belum ada jabatan tercatat.</source>
        <translation>No posts recorded yet.</translation>
    </message>
    <message>
        <source>{0} s.d. {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <source>sejak {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <source>s.d. {0}</source>
        <translation>until {0}</translation>
    </message>
    <message>
        <source>tanggal tidak tercatat</source>
        <translation>dates not recorded</translation>
    </message>
    <message>
        <source>Eselon {0}</source>
        <translation>Echelon {0}</translation>
    </message>
    <message>
        <source>SK</source>
        <translation>Decree</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <source>Ubah pejabat</source>
        <translation>Edit official</translation>
    </message>
    <message>
        <source>Tambah pejabat</source>
        <translation>Add official</translation>
    </message>
    <message>
        <source>NIP {0} sudah terdaftar untuk {1}.</source>
        <translation>NIP {0} is already registered for {1}.</translation>
    </message>
    <message>
        <source>Lahir {0} · {1} · TMT CPNS {2}</source>
        <translation>Born {0} · {1} · civil service since {2}</translation>
    </message>
    <message>
        <source>Hapus jabatan</source>
        <translation>Remove post</translation>
    </message>
    <message>
        <source>Hapus jabatan &quot;{0}&quot; dari riwayat? Jabatan yang sudah berakhir sebaiknya diberi tanggal selesai, bukan dihapus.</source>
        <translation>Remove the post &quot;{0}&quot; from the history? A post that has ended should get an end date rather than be removed.</translation>
    </message>
    <message>
        <source>Data pejabat diubah orang lain</source>
        <translation>Someone else changed this official</translation>
    </message>
</context>
<context>
    <name>OfficialForm</name>
    <message>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>18 angka, mis. 19700101 199003 1 002</source>
        <translation>18 digits, e.g. 19700101 199003 1 002</translation>
    </message>
    <message>
        <source>Na&amp;ma:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>nama tanpa gelar</source>
        <translation>name without titles</translation>
    </message>
    <message>
        <source>Gelar &amp;depan:</source>
        <translation>Title &amp;before name:</translation>
    </message>
    <message>
        <source>mis. Dr. H.</source>
        <translation>e.g. Dr. H.</translation>
    </message>
    <message>
        <source>Gelar &amp;belakang:</source>
        <translation>Title &amp;after name:</translation>
    </message>
    <message>
        <source>mis. S.Sos., M.Si</source>
        <translation>e.g. S.Sos., M.Si</translation>
    </message>
    <message>
        <source>&amp;Pangkat/golongan:</source>
        <translation>&amp;Rank/grade:</translation>
    </message>
    <message>
        <source>Akti&amp;f (tidak diarsipkan)</source>
        <translation>Acti&amp;ve (not archived)</translation>
    </message>
    <message>
        <source>Riwayat jabatan</source>
        <translation>Post history</translation>
    </message>
    <message>
        <source>Tambah &amp;jabatan…</source>
        <translation>Add &amp;post…</translation>
    </message>
    <message>
        <source>U&amp;bah jabatan…</source>
        <translation>&amp;Edit post…</translation>
    </message>
    <message>
        <source>Hap&amp;us jabatan</source>
        <translation>Remo&amp;ve post</translation>
    </message>
</context>
<context>
    <name>OfficialPicker</name>
    <message>
        <source>… dan {0} pejabat lainnya; ketik lebih lengkap</source>
        <translation>… and {0} more officials; type more</translation>
    </message>
    <message>
        <source>diarsipkan</source>
        <translation>archived</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Dibatalkan; tidak ada yang diubah.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Pekerjaan ini masih berjalan.{0}

Hentikan lalu tutup? Pekerjaan yang dihentikan tidak mengubah apa pun.</source>
        <translation>This work is still running.{0}

Stop it and close? Work that is stopped changes nothing.</translation>
    </message>
    <message>
        <source>Pekerjaan ini masih berjalan dan tidak aman dihentikan di tengah jalan.{0}

Tunggu sampai selesai, lalu tutup lagi.</source>
        <translation>This work is still running and cannot safely be stopped halfway.{0}

Wait until it has finished, then close again.</translation>
    </message>
</context>
<context>
    <name>PartyBox</name>
    <message>
        <source>ketik nama atau NIP, lalu pilih</source>
        <translation>type a name or NIP, then choose</translation>
    </message>
    <message>
        <source>Pejabat:</source>
        <translation>Official:</translation>
    </message>
    <message>
        <source>Jabatan:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>(tanpa jabatan)</source>
        <translation>(no post)</translation>
    </message>
    <message>
        <source>sejak {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <source>masih menjabat</source>
        <translation>still in post</translation>
    </message>
    <message>
        <source>s.d. {0}</source>
        <translation>until {0}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Kata sandi cadangan:</source>
        <translation>Backup passphrase:</translation>
    </message>
    <message>
        <source>Kata sandi salah untuk cadangan &apos;{0}&apos;. Ketik ulang kata sandinya (huruf besar dan kecil dibedakan):</source>
        <translation>Wrong passphrase for the backup &apos;{0}&apos;. Type the passphrase again (upper and lower case differ):</translation>
    </message>
</context>
<context>
    <name>PcForm</name>
    <message>
        <source>Pengaturan ini hanya berlaku di PC ini. Nama operator dicatat dalam riwayat perubahan; bahasa berlaku setelah aplikasi dibuka ulang.</source>
        <translation>These settings apply to this PC only. The operator name is recorded in the change history; the language applies after the app is reopened.</translation>
    </message>
    <message>
        <source>Nama &amp;operator:</source>
        <translation>&amp;Operator name:</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>tetap</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Pilihan cetak</source>
        <translation>Print options</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4/Folio (215 × 330 mm)</source>
        <translation>F4/Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Pasang gambar &amp;tanda tangan pindaian</source>
        <translation>Place &amp;scanned signature images</translation>
    </message>
    <message>
        <source>Tandatangani PDF secara &amp;digital</source>
        <translation>Sign the PDF &amp;digitally</translation>
    </message>
    <message>
        <source>berkas sertifikat .p12 / .pfx</source>
        <translation>certificate file .p12 / .pfx</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Satu PDF berisi semua lembar</source>
        <translation>One PDF with all sheets</translation>
    </message>
    <message>
        <source>Satu PDF per pejabat ke sebuah folder</source>
        <translation>One PDF per official into a folder</translation>
    </message>
    <message>
        <source>&amp;Kertas:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>Sertifikat:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Sertifikat tanda tangan digital</source>
        <translation>Digital signature certificate</translation>
    </message>
    <message>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificate (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Tanda tangan digital</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat (.p12) lebih dahulu.</source>
        <translation>Choose the certificate file (.p12) first.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Tanda tangan pindaian</source>
        <translation>Scanned signatures</translation>
    </message>
    <message>
        <source>Tersimpan di {0}
Kode verifikasi: {1}</source>
        <translation>Saved to {0}
Verification code: {1}</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Tidak ada penampil PDF untuk membuka dokumen. Berkasnya ada di:
{0}</source>
        <translation>No PDF viewer is set up to open the document. The file is in:
{0}</translation>
    </message>
    <message>
        <source>Tanda tangan pindaian belum tersimpan untuk: {0}. Tempat tanda tangannya dibiarkan kosong untuk ditandatangani dengan tangan; simpan pindaiannya lewat Evaluasi → Tanda tangan pindaian.</source>
        <translation>No scanned signature is stored for: {0}. Their signature space is left blank to be signed by hand; store their scans under Evaluation → Scanned signatures.</translation>
    </message>
    <message>
        <source>Cetak batch</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <source>Belum ada evaluasi final untuk dicetak.</source>
        <translation>There is no final evaluation to print yet.</translation>
    </message>
    <message>
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <source>Mencetak {0} lembar evaluasi…</source>
        <translation>Printing {0} evaluation sheets…</translation>
    </message>
    <message>
        <source>{0} lembar evaluasi dicetak ke {1}.</source>
        <translation>{0} evaluation sheets printed to {1}.</translation>
    </message>
</context>
<context>
    <name>PrioritiesDialog</name>
    <message>
        <source>Prioritas pembangunan daerah</source>
        <translation>Regional development priorities</translation>
    </message>
    <message>
        <source>Misi RPJMD atau prioritas pembangunan daerah yang dapat dikaitkan dengan target. Prioritas yang tidak dipakai lagi cukup dinonaktifkan: target lama tetap menyebutnya.</source>
        <translation>RPJMD missions or regional development priorities that targets can be linked to. A priority no longer used need only be deactivated: older targets still name it.</translation>
    </message>
    <message>
        <source>Belum ada prioritas pembangunan. Tekan &quot;Tambah&quot; (Insert) untuk menambahkan misi RPJMD atau prioritas daerah.</source>
        <translation>No development priorities yet. Press &quot;Add&quot; (Insert) to add an RPJMD mission or regional priority.</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Tambah prioritas (Insert)</source>
        <translation>Add a priority (Insert)</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ubah prioritas yang dipilih (Enter)</source>
        <translation>Edit the selected priority (Enter)</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Prioritas nonaktif tidak ditawarkan lagi untuk target baru</source>
        <translation>An inactive priority is no longer offered for new targets</translation>
    </message>
    <message>
        <source>&amp;Hapus…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Hapus prioritas yang dipilih (Delete)</source>
        <translation>Delete the selected priority (Delete)</translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Prioritas diubah orang lain</source>
        <translation>Priority changed by someone else</translation>
    </message>
    <message>
        <source>Prioritas belum disimpan.</source>
        <translation>The priority was not saved.</translation>
    </message>
    <message>
        <source>Hapus prioritas</source>
        <translation>Delete priority</translation>
    </message>
    <message>
        <source>Hapus prioritas &quot;{0}&quot; dari daftar?</source>
        <translation>Delete the priority &quot;{0}&quot; from the list?</translation>
    </message>
    <message>
        <source>Prioritas tidak dapat dihapus</source>
        <translation>The priority cannot be deleted</translation>
    </message>
</context>
<context>
    <name>PriorityEditDialog</name>
    <message>
        <source>Ubah prioritas pembangunan</source>
        <translation>Edit development priority</translation>
    </message>
    <message>
        <source>Tambah prioritas pembangunan</source>
        <translation>Add development priority</translation>
    </message>
    <message>
        <source>tidak wajib; mis. 1 atau M2</source>
        <translation>optional; e.g. 1 or M2</translation>
    </message>
    <message>
        <source>mis. Meningkatkan kualitas pelayanan publik</source>
        <translation>e.g. Improve the quality of public services</translation>
    </message>
    <message>
        <source>&amp;Kode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Uraian:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Uraian prioritas wajib diisi.</source>
        <translation>The priority&apos;s description is required.</translation>
    </message>
    <message>
        <source>Uraian terlalu panjang (maksimal {0} huruf).</source>
        <translation>The description is too long (at most {0} characters).</translation>
    </message>
    <message>
        <source>Kode paling banyak {0} huruf.</source>
        <translation>The code has at most {0} characters.</translation>
    </message>
    <message>
        <source>Kode {0} sudah dipakai prioritas lain.</source>
        <translation>The code {0} is already used by another priority.</translation>
    </message>
</context>
<context>
    <name>PriorityListModel</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>ProgramActions</name>
    <message>
        <source>Program &amp;kinerja…</source>
        <translation>Performance &amp;programs…</translation>
    </message>
    <message>
        <source>Buat &amp;program 100 hari pelantikan…</source>
        <translation>Create 100-day &amp;programs of an inauguration…</translation>
    </message>
    <message>
        <source>Program 100 hari</source>
        <translation>100-day programs</translation>
    </message>
    <message>
        <source>Buat sekarang program 100 hari (hari ke-1: hari pelantikan) untuk setiap pejabat yang dilantik?</source>
        <translation>Create the 100-day programs now (day 1: the inauguration day) for every official inaugurated?</translation>
    </message>
    <message>
        <source>Belum ada pelantikan yang tercatat.</source>
        <translation>No inauguration has been recorded yet.</translation>
    </message>
    <message>
        <source>Pelantikan tanggal:</source>
        <translation>Inauguration of:</translation>
    </message>
    <message>
        <source>Program 100 hari pelantikan {0}: {1} dibuat, {2} sudah ada.</source>
        <translation>100-day programs of the inauguration of {0}: {1} created, {2} already there.</translation>
    </message>
</context>
<context>
    <name>ProgramChooser</name>
    <message>
        <source>Pilih program yang dievaluasi</source>
        <translation>Choose the program to evaluate</translation>
    </message>
    <message>
        <source>Ketik nama, NIP atau jabatan…</source>
        <translation>Type a name, NIP or post…</translation>
    </message>
    <message>
        <source>Pejabat</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Masa</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Evaluasi</source>
        <translation>&amp;Evaluate</translation>
    </message>
    <message>
        <source>lanjutkan draft</source>
        <translation>continue draft</translation>
    </message>
    <message>
        <source> (revisi)</source>
        <translation> (revision)</translation>
    </message>
    <message>
        <source>final: {0}</source>
        <translation>final: {0}</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>{0} — tidak berlaku lagi</source>
        <translation>{0} — no longer in force</translation>
    </message>
    <message>
        <source>Dasar: {0}&lt;br&gt;Status: {1}</source>
        <translation>Basis: {0}&lt;br&gt;Status: {1}</translation>
    </message>
    <message>
        <source>Program baru – {0}</source>
        <translation>New program – {0}</translation>
    </message>
    <message>
        <source>Ubah program – {0}</source>
        <translation>Edit program – {0}</translation>
    </message>
    <message>
        <source>Buat program</source>
        <translation>Create program</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{0} (berakhir {1})</source>
        <translation>{0} (ended {1})</translation>
    </message>
    <message>
        <source>{0} belum memiliki jabatan tercatat. Tambahkan jabatannya lewat &quot;Ubah pejabat&quot; lalu buat program lagi.</source>
        <translation>{0} has no post recorded yet. Add the post through &quot;Edit official&quot;, then create the program again.</translation>
    </message>
    <message>
        <source>tidak wajib; kosong: judul dibuat dari jenis program dan jabatan</source>
        <translation>optional; if empty, the title is made from the program kind and the post</translation>
    </message>
    <message>
        <source>tidak wajib</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Target program yang dipilih disalin ke program baru sebagai draft.</source>
        <translation>The targets of the chosen program are copied into the new program as a draft.</translation>
    </message>
    <message>
        <source>{0} ({1} – {2}, {3} target)</source>
        <translation>{0} ({1} – {2}, {3} targets)</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <source>&amp;Jenis program:</source>
        <translation>Program &amp;kind:</translation>
    </message>
    <message>
        <source>Tanggal &amp;mulai:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>Tanggal &amp;selesai:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <source>S&amp;kema penilaian:</source>
        <translation>Scoring s&amp;cheme:</translation>
    </message>
    <message>
        <source>J&amp;udul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Mulai &amp;dari program sebelumnya:</source>
        <translation>Start &amp;from an earlier program:</translation>
    </message>
    <message>
        <source>Program 100 hari selalu berakhir pada hari ke-100; hari pertama adalah tanggal mulai.</source>
        <translation>A 100-day program always ends on day 100; day 1 is the start date.</translation>
    </message>
    <message>
        <source>Biasanya {0} bulan sejak tanggal mulai; dapat diubah.</source>
        <translation>Usually {0} months from the start date; may be changed.</translation>
    </message>
    <message>
        <source>Hari ke-100</source>
        <translation>Day 100</translation>
    </message>
    <message>
        <source>Hari terakhir · {0} hari</source>
        <translation>Last day · {0} days</translation>
    </message>
    <message>
        <source>Pilih jabatan yang menjadi dasar program.</source>
        <translation>Choose the post the program is for.</translation>
    </message>
    <message>
        <source>Program berstatus {0}; kembalikan ke Draft untuk mengubahnya.</source>
        <translation>The program is {0}; return it to Draft to change it.</translation>
    </message>
    <message>
        <source>Tanggal mulai sebelum jabatan ini dipegang ({0}).</source>
        <translation>The start date is before this post was taken up ({0}).</translation>
    </message>
    <message>
        <source>Jabatan ini sudah berakhir pada {0}.</source>
        <translation>This post ended on {0}.</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <source>Se&amp;pakati program</source>
        <translation>A&amp;gree program</translation>
    </message>
    <message>
        <source>Tandai sudah &amp;dievaluasi</source>
        <translation>Mark as &amp;evaluated</translation>
    </message>
    <message>
        <source>&amp;Tutup program</source>
        <translation>&amp;Close program</translation>
    </message>
    <message>
        <source>Program Kinerja — {0} — {1}</source>
        <translation>Performance programs — {0} — {1}</translation>
    </message>
    <message>
        <source>Daftar target</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Belum ada program&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No programs yet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Program 100 hari dibuat untuk setiap pejabat yang dilantik (menu Program); program triwulan, semester atau tahunan untuk penilaian rutin dapat dibuat kapan saja.</source>
        <translation>A 100-day program is created for every official inaugurated (Program menu); quarterly, half-year or yearly programs for routine evaluation can be created at any time.</translation>
    </message>
    <message>
        <source>Buat program…</source>
        <translation>Create program…</translation>
    </message>
    <message>
        <source>Tambah target</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>Salin dari program lain…</source>
        <translation>Copy from another program…</translation>
    </message>
    <message>
        <source>Pakai templat…</source>
        <translation>Use template…</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>Program &amp;baru…</source>
        <translation>&amp;New program…</translation>
    </message>
    <message>
        <source>&amp;Ubah program…</source>
        <translation>&amp;Edit program…</translation>
    </message>
    <message>
        <source>&amp;Hapus program…</source>
        <translation>&amp;Delete program…</translation>
    </message>
    <message>
        <source>&amp;Kembalikan status…</source>
        <translation>Step status &amp;back…</translation>
    </message>
    <message>
        <source>E&amp;valuasi program…</source>
        <translation>E&amp;valuate program…</translation>
    </message>
    <message>
        <source>&amp;Cetak perjanjian kinerja</source>
        <translation>&amp;Print performance agreement</translation>
    </message>
    <message>
        <source>Simpan PDF perjanjian kinerja…</source>
        <translation>Save performance agreement as PDF…</translation>
    </message>
    <message>
        <source>Cetak &amp;lembar evaluasi</source>
        <translation>Print evaluation &amp;sheet</translation>
    </message>
    <message>
        <source>Simpan PDF lembar evaluasi…</source>
        <translation>Save evaluation sheet as PDF…</translation>
    </message>
    <message>
        <source>&amp;Tutup jendela</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>U&amp;langi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>&amp;Tambah target</source>
        <translation>&amp;Add target</translation>
    </message>
    <message>
        <source>&amp;Hapus target…</source>
        <translation>&amp;Delete target…</translation>
    </message>
    <message>
        <source>Naikkan</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Turunkan</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>&amp;Salin target dari program lain…</source>
        <translation>&amp;Copy targets from another program…</translation>
    </message>
    <message>
        <source>Pakai &amp;templat…</source>
        <translation>Use &amp;template…</translation>
    </message>
    <message>
        <source>Simpan sebagai t&amp;emplat…</source>
        <translation>Save as te&amp;mplate…</translation>
    </message>
    <message>
        <source>Catat &amp;progres…</source>
        <translation>Record &amp;progress…</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Prioritas pembangunan daerah…</source>
        <translation>Regional development &amp;priorities…</translation>
    </message>
    <message>
        <source>Program berstatus {0}: target dan bobot terkunci. Kembalikan ke Draft dengan alasan tertulis untuk mengubahnya.</source>
        <translation>The program is {0}: targets and weights are locked. Return it to Draft with a written reason to change them.</translation>
    </message>
    <message>
        <source> Progres tetap dapat dicatat.</source>
        <translation> Progress can still be recorded.</translation>
    </message>
    <message>
        <source>Jumlah bobot: &lt;b&gt;100%&lt;/b&gt;</source>
        <translation>Total weight: &lt;b&gt;100%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Jumlah bobot: &lt;b&gt;{0}%&lt;/b&gt; (harus tepat 100%)</source>
        <translation>Total weight: &lt;b&gt;{0}%&lt;/b&gt; (must be exactly 100%)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Belum ada target&lt;/h3&gt;Tambah target (Ctrl+N), salin dari program lain, atau pakai templat yang tersimpan.</source>
        <translation>&lt;h3&gt;No targets yet&lt;/h3&gt;Add a target (Ctrl+N), copy from another program, or use a saved template.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Belum ada target&lt;/h3&gt;Program ini terkunci.</source>
        <translation>&lt;h3&gt;No targets&lt;/h3&gt;This program is locked.</translation>
    </message>
    <message>
        <source>Program ditutup</source>
        <translation>Program closed</translation>
    </message>
    <message>
        <source>Tersimpan: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>Target diubah orang lain</source>
        <translation>Target changed by someone else</translation>
    </message>
    <message>
        <source>Isian Anda dibuang; data dimuat seperti tersimpan.</source>
        <translation>Your entries were dropped; the data is shown as stored.</translation>
    </message>
    <message>
        <source>Ubah uraian target</source>
        <translation>Edit target description</translation>
    </message>
    <message>
        <source>Ubah bukti dukung</source>
        <translation>Edit expected evidence</translation>
    </message>
    <message>
        <source>Ubah arah capaian target</source>
        <translation>Change the target&apos;s direction of achievement</translation>
    </message>
    <message>
        <source>Ubah anggaran target</source>
        <translation>Change target budget</translation>
    </message>
    <message>
        <source>Target baru</source>
        <translation>New target</translation>
    </message>
    <message>
        <source>Hapus target</source>
        <translation>Delete target</translation>
    </message>
    <message>
        <source>Target &quot;{0}&quot; memiliki {1} laporan progres beserta bukti dukungnya. Hapus semuanya? (Dapat diurungkan dengan Ctrl+Z.)</source>
        <translation>Target &quot;{0}&quot; has {1} progress reports with their evidence. Delete them all? (Ctrl+Z undoes it.)</translation>
    </message>
    <message>
        <source>Hapus target &quot;{0}&quot;</source>
        <translation>Delete target &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>Pindahkan target</source>
        <translation>Move target</translation>
    </message>
    <message>
        <source>Salin target</source>
        <translation>Copy targets</translation>
    </message>
    <message>
        <source>Belum ada program lain untuk disalin.</source>
        <translation>There is no other program to copy from yet.</translation>
    </message>
    <message>
        <source>Salin semua target dari program:</source>
        <translation>Copy all targets from the program:</translation>
    </message>
    <message>
        <source>Salin target dari program lain</source>
        <translation>Copy targets from another program</translation>
    </message>
    <message>
        <source>Pakai templat</source>
        <translation>Use template</translation>
    </message>
    <message>
        <source>Belum ada templat. Simpan target sebuah program sebagai templat terlebih dahulu.</source>
        <translation>No templates yet. Save a program&apos;s targets as a template first.</translation>
    </message>
    <message>
        <source>{0} ({1} target)</source>
        <translation>{0} ({1} targets)</translation>
    </message>
    <message>
        <source>Tambahkan target dari templat:</source>
        <translation>Add the targets of the template:</translation>
    </message>
    <message>
        <source>Pakai templat &quot;{0}&quot;</source>
        <translation>Use template &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>Simpan sebagai templat</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Nama templat:</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <source>Templat &quot;{0}&quot; disimpan.</source>
        <translation>Template &quot;{0}&quot; saved.</translation>
    </message>
    <message>
        <source>Program diubah orang lain</source>
        <translation>Program changed by someone else</translation>
    </message>
    <message>
        <source>Ubah program</source>
        <translation>Edit program</translation>
    </message>
    <message>
        <source>Hapus program</source>
        <translation>Delete program</translation>
    </message>
    <message>
        <source>Hapus &quot;{0}&quot; beserta {1} target, laporan progres dan bukti dukungnya? Penghapusan program tidak dapat diurungkan.</source>
        <translation>Delete &quot;{0}&quot; with its {1} targets, progress reports and evidence? Deleting a program cannot be undone.</translation>
    </message>
    <message>
        <source>Sepakati program ini? Target dan bobot akan terkunci; progres tetap dapat dicatat.</source>
        <translation>Agree this program? Targets and weights will be locked; progress can still be recorded.</translation>
    </message>
    <message>
        <source>Ubah status program menjadi {0}?</source>
        <translation>Change the program&apos;s status to {0}?</translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Kembalikan status</source>
        <translation>Step status back</translation>
    </message>
    <message>
        <source>Alasan mengembalikan status ke {0} (wajib, disimpan dalam riwayat):</source>
        <translation>Reason for stepping back to {0} (required, kept in the history):</translation>
    </message>
    <message>
        <source>Status program: {0}.</source>
        <translation>Program status: {0}.</translation>
    </message>
    <message>
        <source>Cetak lembar evaluasi</source>
        <translation>Print evaluation sheet</translation>
    </message>
    <message>
        <source>Program ini belum dievaluasi.</source>
        <translation>This program has not been evaluated yet.</translation>
    </message>
    <message>
        <source>Catat progres</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>Hapus progres</source>
        <translation>Delete progress</translation>
    </message>
    <message>
        <source>Hapus laporan progres ini beserta berkas buktinya? (Dapat diurungkan dengan Ctrl+Z.)</source>
        <translation>Delete this progress report with its evidence files? (Ctrl+Z undoes it.)</translation>
    </message>
    <message>
        <source>Lampirkan bukti dukung</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>Lampirkan {0} berkas</source>
        <translation>Attach {0} files</translation>
    </message>
    <message>
        <source>Hapus berkas</source>
        <translation>Delete file</translation>
    </message>
    <message>
        <source>Hapus berkas bukti ini dari basis data? (Dapat diurungkan dengan Ctrl+Z.)</source>
        <translation>Delete this evidence file from the database? (Ctrl+Z undoes it.)</translation>
    </message>
    <message>
        <source>Hapus berkas bukti</source>
        <translation>Delete evidence file</translation>
    </message>
    <message>
        <source>Simpan salinan bukti</source>
        <translation>Save a copy of the evidence</translation>
    </message>
    <message>
        <source>Berkas &apos;{0}&apos; tidak dapat ditulis: {1}.</source>
        <translation>File &apos;{0}&apos; cannot be written: {1}.</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>Program yang dievaluasi</source>
        <translation>Program evaluated</translation>
    </message>
    <message>
        <source>Periksa program dan tentukan tanggal evaluasi.</source>
        <translation>Check the program and set the evaluation date.</translation>
    </message>
    <message>
        <source>&amp;Tanggal evaluasi:</source>
        <translation>Evaluation &amp;date:</translation>
    </message>
    <message>
        <source>Program {0}: {1} – {2}</source>
        <translation>Program {0}: {1} – {2}</translation>
    </message>
    <message>
        <source>Skema penilaian: {0}</source>
        <translation>Scoring scheme: {0}</translation>
    </message>
</context>
<context>
    <name>ProgramPanel</name>
    <message>
        <source>Daftar program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Program &amp;baru…</source>
        <translation>&amp;New program…</translation>
    </message>
    <message>
        <source>Program terpilih</source>
        <translation>Selected program</translation>
    </message>
    <message>
        <source>&lt;b&gt;Program&lt;/b&gt;</source>
        <translation>&lt;b&gt;Programs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Skema: {1}</source>
        <translation>Status: &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Scheme: {1}</translation>
    </message>
    <message>
        <source>Status skema: {0}</source>
        <translation>Scheme status: {0}</translation>
    </message>
    <message>
        <source>{0} target · belum ada laporan progres</source>
        <translation>{0} targets · no progress reported yet</translation>
    </message>
    <message>
        <source>{0} target · capaian tertimbang {1}%</source>
        <translation>{0} targets · weighted achievement {1}%</translation>
    </message>
    <message>
        <source>Riwayat status:</source>
        <translation>Status history:</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Catat progres – {0}</source>
        <translation>Record progress – {0}</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Nilai yang sudah tercapai sampai tanggal laporan (jumlah sejauh ini, bukan tambahannya).</source>
        <translation>The value reached by the report date (the total so far, not the increase).</translation>
    </message>
    <message>
        <source>Sudah &amp;selesai</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>tidak wajib; mis. kegiatan yang sudah dilaksanakan</source>
        <translation>optional; e.g. the activities carried out</translation>
    </message>
    <message>
        <source>Seret berkas ke sini, atau tekan &quot;Tambah berkas…&quot;.</source>
        <translation>Drag files here, or press &quot;Add files…&quot;.</translation>
    </message>
    <message>
        <source>&amp;Tambah berkas…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Hapus dari daftar</source>
        <translation>&amp;Remove from list</translation>
    </message>
    <message>
        <source>&amp;Tanggal laporan:</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Realisasi:</source>
        <translation>&amp;Realised:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Bukti dukung:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Target: selesai</source>
        <translation>Target: done</translation>
    </message>
    <message>
        <source>Target: {0} {1}</source>
        <translation>Target: {0} {1}</translation>
    </message>
    <message>
        <source>sudah selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <source>belum selesai</source>
        <translation>not done yet</translation>
    </message>
    <message>
        <source>Laporan terakhir: {0} ({1})</source>
        <translation>Last report: {0} ({1})</translation>
    </message>
    <message>
        <source>Masa program: {0} – {1}</source>
        <translation>Program period: {0} – {1}</translation>
    </message>
    <message>
        <source>Pilih berkas bukti dukung</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <source>Berkas &apos;{0}&apos; sudah ada di daftar.</source>
        <translation>The file &apos;{0}&apos; is already in the list.</translation>
    </message>
    <message>
        <source>{0} berkas, jumlah {1}</source>
        <translation>{0} files, {1} in total</translation>
    </message>
    <message>
        <source>Belum ada berkas. Seret berkas ke daftar atau tekan &quot;Tambah berkas…&quot;.</source>
        <translation>No files yet. Drag files onto the list or press &quot;Add files…&quot;.</translation>
    </message>
    <message>
        <source>Program berstatus {0}: progres tidak dapat dicatat lagi.</source>
        <translation>The program is {0}: progress can no longer be recorded.</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <source>&amp;Impor daftar pejabat…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <source>&amp;Ekspor daftar pejabat…</source>
        <translation>&amp;Export roster…</translation>
    </message>
    <message>
        <source>Muat data &amp;contoh</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <source>&amp;Hapus data contoh…</source>
        <translation>&amp;Remove demo data…</translation>
    </message>
    <message>
        <source>&amp;Tambah pejabat…</source>
        <translation>&amp;Add official…</translation>
    </message>
    <message>
        <source>&amp;Ubah pejabat…</source>
        <translation>&amp;Edit official…</translation>
    </message>
    <message>
        <source>&amp;Arsipkan</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Hapus…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Catat pelantikan…</source>
        <translation>&amp;Record inauguration…</translation>
    </message>
    <message>
        <source>&amp;Daftar pelantikan…</source>
        <translation>&amp;Inaugurations…</translation>
    </message>
    <message>
        <source>&amp;Aktifkan kembali</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>{0} diarsipkan.</source>
        <translation>{0} archived.</translation>
    </message>
    <message>
        <source>{0} diaktifkan kembali.</source>
        <translation>{0} reactivated.</translation>
    </message>
    <message>
        <source>Tidak dapat dihapus</source>
        <translation>Cannot be deleted</translation>
    </message>
    <message>
        <source>{0} memiliki riwayat jabatan, sehingga tidak dapat dihapus. Arsipkan saja?</source>
        <translation>{0} has a post history and cannot be deleted. Archive instead?</translation>
    </message>
    <message>
        <source>Hapus pejabat</source>
        <translation>Delete official</translation>
    </message>
    <message>
        <source>Hapus {0} (NIP {1}) dari daftar? Tindakan ini tidak dapat dibatalkan.</source>
        <translation>Delete {0} (NIP {1}) from the roster? This cannot be undone.</translation>
    </message>
    <message>
        <source>{0} dihapus.</source>
        <translation>{0} deleted.</translation>
    </message>
    <message>
        <source>Ekspor daftar pejabat</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx);;CSV untuk Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor daftar pejabat…</source>
        <translation>Exporting the roster…</translation>
    </message>
    <message>
        <source>{0} pejabat diekspor ke {1}.</source>
        <translation>{0} officials exported to {1}.</translation>
    </message>
    <message>
        <source>Data contoh dimuat.</source>
        <translation>Demo data loaded.</translation>
    </message>
    <message>
        <source>Data contoh sudah ada; tidak ada yang diubah.</source>
        <translation>The demo data is already there; nothing changed.</translation>
    </message>
    <message>
        <source>Tidak ada data contoh di basis data ini.</source>
        <translation>There is no demo data in this database.</translation>
    </message>
    <message>
        <source>Tidak dapat dihapus otomatis: data contoh ini dimuat oleh versi lama Kinerja Desktop, yang belum mencatat data mana yang ditambahkannya; menghapusnya dapat ikut menghapus data Anda sendiri. Hapus pejabat contoh beserta program, evaluasi dan serah terimanya satu per satu, atau pulihkan cadangan dari sebelum data contoh dimuat.</source>
        <translation>Cannot be removed automatically: this demo data was loaded by an older version of Kinerja Desktop, which did not record what it added; removing it could remove your own data too. Delete the demo officials with their programs, evaluations and handovers one by one, or restore a backup from before the demo data was loaded.</translation>
    </message>
    <message>
        <source>Hapus semua data contoh; data yang Anda masukkan sendiri tetap ada</source>
        <translation>Remove all demo data; the data you entered yourself stay</translation>
    </message>
    <message>
        <source>Hapus data contoh</source>
        <translation>Remove demo data</translation>
    </message>
    <message>
        <source>Hapus semua data contoh (pelantikan 14 Juni 2019, tujuh pejabatnya, program, evaluasi dan serah terimanya)? Data yang Anda masukkan sendiri tidak ikut terhapus. Penghapusan ini dicatat di riwayat perubahan.</source>
        <translation>Remove all the demo data (the inauguration of 14 June 2019, its seven officials, programs, evaluation and handover)? The data you entered yourself is not removed. The removal is recorded in the change history.</translation>
    </message>
    <message>
        <source>Data contoh dihapus ({0} data).</source>
        <translation>Demo data removed ({0} records).</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Echelon</translation>
    </message>
    <message>
        <source>Pengisian</source>
        <translation>Filled by</translation>
    </message>
    <message>
        <source>TMT jabatan</source>
        <translation>In post since</translation>
    </message>
</context>
<context>
    <name>SchemeBasisLabel</name>
    <message>
        <source>&lt;b&gt;Dasar:&lt;/b&gt; {0} &lt;b&gt;Status:&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;Basis:&lt;/b&gt; {0} &lt;b&gt;Status:&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <source>(aturan hitung versi {0})</source>
        <translation>(scoring rules version {0})</translation>
    </message>
</context>
<context>
    <name>ScoringSettingsDialog</name>
    <message>
        <source>Pengaturan penilaian</source>
        <translation>Scoring settings</translation>
    </message>
    <message>
        <source>Skema capaian tertimbang 100 hari (skala 0–120)</source>
        <translation>100-day weighted-achievement scheme (scale 0–120)</translation>
    </message>
    <message>
        <source>&amp;Batas capaian per target:</source>
        <translation>Achievement &amp;cap per target:</translation>
    </message>
    <message>
        <source>PP 46/2011 (Pasal 20: nilai prestasi kerja)</source>
        <translation>PP 46/2011 (Article 20: work performance)</translation>
    </message>
    <message>
        <source>Bagian nilai capaian &amp;SKP:</source>
        <translation>&amp;SKP achievement share:</translation>
    </message>
    <message>
        <source>Bagian nilai perilaku kerja:</source>
        <translation>Work behaviour share:</translation>
    </message>
    <message>
        <source>PP 30/2019 (Pasal 41: nilai kinerja)</source>
        <translation>PP 30/2019 (Article 41: performance score)</translation>
    </message>
    <message>
        <source>70% SKP + 30% perilaku kerja</source>
        <translation>70% SKP + 30% work behaviour</translation>
    </message>
    <message>
        <source>60% SKP + 40% perilaku kerja</source>
        <translation>60% SKP + 40% work behaviour</translation>
    </message>
    <message>
        <source>PP 30/2019 Pasal 41 ayat (2)–(4): nilai kinerja terdiri atas 70% SKP dan 30% perilaku kerja; bila penilaian perilaku kerja memakai pendapat rekan kerja setingkat dan/atau bawahan, bobotnya 60% SKP dan 40% perilaku kerja.</source>
        <translation>PP 30/2019 Article 41 (2)–(4): the performance score is 70% SKP and 30% work behaviour; when the behaviour assessment uses the views of peers and/or subordinates, the weights are 60% SKP and 40% work behaviour.</translation>
    </message>
    <message>
        <source>&amp;Bobot nilai kinerja:</source>
        <translation>Performance score &amp;weights:</translation>
    </message>
    <message>
        <source>Batas &amp;predikat:</source>
        <translation>&amp;Predicate edge:</translation>
    </message>
    <message>
        <source>Predikat PP 46/2011 (Perka BKN 1/2013) dan PP 30/2019 (Pasal 41) mengikuti peraturannya dan tidak diubah di sini.</source>
        <translation>The predicates of PP 46/2011 (Perka BKN 1/2013) and PP 30/2019 (Article 41) follow their regulations and are not changed here.</translation>
    </message>
    <message>
        <source>&amp;Hasil beberapa penilai:</source>
        <translation>&amp;Several evaluators&apos; result:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predikat&lt;/b&gt;</source>
        <translation>&lt;b&gt;Predicate&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mulai nilai&lt;/b&gt;</source>
        <translation>&lt;b&gt;From score&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Sambungkan ke server kantor</source>
        <translation>Connect to the office server</translation>
    </message>
    <message>
        <source>mis. 192.168.1.10 atau server-setda</source>
        <translation>e.g. 192.168.1.10 or server-setda</translation>
    </message>
    <message>
        <source>kosongkan bila sudah tersimpan di PC ini</source>
        <translation>leave empty if already stored on this PC</translation>
    </message>
    <message>
        <source>Simpan kata sandi di Pengelola Kredensial Windows PC ini</source>
        <translation>Keep the password in this PC&apos;s Windows Credential Manager</translation>
    </message>
    <message>
        <source>Simpan kata sandi di berkas kata sandi PostgreSQL PC ini (pgpass)</source>
        <translation>Keep the password in this PC&apos;s PostgreSQL password file (pgpass)</translation>
    </message>
    <message>
        <source>Bila server menawarkannya</source>
        <translation>When the server offers it</translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Wajib, sertifikat server diperiksa</source>
        <translation>Required, the server&apos;s certificate checked</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Basis data:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Pe&amp;ngguna:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Sambungan &amp;aman (TLS):</source>
        <translation>Secure connection (&amp;TLS):</translation>
    </message>
    <message>
        <source>Isi alamat server, lalu tekan Uji sambungan.</source>
        <translation>Fill in the server&apos;s address, then press Test connection.</translation>
    </message>
    <message>
        <source>&amp;Uji sambungan</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Sambungkan</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>{0} wajib diisi.</source>
        <translation>{0} is required.</translation>
    </message>
    <message>
        <source>Menghubungi {0}…</source>
        <translation>Contacting {0}…</translation>
    </message>
    <message>
        <source>Kata sandi tidak tersimpan</source>
        <translation>The password was not stored</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterheads</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>PC ini</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>Pengaturan diubah orang lain</source>
        <translation>Settings changed by someone else</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>Nama &amp;operator…</source>
        <translation>&amp;Operator name…</translation>
    </message>
    <message>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Panduan pengguna</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Tentang Kinerja Desktop</source>
        <translation>&amp;About Kinerja Desktop</translation>
    </message>
    <message>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bahasa antarmuka berubah setelah aplikasi dibuka kembali.</source>
        <translation>The interface language changes when the application is opened again.</translation>
    </message>
    <message>
        <source>Nama operator</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <source>Nama petugas di PC ini (dicatat dalam riwayat perubahan):</source>
        <translation>Name of the staff member at this PC (recorded in the change history):</translation>
    </message>
    <message>
        <source>Perubahan berikutnya dicatat atas nama {0}.</source>
        <translation>Further changes are recorded under {0}.</translation>
    </message>
    <message>
        <source>(nama login)</source>
        <translation>(login name)</translation>
    </message>
    <message>
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Bahasa yang dipilih berlaku setelah aplikasi dibuka ulang.</source>
        <translation>The chosen language applies once the application is restarted.</translation>
    </message>
</context>
<context>
    <name>SignatoriesForm</name>
    <message>
        <source>Bupati</source>
        <translation>Bupati (Regent)</translation>
    </message>
    <message>
        <source>Wakil Bupati</source>
        <translation>Wakil Bupati (Vice Regent)</translation>
    </message>
    <message>
        <source>Sekretaris Daerah</source>
        <translation>Sekretaris Daerah (Regional Secretary)</translation>
    </message>
    <message>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Jabatan:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Pangkat/gol.:</source>
        <translation>Rank/grade:</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Tanda tangan pindaian</source>
        <translation>Scanned signatures</translation>
    </message>
    <message>
        <source>&amp;Pilih gambar…</source>
        <translation>&amp;Choose image…</translation>
    </message>
    <message>
        <source>&amp;Hapus gambar</source>
        <translation>&amp;Remove image</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPEG (maksimal 2 MB), sebaiknya berlatar putih atau transparan. Gambar dipasang hanya bila dipilih saat mencetak.</source>
        <translation>A PNG or JPEG image (at most 2 MB), preferably on a white or transparent background. It is placed only when chosen when printing.</translation>
    </message>
    <message>
        <source>Belum ada penandatangan.</source>
        <translation>No signatories yet.</translation>
    </message>
    <message>
        <source>(belum ada gambar)</source>
        <translation>(no image yet)</translation>
    </message>
    <message>
        <source>Gambar tanda tangan</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Hapus gambar</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Hapus gambar tanda tangan penandatangan ini?</source>
        <translation>Remove this signatory&apos;s signature image?</translation>
    </message>
</context>
<context>
    <name>StaleSave</name>
    <message>
        <source>{0}

Simpan: isian Anda menggantikan perubahan itu.
Buang: isian Anda dibuang dan data tersimpan dimuat.
Batal: kembali ke isian Anda.</source>
        <translation>{0}

Save: your entries replace that change.
Discard: your entries are dropped and the stored data is loaded.
Cancel: back to your entries.</translation>
    </message>
    <message>
        <source>{0}

Simpan: isian Anda menggantikan perubahan itu.
Buang: isian Anda dibuang dan data tersimpan dimuat.</source>
        <translation>{0}

Save: your entries replace that change.
Discard: your entries are dropped and the stored data is loaded.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ringkasan nilai</source>
        <translation>Score summary</translation>
    </message>
    <message>
        <source>Nilai dan predikat menurut skema program, dengan nama bagian-bagiannya menurut peraturannya.</source>
        <translation>The score and predicate under the program&apos;s scheme, its parts named as its regulation names them.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Bobot (%)</source>
        <translation>Weight (%)</translation>
    </message>
    <message>
        <source>Capaian</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Bagian tiap target</source>
        <translation>Each target&apos;s part</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target&lt;/b&gt;</source>
        <translation>&lt;b&gt;Targets&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nilai capaian SKP: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>SKP achievement score: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nilai perilaku kerja: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Work behaviour score: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nilai prestasi kerja = {0}% × SKP + {1}% × perilaku kerja = &lt;b&gt;{2}&lt;/b&gt; · Predikat: &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>Work performance score = {0}% × SKP + {1}% × work behaviour = &lt;b&gt;{2}&lt;/b&gt; · Predicate: &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nilai SKP: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>SKP score: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nilai kinerja = {0}% × SKP + {1}% × perilaku kerja = &lt;b&gt;{2}&lt;/b&gt; · Predikat: &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>Performance score = {0}% × SKP + {1}% × work behaviour = &lt;b&gt;{2}&lt;/b&gt; · Predicate: &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sangat Baik memerlukan ide baru yang bermanfaat (PP 30/2019 Pasal 41); tanpa itu predikatnya Baik.</source>
        <translation>Very Good needs a useful new idea (PP 30/2019 Article 41); without one the predicate is Good.</translation>
    </message>
    <message>
        <source>Rating hasil kerja: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Work-results rating: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dari capaian kinerja organisasi {0}: {1}</source>
        <translation>From the organisation&apos;s performance {0}: {1}</translation>
    </message>
    <message>
        <source>Rating perilaku kerja: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Work-behaviour rating: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Predikat (matriks hasil kerja × perilaku kerja): &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Predicate (matrix of work results × work behaviour): &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nilai capaian tertimbang: &lt;b&gt;{0}&lt;/b&gt; · Predikat: &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>Weighted achievement score: &lt;b&gt;{0}&lt;/b&gt; · Predicate: &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Skema ini tidak menilai perilaku kerja.</source>
        <translation>This scheme does not score work behaviour.</translation>
    </message>
    <message>
        <source>Tugas tambahan: {0} kegiatan · Kreativitas: {1}</source>
        <translation>Additional tasks: {0} activities · Creativity: {1}</translation>
    </message>
    <message>
        <source>Menciptakan ide baru yang bermanfaat (PP 30/2019 Pasal 41).</source>
        <translation>Created a useful new idea (PP 30/2019 Article 41).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yang membentuk nilai&lt;/b&gt;</source>
        <translation>&lt;b&gt;What made the score&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nilai belum dapat dihitung: {0}</source>
        <translation>The score cannot be computed yet: {0}</translation>
    </message>
    <message>
        <source>Skema: {0}</source>
        <translation>Scheme: {0}</translation>
    </message>
    <message>
        <source>Perilaku kerja belum diisi.</source>
        <translation>Work behaviour not filled in yet.</translation>
    </message>
    <message>
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Tambah baris (Insert di dalam tabel)</source>
        <translation>Add a row (Insert in the table)</translation>
    </message>
    <message>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Hapus baris yang dipilih (Delete di dalam tabel)</source>
        <translation>Remove the selected row (Delete in the table)</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Selesai/Belum (tanpa angka)</source>
        <translation>Done/not done (no number)</translation>
    </message>
    <message>
        <source>(tanpa tenggat)</source>
        <translation>(no due date)</translation>
    </message>
</context>
<context>
    <name>TargetDetail</name>
    <message>
        <source>Uraian target</source>
        <translation>Target description</translation>
    </message>
    <message>
        <source>Bukti dukung yang diharapkan</source>
        <translation>Evidence expected</translation>
    </message>
    <message>
        <source>Arah capaian</source>
        <translation>Direction of achievement</translation>
    </message>
    <message>
        <source>Makin tinggi makin baik: realisasi dibagi target. Makin rendah makin baik (mis. hari layanan): realisasi di bawah target lebih baik. Dalam rentang: di antara batas bawah (nilai target) dan batas atas.</source>
        <translation>Higher is better: the realisation divided by the target. Lower is better (e.g. days of service): a realisation below the target is better. Within a range: between the lower end (the target value) and the upper end.</translation>
    </message>
    <message>
        <source>Batas atas rentang</source>
        <translation>Upper end of the range</translation>
    </message>
    <message>
        <source>(tanpa batas atas)</source>
        <translation>(no upper end)</translation>
    </message>
    <message>
        <source>Batas atas bila target berupa rentang (nilai target adalah batas bawahnya); tekan Enter untuk menyimpan.</source>
        <translation>The upper end when the target is a range (the target value is its lower end); press Enter to save.</translation>
    </message>
    <message>
        <source>Anggaran (rupiah)</source>
        <translation>Budget (rupiah)</translation>
    </message>
    <message>
        <source>mis. 150.000.000</source>
        <translation>e.g. 150.000.000</translation>
    </message>
    <message>
        <source>Anggaran yang mendanai target ini, dalam rupiah utuh: 150.000.000, Rp150.000.000 atau 150000000. Dicetak di lampiran perjanjian kinerja; tekan Enter untuk menyimpan.</source>
        <translation>The budget that funds this target, in whole rupiah: 150.000.000, Rp150.000.000 or 150000000. Printed in the performance agreement&apos;s annex; press Enter to save.</translation>
    </message>
    <message>
        <source>Program/kegiatan anggaran</source>
        <translation>Budget programme/activity</translation>
    </message>
    <message>
        <source>program/kegiatan APBD yang mendanai target ini</source>
        <translation>the regional budget (APBD) programme/activity that funds this target</translation>
    </message>
    <message>
        <source>&amp;Uraian:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Bukti dukung:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>&amp;Arah capaian:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <source>Batas atas (re&amp;ntang):</source>
        <translation>&amp;Upper end (range):</translation>
    </message>
    <message>
        <source>Ang&amp;garan (Rp):</source>
        <translation>&amp;Budget (Rp):</translation>
    </message>
    <message>
        <source>Pr&amp;ogram anggaran:</source>
        <translation>Budget pr&amp;ogramme:</translation>
    </message>
    <message>
        <source>Riwayat progres</source>
        <translation>Progress history</translation>
    </message>
    <message>
        <source>Berkas bukti</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>Tambah &amp;progres…</source>
        <translation>Add &amp;progress…</translation>
    </message>
    <message>
        <source>Hapus progres</source>
        <translation>Delete progress</translation>
    </message>
    <message>
        <source>&amp;Lampirkan…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <source>Lampirkan berkas bukti pada laporan progres terpilih</source>
        <translation>Attach evidence files to the selected progress report</translation>
    </message>
    <message>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Simpan…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Simpan salinan berkas bukti ke folder lain</source>
        <translation>Save a copy of the evidence file elsewhere</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus berkas bukti terpilih</source>
        <translation>Delete the selected evidence file</translation>
    </message>
    <message>
        <source>Pilih target di tabel untuk melihat uraian, bukti dukung dan riwayat progresnya.</source>
        <translation>Select a target in the table to see its description, evidence and progress history.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Riwayat progres&lt;/b&gt;</source>
        <translation>&lt;b&gt;Progress history&lt;/b&gt;</translation>
    </message>
    <message>
        <source>kepentingan {0}</source>
        <translation>importance {0}</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>target {0}</translation>
    </message>
    <message>
        <source>indikator: {0}</source>
        <translation>indicator: {0}</translation>
    </message>
    <message>
        <source>Anggaran ditulis dalam rupiah utuh, tanpa sen: &quot;{0}&quot; tidak disimpan.</source>
        <translation>A budget is written in whole rupiah, without sen: &quot;{0}&quot; was not saved.</translation>
    </message>
    <message>
        <source>Titik pada anggaran memisahkan ribuan (tiap tiga angka), mis. 150.000.000: &quot;{0}&quot; tidak disimpan.</source>
        <translation>Dots in a budget separate thousands (every three digits), e.g. 150.000.000: &quot;{0}&quot; was not saved.</translation>
    </message>
    <message>
        <source>Anggaran hanya berisi angka, mis. 150.000.000 atau Rp150.000.000: &quot;{0}&quot; memuat huruf atau tanda lain dan tidak disimpan.</source>
        <translation>A budget holds digits only, e.g. 150.000.000 or Rp150.000.000: &quot;{0}&quot; contains letters or other signs and was not saved.</translation>
    </message>
    <message>
        <source>Isi batas atas rentang, lalu tekan Enter.</source>
        <translation>Fill in the upper end of the range, then press Enter.</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Judul target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Indikator kinerja</source>
        <translation>Performance indicator</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Bobot (%)</source>
        <translation>Weight (%)</translation>
    </message>
    <message>
        <source>Nilai target</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Kepentingan</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Prioritas pembangunan</source>
        <translation>Development priority</translation>
    </message>
    <message>
        <source>Realisasi terakhir</source>
        <translation>Latest realised</translation>
    </message>
    <message>
        <source>Beri bobot lebih dari 0 sebelum program disepakati.</source>
        <translation>Give a weight above 0 before the program is agreed.</translation>
    </message>
    <message>
        <source>belum ada laporan</source>
        <translation>no report yet</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Ubah {0} target {1}</source>
        <translation>Edit {0} of target {1}</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Realisasi target</source>
        <translation>Target realisation</translation>
    </message>
    <message>
        <source>Buka berkas bukti dukung target yang dipilih.</source>
        <translation>Open the evidence files of the selected target.</translation>
    </message>
    <message>
        <source>Buka b&amp;ukti…</source>
        <translation>Open &amp;evidence…</translation>
    </message>
    <message>
        <source>Isi realisasi tiap kegiatan (kuantitas), lalu kualitas, waktu dan bila ada biaya menurut Perka BKN 1/2013 (angka boleh berkoma: 12,5); tandai bukti yang sudah dilihat dan beri umpan balik bila perlu.</source>
        <translation>Fill in what each activity achieved (quantity), then quality, time and, where there is one, cost as Perka BKN 1/2013 asks (decimals with a comma: 12,5); tick the evidence seen and give feedback where needed.</translation>
    </message>
    <message>
        <source>Isi realisasi tiap target (angka terakhir dari laporan progres sudah terisi), tandai bukti yang sudah dilihat, dan beri catatan dan umpan balik bila perlu.</source>
        <translation>Fill in each target&apos;s realisation (the latest progress report&apos;s figure is filled in already), tick the evidence seen, and add a note and feedback where needed.</translation>
    </message>
    <message>
        <source>Buka b&amp;ukti ({0})…</source>
        <translation>Open &amp;evidence ({0})…</translation>
    </message>
    <message>
        <source>Nilai capaian tertimbang: &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>Weighted achievement score: &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <source>Nilai capaian SKP: &lt;b&gt;{0}&lt;/b&gt; — {1}% dari nilai prestasi kerja; perilaku kerja, tugas tambahan dan kreativitas diisi di halaman berikut.</source>
        <translation>SKP achievement score: &lt;b&gt;{0}&lt;/b&gt; — {1}% of the work performance score; work behaviour, additional tasks and creativity are filled in on the next page.</translation>
    </message>
    <message>
        <source>Nilai SKP: &lt;b&gt;{0}&lt;/b&gt; — {1}% dari nilai kinerja; perilaku kerja diisi di halaman berikut.</source>
        <translation>SKP score: &lt;b&gt;{0}&lt;/b&gt; — {1}% of the performance score; work behaviour is filled in on the next page.</translation>
    </message>
    <message>
        <source>Nilai belum dapat dihitung: {0}</source>
        <translation>The score cannot be computed yet: {0}</translation>
    </message>
    <message>
        <source>Capaian target menjadi bukti bagi rating hasil kerja, yang dipilih penilai di halaman berikut (PermenPANRB 6/2022 tidak menghitung nilai).</source>
        <translation>The targets&apos; achievement is the evidence for the work-results rating, which the evaluator chooses on the next page (PermenPANRB 6/2022 computes no score).</translation>
    </message>
    <message>
        <source>{0} target belum diisi (dihitung 0).</source>
        <translation>{0} targets not filled in yet (counted as 0).</translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <source>{0} di luar batas: pilih antara {1} dan {2}.</source>
        <translation>{0} is out of range: choose between {1} and {2}.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Periksa Dokumen</source>
        <translation>Check Document</translation>
    </message>
    <message>
        <source>Ketik kode verifikasi yang tercetak di kaki dokumen (mis. K7Q2-9XPM), atau tempel isi kode QR-nya. Kode QR dari kantor lain diperiksa tanpa basis data kantor itu bila kunci publiknya sudah diimpor (Evaluasi → Kunci kantor).</source>
        <translation>Type the verification code printed at the foot of the document (e.g. K7Q2-9XPM), or paste the contents of its QR code. Another office&apos;s QR code is checked without that office&apos;s database once its public key has been imported (Evaluation → Office keys).</translation>
    </message>
    <message>
        <source>XXXX-XXXX atau isi kode QR</source>
        <translation>XXXX-XXXX or the QR code contents</translation>
    </message>
    <message>
        <source>Impor &amp;kunci kantor…</source>
        <translation>Import office &amp;key…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diterbitkan oleh:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Issued by:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Penerbit tidak dikenal&lt;/b&gt; (kunci {0})</source>
        <translation>&lt;b&gt;Unknown issuer&lt;/b&gt; (key {0})</translation>
    </message>
    <message>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
</context>
</TS>
