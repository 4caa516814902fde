<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>score-desk</name>
    <message>
        <source>SCORE Desk — factory visits, checklists, plans and KPIs.</source>
        <translation>SCORE Desk — kunjungan pabrik, daftar periksa, rencana, dan KPI.</translation>
    </message>
    <message>
        <source>Workspace file to open.</source>
        <translation>Berkas ruang kerja yang akan dibuka.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>View to show: enterprises, visit, checklist, plan, kpis, sync, reports.</source>
        <translation>Tampilan yang ditampilkan: enterprises, visit, checklist, plan, kpis, sync, reports.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>OUT.png</translation>
    </message>
    <message>
        <source>Work as counsellor, manager or trainer.</source>
        <translation>Bekerja sebagai konselor, manajer, atau pelatih.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>PERAN</translation>
    </message>
    <message>
        <source>A workspace or a bundle to open.</source>
        <translation>Ruang kerja atau paket data yang akan dibuka.</translation>
    </message>
    <message>
        <source>--screenshot needs --db FILE.</source>
        <translation>--screenshot memerlukan --db BERKAS.</translation>
    </message>
    <message>
        <source>Language for this run: en, vi, es or id (default: the setting, else the system&apos;s).</source>
        <translation>Bahasa untuk proses ini: en, vi, es, atau id (bawaan: sesuai pengaturan, jika tidak ada mengikuti sistem).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>Render the view to a PNG and exit.</source>
        <translation>Merender tampilan ke berkas PNG lalu keluar.</translation>
    </message>
    <message>
        <source>Size of the window in the screenshot (default: 1280x800).</source>
        <translation>Ukuran jendela dalam tangkapan layar (bawaan: 1280x800).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>LEBARxTINGGI</translation>
    </message>
    <message>
        <source>--screenshot-size takes a width and a height, such as 1024x600.</source>
        <translation>--screenshot-size memerlukan lebar dan tinggi, misalnya 1024x600.</translation>
    </message>
</context>
<context>
    <name>score::ActionBoard</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:#6b7580&quot;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:#6b7580&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 actions (%2)</source>
        <translation>Tindakan %1 (%2)</translation>
    </message>
</context>
<context>
    <name>score::ActionBoardColumn</name>
    <message>
        <source>No actions.
Drop a card here to move it.</source>
        <translation>Tidak ada tindakan.
Lepaskan kartu di sini untuk memindahkannya.</translation>
    </message>
</context>
<context>
    <name>score::ActionCardDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Tanpa penanggung jawab</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Terlambat · %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Tanpa tenggat</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Tenggat %1</translation>
    </message>
</context>
<context>
    <name>score::ActionDetail</name>
    <message>
        <source>Select an action in the plan to see and change its details.</source>
        <translation>Pilih tindakan dalam rencana untuk melihat dan mengubah detailnya.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>Approve this action for the enterprise&apos;s plan</source>
        <translation>Setujui tindakan ini untuk rencana perusahaan</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Kembalikan…</translation>
    </message>
    <message>
        <source>Send the action back with a comment on what should change</source>
        <translation>Kembalikan tindakan dengan komentar tentang apa yang perlu diubah</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Est. savings</source>
        <translation>Est. penghematan</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Add e&amp;vidence…</source>
        <translation>Tambah &amp;bukti…</translation>
    </message>
    <message>
        <source>Attach photos or documents that show the action&apos;s result</source>
        <translation>Lampirkan foto atau dokumen yang menunjukkan hasil tindakan</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Komentar baru</translation>
    </message>
    <message>
        <source>Write a comment… (Ctrl+Enter to add)</source>
        <translation>Tulis komentar… (Ctrl+Enter untuk menambahkan)</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Tambah &amp;komentar</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>tanpa penanggung jawab</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>penanggung jawab %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>tenggat %1</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>terlambat 1 hari</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>terlambat %1 hari</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>selesai %1</translation>
    </message>
    <message>
        <source>the manager</source>
        <translation>manajer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1 on %2.</source>
        <translation>&lt;b&gt;Disetujui&lt;/b&gt; oleh %1 pada %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1.</source>
        <translation>&lt;b&gt;Disetujui&lt;/b&gt; oleh %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned&lt;/b&gt; by %1 on %2 for rework.</source>
        <translation>&lt;b&gt;Dikembalikan&lt;/b&gt; oleh %1 pada %2 untuk diperbaiki.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned&lt;/b&gt; by %1 for rework.</source>
        <translation>&lt;b&gt;Dikembalikan&lt;/b&gt; oleh %1 untuk diperbaiki.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for approval&lt;/b&gt; by the enterprise&apos;s manager.</source>
        <translation>&lt;b&gt;Menunggu persetujuan&lt;/b&gt; dari manajer perusahaan.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>estimated savings</source>
        <translation>estimasi penghematan</translation>
    </message>
    <message>
        <source>verified savings</source>
        <translation>penghematan terverifikasi</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Jumlah dalam %1</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Bukti (%1)</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Belum ada komentar.</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Komentar (%1)</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>Pilih tindakan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Write something before adding the comment.</source>
        <translation>Tulis sesuatu sebelum menambahkan komentar.</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>Komentar pada “%1”</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Tambah bukti</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.xlsx);;All files (*)</source>
        <translation>Foto dan dokumen (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Add evidence to “%1”</source>
        <translation>Tambah bukti ke “%1”</translation>
    </message>
    <message>
        <source>The evidence could not be copied to %1 to open it.</source>
        <translation>Bukti tidak dapat disalin ke %1 untuk dibuka.</translation>
    </message>
    <message>
        <source>Remove evidence “%1”</source>
        <translation>Hapus bukti “%1”</translation>
    </message>
</context>
<context>
    <name>score::ActionDialog</name>
    <message>
        <source>Action agreed at this visit</source>
        <translation>Tindakan yang disepakati dalam kunjungan ini</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Apa yang akan dilakukan</translation>
    </message>
    <message>
        <source>Finding it answers</source>
        <translation>Temuan yang ditanggapi</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tanggal tenggat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Tindakan</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>T&amp;emuan</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Penanggung jawab</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Ten&amp;ggat</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>P&amp;rioritas</translation>
    </message>
    <message>
        <source>The action starts as proposed, waiting for the manager&apos;s approval.</source>
        <translation>Tindakan dimulai sebagai usulan, menunggu persetujuan manajer.</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Tambah tindakan</translation>
    </message>
    <message>
        <source>Discard this action? What you typed will be lost.</source>
        <translation>Buang tindakan ini? Yang sudah Anda ketik akan hilang.</translation>
    </message>
</context>
<context>
    <name>score::ActionEdits</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Pindahkan “%1” ke %2</translation>
    </message>
    <message>
        <source>Approve “%1”</source>
        <translation>Setujui “%1”</translation>
    </message>
    <message>
        <source>Say what should change before returning the action.</source>
        <translation>Jelaskan apa yang perlu diubah sebelum mengembalikan tindakan.</translation>
    </message>
    <message>
        <source>Return “%1”</source>
        <translation>Kembalikan “%1”</translation>
    </message>
    <message>
        <source>Choose an enterprise before adding an action to its plan.</source>
        <translation>Pilih perusahaan sebelum menambahkan tindakan ke rencananya.</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Tambah tindakan “%1”</translation>
    </message>
</context>
<context>
    <name>score::ActionTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Terlambat 1 hari</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Terlambat %1 hari</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Before %1 · after %2</source>
        <translation>Sebelum %1 · sesudah %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Est. savings</source>
        <translation>Est. penghematan</translation>
    </message>
    <message>
        <source>Verified savings</source>
        <translation>Penghematan terverifikasi</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>score::AgreedActionsPanel</name>
    <message>
        <source>Actions agreed at this visit</source>
        <translation>Tindakan yang disepakati dalam kunjungan ini</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Tambah tindakan…</translation>
    </message>
    <message>
        <source>Record an action agreed with the enterprise (%1)</source>
        <translation>Catat tindakan yang disepakati dengan perusahaan (%1)</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Hapus tindakan</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete)</source>
        <translation>Hapus tindakan yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Follow them up in the improvement plan.</source>
        <translation>Tindak lanjuti dalam rencana perbaikan.</translation>
    </message>
    <message>
        <source>Remove action “%1”</source>
        <translation>Hapus tindakan “%1”</translation>
    </message>
    <message>
        <source>Action removed; %1 brings it back.</source>
        <translation>Tindakan dihapus; %1 mengembalikannya.</translation>
    </message>
</context>
<context>
    <name>score::AppController</name>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Buka ruang kerja</translation>
    </message>
    <message>
        <source>SCORE Desk workspaces (*.scoredesk);;All files (*)</source>
        <translation>Ruang kerja SCORE Desk (*.scoredesk);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Ruang kerja demo</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Menyiapkan ruang kerja demo…</translation>
    </message>
</context>
<context>
    <name>score::AttachmentListModel</name>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>unnamed file</source>
        <translation>berkas tanpa nama</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>Of the visit</source>
        <translation>Dari kunjungan</translation>
    </message>
    <message>
        <source>Of the finding “%1”</source>
        <translation>Dari temuan “%1”</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Ubah keterangan</translation>
    </message>
</context>
<context>
    <name>score::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling; undoing what was started…</source>
        <translation>Membatalkan; mengurungkan yang sudah dimulai…</translation>
    </message>
</context>
<context>
    <name>score::BackupModel</name>
    <message>
        <source>Before importing a bundle</source>
        <translation>Sebelum mengimpor paket data</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Sebelum memulihkan cadangan</translation>
    </message>
    <message>
        <source>Before upgrading the workspace from version %1</source>
        <translation>Sebelum meningkatkan ruang kerja dari versi %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
</context>
<context>
    <name>score::Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Folder cadangan %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Cadangan tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>Cadangan tidak dapat ditulis ke %1.</translation>
    </message>
</context>
<context>
    <name>score::BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>SCORE Desk copies this workspace before every import, upgrade and restore, and keeps the %1 newest copies. If an import brought something you did not want, bring back the copy taken before it.</source>
        <translation>SCORE Desk menyalin ruang kerja ini sebelum setiap impor, peningkatan versi, dan pemulihan, serta menyimpan %1 salinan terbaru. Jika suatu impor membawa sesuatu yang tidak Anda inginkan, kembalikan salinan yang diambil sebelumnya.</translation>
    </message>
    <message>
        <source>Result of the last restore</source>
        <translation>Hasil pemulihan terakhir</translation>
    </message>
    <message>
        <source>No backup has been taken yet. The first one is made before the first import.</source>
        <translation>Belum ada cadangan yang diambil. Cadangan pertama dibuat sebelum impor pertama.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Buka folder</translation>
    </message>
    <message>
        <source>Show the backup files in the file manager, to copy one to a USB stick for example.</source>
        <translation>Tampilkan berkas cadangan di pengelola berkas, misalnya untuk menyalinnya ke flashdisk USB.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>A restore cannot start while changes are being saved; try again in a moment.</source>
        <translation>Pemulihan tidak dapat dimulai saat perubahan sedang disimpan; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The workspace is back as it was on %1. What it was just before is kept as the newest backup. This computer now works as a new device; colleagues will see it appear under that name with a new key.</source>
        <translation>Ruang kerja telah kembali seperti pada %1. Keadaan tepat sebelum pemulihan disimpan sebagai cadangan terbaru. Komputer ini kini bekerja sebagai perangkat baru; rekan kerja akan melihatnya muncul dengan nama tersebut dengan kunci baru.</translation>
    </message>
</context>
<context>
    <name>score::BlobStore</name>
    <message>
        <source>The content of this attachment is not in the workspace.</source>
        <translation>Isi lampiran ini tidak ada di ruang kerja.</translation>
    </message>
</context>
<context>
    <name>score::BuiltinContent</name>
    <message>
        <source>The template is for module %1, which this workspace does not have.</source>
        <translation>Templat ini untuk modul %1, yang tidak ada di ruang kerja ini.</translation>
    </message>
</context>
<context>
    <name>score::BundleCipher</name>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Frasa sandi tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The bundle could not be read for encryption.</source>
        <translation>Paket data tidak dapat dibaca untuk dienkripsi.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 tidak dapat ditulis (%2).</translation>
    </message>
    <message>
        <source>Not enough memory to protect the bundle with a passphrase.</source>
        <translation>Memori tidak cukup untuk melindungi paket data dengan frasa sandi.</translation>
    </message>
    <message>
        <source>The encrypted bundle could not be written; is the disk full? (%1)</source>
        <translation>Paket data terenkripsi tidak dapat ditulis; apakah disk penuh? (%1)</translation>
    </message>
    <message>
        <source>The bundle cannot be read (%1).</source>
        <translation>Paket data tidak dapat dibaca (%1).</translation>
    </message>
    <message>
        <source>The bundle is damaged (its encryption header is incomplete).</source>
        <translation>Paket data rusak (header enkripsinya tidak lengkap).</translation>
    </message>
    <message>
        <source>The bundle is protected in a way this SCORE Desk does not know; update to read it.</source>
        <translation>Paket data dilindungi dengan cara yang tidak dikenal oleh SCORE Desk ini; perbarui aplikasi untuk membacanya.</translation>
    </message>
    <message>
        <source>The bundle is damaged or hostile (its key parameters are out of range).</source>
        <translation>Paket data rusak atau berbahaya (parameter kuncinya di luar rentang).</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase; give it to open the bundle.</source>
        <translation>Paket data ini dilindungi frasa sandi; masukkan frasa sandi untuk membukanya.</translation>
    </message>
    <message>
        <source>Not enough memory to open the passphrase-protected bundle.</source>
        <translation>Memori tidak cukup untuk membuka paket data yang dilindungi frasa sandi.</translation>
    </message>
    <message>
        <source>The bundle is damaged (its encryption header is invalid).</source>
        <translation>Paket data rusak (header enkripsinya tidak valid).</translation>
    </message>
    <message>
        <source>A temporary file cannot be written (%1).</source>
        <translation>Berkas sementara tidak dapat ditulis (%1).</translation>
    </message>
    <message>
        <source>The bundle is incomplete: it was cut off while being copied.</source>
        <translation>Paket data tidak lengkap: terpotong saat disalin.</translation>
    </message>
    <message>
        <source>The bundle is damaged (a block has an impossible size).</source>
        <translation>Paket data rusak (sebuah blok memiliki ukuran yang tidak mungkin).</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the bundle is damaged.</source>
        <translation>Frasa sandi salah, atau paket data rusak.</translation>
    </message>
    <message>
        <source>The bundle is damaged (a protected block does not verify).</source>
        <translation>Paket data rusak (sebuah blok yang dilindungi gagal diverifikasi).</translation>
    </message>
    <message>
        <source>The bundle is larger than SCORE Desk accepts.</source>
        <translation>Paket data lebih besar daripada yang diterima SCORE Desk.</translation>
    </message>
    <message>
        <source>A temporary file cannot be written; is the disk full?</source>
        <translation>Berkas sementara tidak dapat ditulis; apakah disk penuh?</translation>
    </message>
    <message>
        <source>The bundle is damaged (it has data after its end).</source>
        <translation>Paket data rusak (ada data setelah akhir paket).</translation>
    </message>
</context>
<context>
    <name>score::BundleExporter</name>
    <message>
        <source>A temporary file cannot be written (%1).</source>
        <translation>Berkas sementara tidak dapat ditulis (%1).</translation>
    </message>
    <message>
        <source>The bundle could not be written; is the disk full? (%1)</source>
        <translation>Paket data tidak dapat ditulis; apakah disk penuh? (%1)</translation>
    </message>
    <message>
        <source>Say where to write the bundle.</source>
        <translation>Tentukan lokasi penulisan paket data.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>There is no enterprise %1 in this workspace.</source>
        <translation>Tidak ada perusahaan %1 di ruang kerja ini.</translation>
    </message>
    <message>
        <source>There is no cohort %1 in this workspace.</source>
        <translation>Tidak ada angkatan %1 di ruang kerja ini.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created for the bundle.</source>
        <translation>Folder sementara untuk paket data tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Ekspor dibatalkan; tidak ada paket data yang ditulis.</translation>
    </message>
    <message>
        <source>An attachment&apos;s content is missing from this workspace (%1); run a check.</source>
        <translation>Isi sebuah lampiran tidak ada di ruang kerja ini (%1); jalankan pemeriksaan.</translation>
    </message>
    <message>
        <source>The bundle could not be written; is the disk full?</source>
        <translation>Paket data tidak dapat ditulis; apakah disk penuh?</translation>
    </message>
    <message>
        <source>This device&apos;s signing key is damaged; the bundle cannot be signed.</source>
        <translation>Kunci tanda tangan perangkat ini rusak; paket data tidak dapat ditandatangani.</translation>
    </message>
</context>
<context>
    <name>score::BundleFormat</name>
    <message>
        <source>The bundle is damaged or not from SCORE Desk: %1.</source>
        <translation>Paket data rusak atau bukan dari SCORE Desk: %1.</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON</source>
        <translation>manifesnya bukan JSON yang valid</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk bundle.</source>
        <translation>Berkas ini bukan paket data SCORE Desk.</translation>
    </message>
    <message>
        <source>its manifest has no format or schema version</source>
        <translation>manifesnya tidak memiliki versi format atau skema</translation>
    </message>
    <message>
        <source>This bundle was made by a newer SCORE Desk (%1); update to read it.</source>
        <translation>Paket data ini dibuat oleh SCORE Desk yang lebih baru (%1); perbarui aplikasi untuk membacanya.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versi tidak dikenal</translation>
    </message>
    <message>
        <source>its format version is invalid</source>
        <translation>versi formatnya tidak valid</translation>
    </message>
    <message>
        <source>This bundle was made by an older SCORE Desk (%1) whose format is no longer read.</source>
        <translation>Paket data ini dibuat oleh SCORE Desk yang lebih lama (%1) yang formatnya tidak lagi dapat dibaca.</translation>
    </message>
    <message>
        <source>its bundle id is invalid</source>
        <translation>ID paket datanya tidak valid</translation>
    </message>
    <message>
        <source>its creation time is invalid</source>
        <translation>waktu pembuatannya tidak valid</translation>
    </message>
    <message>
        <source>its sender device id is invalid</source>
        <translation>ID perangkat pengirimnya tidak valid</translation>
    </message>
    <message>
        <source>its sender key is invalid</source>
        <translation>kunci pengirimnya tidak valid</translation>
    </message>
    <message>
        <source>its scope is unknown</source>
        <translation>cakupannya tidak dikenal</translation>
    </message>
    <message>
        <source>its scope lists invalid ids</source>
        <translation>cakupannya mencantumkan ID yang tidak valid</translation>
    </message>
    <message>
        <source>its delta base is invalid</source>
        <translation>basis deltanya tidak valid</translation>
    </message>
    <message>
        <source>its version vector is invalid</source>
        <translation>vektor versinya tidak valid</translation>
    </message>
    <message>
        <source>its device list is invalid</source>
        <translation>daftar perangkatnya tidak valid</translation>
    </message>
    <message>
        <source>its record counts are invalid</source>
        <translation>jumlah catatannya tidak valid</translation>
    </message>
    <message>
        <source>its record count is invalid</source>
        <translation>jumlah catatannya tidak valid</translation>
    </message>
    <message>
        <source>its list of files is invalid</source>
        <translation>daftar berkasnya tidak valid</translation>
    </message>
    <message>
        <source>a record is too large</source>
        <translation>sebuah catatan terlalu besar</translation>
    </message>
    <message>
        <source>a record line is not a JSON object</source>
        <translation>sebuah baris catatan bukan objek JSON</translation>
    </message>
    <message>
        <source>a record line is not valid JSON</source>
        <translation>sebuah baris catatan bukan JSON yang valid</translation>
    </message>
    <message>
        <source>a record has no valid kind</source>
        <translation>sebuah catatan tidak memiliki jenis yang valid</translation>
    </message>
    <message>
        <source>a record has an unknown kind</source>
        <translation>sebuah catatan memiliki jenis yang tidak dikenal</translation>
    </message>
    <message>
        <source>a record has an invalid id</source>
        <translation>sebuah catatan memiliki ID yang tidak valid</translation>
    </message>
    <message>
        <source>a record has invalid change stamps</source>
        <translation>sebuah catatan memiliki cap perubahan yang tidak valid</translation>
    </message>
    <message>
        <source>a record has an invalid version vector</source>
        <translation>sebuah catatan memiliki vektor versi yang tidak valid</translation>
    </message>
    <message>
        <source>a record line is not in SCORE Desk&apos;s order</source>
        <translation>sebuah baris catatan tidak sesuai urutan SCORE Desk</translation>
    </message>
    <message>
        <source>%1 %2 has a field this SCORE Desk does not know</source>
        <translation>%1 %2 memiliki kolom yang tidak dikenal oleh SCORE Desk ini</translation>
    </message>
    <message>
        <source>%1 %2 has a field twice</source>
        <translation>%1 %2 memiliki kolom yang sama dua kali</translation>
    </message>
    <message>
        <source>%1 %2 has a value of the wrong type in %3</source>
        <translation>%1 %2 memiliki nilai dengan tipe yang salah pada %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>a record line has an unexpected part</source>
        <translation>sebuah baris catatan memiliki bagian yang tidak terduga</translation>
    </message>
    <message>
        <source>a record line has data after its end</source>
        <translation>sebuah baris catatan memiliki data setelah akhirnya</translation>
    </message>
    <message>
        <source>a record line is incomplete</source>
        <translation>sebuah baris catatan tidak lengkap</translation>
    </message>
    <message>
        <source>%1 %2 lacks the field %3</source>
        <translation>%1 %2 tidak memiliki kolom %3</translation>
    </message>
    <message>
        <source>the change stamps of %1 %2 are invalid</source>
        <translation>cap perubahan %1 %2 tidak valid</translation>
    </message>
    <message>
        <source>%1 %2 is stamped after the year 3000, a date no clock shows</source>
        <translation>%1 %2 diberi cap waktu setelah tahun 3000, tanggal yang tidak ditunjukkan jam mana pun</translation>
    </message>
    <message>
        <source>%1 %2 has text that is not valid UTF-8 in %3</source>
        <translation>%1 %2 memiliki teks yang bukan UTF-8 yang sah di %3</translation>
    </message>
</context>
<context>
    <name>score::BundleImporter</name>
    <message>
        <source>This bundle claims to come from this very device but carries another key: it comes from a copy of this workspace or is forged. It was not imported.</source>
        <translation>Paket data ini mengaku berasal dari perangkat ini sendiri tetapi membawa kunci lain: paket ini berasal dari salinan ruang kerja ini atau dipalsukan. Paket tidak diimpor.</translation>
    </message>
    <message>
        <source>This bundle was made by this workspace; importing it changes nothing.</source>
        <translation>Paket data ini dibuat oleh ruang kerja ini; mengimpornya tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>WARNING: the device &quot;%1&quot; signed this bundle with a different key (%2) than before (%3). It may be forged. Nothing was imported; if the device really was reinstalled, import again with --trust-new-key.</source>
        <translation>PERINGATAN: perangkat &quot;%1&quot; menandatangani paket data ini dengan kunci yang berbeda (%2) dari sebelumnya (%3). Paket ini mungkin dipalsukan. Tidak ada yang diimpor; jika perangkat tersebut memang dipasang ulang, impor lagi dengan --trust-new-key.</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; now signs with a new key (%2); you chose to trust it.</source>
        <translation>Perangkat &quot;%1&quot; kini menandatangani dengan kunci baru (%2); Anda memilih untuk memercayainya.</translation>
    </message>
    <message>
        <source>a %1 refers to a missing %2</source>
        <translation>sebuah %1 merujuk ke %2 yang tidak ada</translation>
    </message>
    <message>
        <source>The bundle refers to records it does not carry (%1 references, e.g. %2); nothing was imported.</source>
        <translation>Paket data merujuk ke catatan yang tidak dibawanya (%1 rujukan, misalnya %2); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Nothing was imported because the workspace could not be backed up first: %1</source>
        <translation>Tidak ada yang diimpor karena ruang kerja tidak dapat dicadangkan terlebih dahulu: %1</translation>
    </message>
    <message>
        <source>The bundle lists a photo or document it does not carry (content %1), and this workspace does not have it either; nothing was imported.</source>
        <translation>Paket data mencantumkan foto atau dokumen yang tidak dibawanya (isi %1), dan ruang kerja ini juga tidak memilikinya; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>This bundle would delete %1 of the %2 records in this workspace (%3%). Nothing was imported. If that is intended, import it again allowing mass deletion (--allow-mass-delete).</source>
        <translation>Paket data ini akan menghapus %1 dari %2 catatan di ruang kerja ini (%3%). Tidak ada yang diimpor. Jika memang disengaja, impor lagi dengan mengizinkan penghapusan massal (--allow-mass-delete).</translation>
    </message>
    <message>
        <source>The import could not be saved; the workspace is unchanged. %1</source>
        <translation>Impor tidak dapat disimpan; ruang kerja tidak berubah. %1</translation>
    </message>
    <message>
        <source>%1 (relayed by &quot;%2&quot;)</source>
        <translation>%1 (diteruskan oleh &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; dates its changes %2, more than a day after this computer&apos;s date (%3): its clock is wrong, or this one is. Nothing was imported. Set the right date on the wrong computer; a device whose clock was ahead then re-stamps its changes (scorectl restamp) and sends a new bundle.</source>
        <translation>Perangkat &quot;%1&quot; memberi tanggal %2 pada perubahannya, lebih dari sehari setelah tanggal komputer ini (%3): jamnya salah, atau jam komputer ini yang salah. Tidak ada yang diimpor. Atur tanggal yang benar di komputer yang salah; perangkat yang jamnya terlalu maju kemudian memberi cap ulang pada perubahannya (scorectl restamp) dan mengirim bundel baru.</translation>
    </message>
    <message>
        <source>The bundle carries photos or documents that no record refers to (%1, e.g. content %2), so it was refused and nothing was imported.</source>
        <translation>Paket data membawa foto atau dokumen yang tidak dirujuk oleh catatan mana pun (%1, mis. isi %2), sehingga paket ditolak dan tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The bundle carries a record that breaks the workspace&apos;s rules, so nothing was imported: %1</source>
        <translation>Paket berisi catatan yang melanggar aturan ruang kerja, jadi tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>This bundle would delete %1 records, and the bundles from &quot;%2&quot; imported here in the last 24 hours (%3 of them) deleted %4: together %5 of the %6 records there were before them (%7%). Nothing was imported. If that is intended, import it again allowing mass deletion (--allow-mass-delete).</source>
        <translation>Paket data ini akan menghapus %1 catatan, dan paket data dari &quot;%2&quot; yang diimpor ke sini dalam 24 jam terakhir (%3 paket) telah menghapus %4: seluruhnya %5 dari %6 catatan yang ada sebelum paket-paket itu (%7%). Tidak ada yang diimpor. Jika memang disengaja, impor lagi dengan mengizinkan penghapusan massal (--allow-mass-delete).</translation>
    </message>
</context>
<context>
    <name>score::BundleReader</name>
    <message>
        <source>There is no bundle at %1.</source>
        <translation>Tidak ada paket data di %1.</translation>
    </message>
    <message>
        <source>%1 is not a bundle file.</source>
        <translation>%1 bukan berkas paket data.</translation>
    </message>
    <message>
        <source>The bundle is larger than SCORE Desk accepts.</source>
        <translation>Paket data lebih besar daripada yang diterima SCORE Desk.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created to open the protected bundle.</source>
        <translation>Folder sementara untuk membuka paket data yang dilindungi tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The bundle contains an unexpected file (%1); it was refused.</source>
        <translation>Paket data berisi berkas yang tidak terduga (%1); paket ditolak.</translation>
    </message>
    <message>
        <source>The bundle contains %1 twice; it was refused.</source>
        <translation>Paket data berisi %1 dua kali; paket ditolak.</translation>
    </message>
    <message>
        <source>The bundle uses ZIP encryption, which SCORE Desk never writes; it was refused.</source>
        <translation>Paket data menggunakan enkripsi ZIP, yang tidak pernah ditulis oleh SCORE Desk; paket ditolak.</translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 is larger than SCORE Desk accepts.</source>
        <translation>%1 dalam paket data lebih besar daripada yang diterima SCORE Desk.</translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 expands far more than real data can (a &quot;ZIP bomb&quot;); it was refused.</source>
        <translation>%1 dalam paket data mengembang jauh melebihi data yang wajar (&quot;bom ZIP&quot;); paket ditolak.</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk bundle (it has no manifest).</source>
        <translation>Berkas ini bukan paket data SCORE Desk (tidak memiliki manifes).</translation>
    </message>
    <message>
        <source>The bundle is incomplete (its signature or its records are missing).</source>
        <translation>Paket data tidak lengkap (tanda tangan atau catatannya tidak ada).</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its content: it was altered or damaged, and was refused.</source>
        <translation>Tanda tangan paket data tidak cocok dengan isinya: paket telah diubah atau rusak, dan ditolak.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: %1 is listed but missing.</source>
        <translation>Paket data tidak lengkap: %1 tercantum tetapi tidak ada.</translation>
    </message>
    <message>
        <source>The bundle is damaged: %1 does not have its signed size.</source>
        <translation>Paket data rusak: ukuran %1 tidak sesuai dengan yang ditandatangani.</translation>
    </message>
    <message>
        <source>The bundle contains %1, which its signed manifest does not list.</source>
        <translation>Paket data berisi %1, yang tidak tercantum dalam manifes bertanda tangan.</translation>
    </message>
    <message>
        <source>The bundle is damaged: its records are not listed in its manifest.</source>
        <translation>Paket data rusak: catatannya tidak tercantum dalam manifes.</translation>
    </message>
    <message>
        <source>The bundle holds more records than its signed manifest says.</source>
        <translation>Paket data berisi lebih banyak catatan daripada yang disebutkan manifes bertanda tangan.</translation>
    </message>
    <message>
        <source>The bundle is damaged or hostile: a record is larger than allowed.</source>
        <translation>Paket data rusak atau berbahaya: sebuah catatan lebih besar dari yang diizinkan.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Impor dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records do not match its signed manifest: it was altered or damaged, and nothing was imported.</source>
        <translation>Catatan dalam paket data tidak cocok dengan manifes bertanda tangan: paket telah diubah atau rusak, dan tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The bundle holds fewer records than its signed manifest says.</source>
        <translation>Paket data berisi lebih sedikit catatan daripada yang disebutkan manifes bertanda tangan.</translation>
    </message>
    <message>
        <source>An attachment in the bundle is damaged (its content does not match its hash); nothing was imported.</source>
        <translation>Sebuah lampiran dalam paket data rusak (isinya tidak cocok dengan hash-nya); tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>score::ChecklistItemPanel</name>
    <message>
        <source>Checklist item</source>
        <translation>Butir daftar periksa</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <source>Guidance for counsellors</source>
        <translation>Panduan untuk konselor</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Jawaban sebelumnya</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Type the number, then Enter to save it and go to the next item</source>
        <translation>Ketik angka, lalu tekan Enter untuk menyimpan dan beralih ke butir berikutnya</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Teks jawaban</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>What you saw, the evidence, who you spoke to…</source>
        <translation>Apa yang Anda lihat, buktinya, dengan siapa Anda berbicara…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Section score</source>
        <translation>Skor bagian</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot; (key %2 in the list)</source>
        <translation>Jawaban &quot;%1&quot; (tombol %2 dalam daftar)</translation>
    </message>
    <message>
        <source>1 = weakest, 5 = best practice</source>
        <translation>1 = paling lemah, 5 = praktik terbaik</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation>Pilih butir dalam daftar.</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Bagian %1</translation>
    </message>
    <message>
        <source>Section %1 · %2</source>
        <translation>Bagian %1 · %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No guidance for this item.</source>
        <translation>Tidak ada panduan untuk butir ini.</translation>
    </message>
    <message>
        <source>Answer (%1)</source>
        <translation>Jawaban (%1)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#5f6368&quot;&gt;No earlier %1 assessment for this enterprise.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#5f6368&quot;&gt;Belum ada penilaian %1 sebelumnya untuk perusahaan ini.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Previous&lt;/b&gt; (%1): &lt;i&gt;not answered&lt;/i&gt;</source>
        <translation>&lt;b&gt;Sebelumnya&lt;/b&gt; (%1): &lt;i&gt;tidak dijawab&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Previous&lt;/b&gt; (%1): &lt;span style=&quot;color:%2&quot;&gt;●&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sebelumnya&lt;/b&gt; (%1): &lt;span style=&quot;color:%2&quot;&gt;●&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:#5f6368&quot;&gt;“%1”&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:#5f6368&quot;&gt;“%1”&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Section %1 · %2&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Bagian %1 · %2&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt; · %2 of %3 items answered</source>
        <translation>Skor &lt;b&gt;%1&lt;/b&gt; · %2 dari %3 butir dijawab</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>belum diberi skor</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 of %2: %3</source>
        <translation>&lt;br&gt;%1 dari %2: %3</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>tanpa skor</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#5f6368&quot;&gt;Press Down or J to go to the first item of this section.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#5f6368&quot;&gt;Tekan Panah Bawah atau J untuk ke butir pertama bagian ini.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Comment on item %1</source>
        <translation>Komentar pada butir %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; bukan angka.</translation>
    </message>
    <message>
        <source>Answer item %1</source>
        <translation>Jawab butir %1</translation>
    </message>
</context>
<context>
    <name>score::ChecklistModel</name>
    <message>
        <source>%1 of 5</source>
        <translation>%1 dari 5</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1  (%2 of %3)</source>
        <translation>%1  (%2 dari %3)</translation>
    </message>
    <message numerus="yes">
        <source>Section score %1 (%n item(s) scored)</source>
        <translation>
            <numerusform>Skor bagian %1 (%n butir diberi skor)</numerusform>
        </translation>
    </message>
    <message>
        <source>No scored answer in this section yet.</source>
        <translation>Belum ada jawaban berskor di bagian ini.</translation>
    </message>
    <message>
        <source>Section score in the %1 assessment of %2</source>
        <translation>Skor bagian pada penilaian %1 tanggal %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items answered</source>
        <translation>%1: %2 dari %3 butir dijawab</translation>
    </message>
    <message>
        <source>Section %1, %2</source>
        <translation>Bagian %1, %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <source>No earlier assessment of this module</source>
        <translation>Belum ada penilaian sebelumnya untuk modul ini</translation>
    </message>
    <message>
        <source>%1 assessment of %2: %3</source>
        <translation>Penilaian %1 tanggal %2: %3</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>tidak dijawab</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1.%2: %3</source>
        <translation>Butir %1.%2: %3</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Jawaban: %1</translation>
    </message>
    <message>
        <source>No previous answer</source>
        <translation>Tidak ada jawaban sebelumnya</translation>
    </message>
    <message>
        <source>Previous answer: %1</source>
        <translation>Jawaban sebelumnya: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Butir daftar periksa</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>The answer in this assessment; section rows show the live section score.</source>
        <translation>Jawaban pada penilaian ini; baris bagian menampilkan skor bagian terkini.</translation>
    </message>
    <message>
        <source>The answer in the previous assessment of this module (%1, %2), matched by item key</source>
        <translation>Jawaban pada penilaian sebelumnya untuk modul ini (%1, %2), dicocokkan berdasarkan kunci butir</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>score::ChecklistPhotoModel</name>
    <message>
        <source>%1 is not an image SCORE Desk can show.</source>
        <translation>%1 bukan gambar yang dapat ditampilkan SCORE Desk.</translation>
    </message>
    <message>
        <source>%1
%2 · %3 KB</source>
        <translation>%1
%2 · %3 KB</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
</context>
<context>
    <name>score::ChecklistView</name>
    <message>
        <source>%1 — %2 — %3 — v%4</source>
        <translation>%1 — %2 — %3 — v%4</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Butir daftar periksa</translation>
    </message>
    <message>
        <source>Y yes · P partly · N no · A not applicable · 1–5 rating · ↑↓ or J K move · Enter comment (or value) · Esc back to the list · Ctrl+U next unanswered · Delete clears</source>
        <translation>Y ya · P sebagian · N tidak · A tidak berlaku · 1–5 peringkat · ↑↓ atau J K pindah · Enter komentar (atau nilai) · Esc kembali ke daftar · Ctrl+U berikutnya yang belum dijawab · Delete menghapus</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Tombol keyboard</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Keys in the list&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Y, P, N, A&lt;/td&gt;&lt;td&gt;Yes, Partly, No, Not applicable — then the next item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 5&lt;/td&gt;&lt;td&gt;Rating of a 1–5 item — then the next item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;digits&lt;/td&gt;&lt;td&gt;Start typing the value of a number item; Enter saves and moves on&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;↓ ↑, J K&lt;/td&gt;&lt;td&gt;Next or previous item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;Write a comment (or the value of a number or text item)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc, Ctrl+Enter&lt;/td&gt;&lt;td&gt;Back to the list from a box&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+U&lt;/td&gt;&lt;td&gt;Next unanswered item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Clear the answer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z&lt;/td&gt;&lt;td&gt;Undo the last answer&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tombol dalam daftar&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Y, P, N, A&lt;/td&gt;&lt;td&gt;Ya, Sebagian, Tidak, Tidak berlaku — lalu butir berikutnya&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 5&lt;/td&gt;&lt;td&gt;Peringkat butir 1–5 — lalu butir berikutnya&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;angka&lt;/td&gt;&lt;td&gt;Mulai mengetik nilai butir angka; Enter menyimpan dan berpindah&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;↓ ↑, J K&lt;/td&gt;&lt;td&gt;Butir berikutnya atau sebelumnya&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;Tulis komentar (atau nilai butir angka atau teks)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc, Ctrl+Enter&lt;/td&gt;&lt;td&gt;Kembali ke daftar dari kotak isian&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+U&lt;/td&gt;&lt;td&gt;Butir berikutnya yang belum dijawab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Hapus jawaban&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z&lt;/td&gt;&lt;td&gt;Urungkan jawaban terakhir&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Penilaian</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>The current enterprise&apos;s assessments: date — module — kind — template version</source>
        <translation>Penilaian perusahaan saat ini: tanggal — modul — jenis — versi templat</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Penilaian baru…</translation>
    </message>
    <message>
        <source>Start a new assessment of this enterprise against the checklist in force</source>
        <translation>Mulai penilaian baru untuk perusahaan ini dengan daftar periksa yang berlaku</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Selesaikan</translation>
    </message>
    <message>
        <source>Mark the assessment complete when every item has been assessed; drafts can still change</source>
        <translation>Tandai penilaian selesai setelah semua butir dinilai; draf masih dapat diubah</translation>
    </message>
    <message>
        <source>Assessment complete</source>
        <translation>Penilaian selesai</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Skor keseluruhan</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Butir dijawab</translation>
    </message>
    <message>
        <source>Next unanswered item (Ctrl+U)</source>
        <translation>Butir berikutnya yang belum dijawab (Ctrl+U)</translation>
    </message>
    <message>
        <source>Next unanswered item</source>
        <translation>Butir berikutnya yang belum dijawab</translation>
    </message>
    <message>
        <source>Choose an enterprise in the navigation pane to see its checklists.</source>
        <translation>Pilih perusahaan di panel navigasi untuk melihat daftar periksanya.</translation>
    </message>
    <message>
        <source>This enterprise has no assessment yet.
Start one with New assessment…: the checklist in force for the module is used, and answers are saved as you go.</source>
        <translation>Perusahaan ini belum memiliki penilaian.
Mulai dengan Penilaian baru…: daftar periksa yang berlaku untuk modul tersebut akan digunakan, dan jawaban disimpan saat Anda mengisi.</translation>
    </message>
    <message>
        <source>Choose an assessment above.</source>
        <translation>Pilih penilaian di atas.</translation>
    </message>
    <message>
        <source>Overall &lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;</source>
        <translation>Keseluruhan &lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; %1 %2: %3</source>
        <translation> &amp;nbsp;·&amp;nbsp; %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 dari %2 dijawab</translation>
    </message>
    <message>
        <source>Clear the answer to item %1</source>
        <translation>Hapus jawaban butir %1</translation>
    </message>
    <message>
        <source>Answer item %1: %2</source>
        <translation>Jawab butir %1: %2</translation>
    </message>
    <message>
        <source>Every item of this assessment is answered.</source>
        <translation>Semua butir penilaian ini sudah dijawab.</translation>
    </message>
    <message>
        <source>Item %1 takes a rating from 1 to 5.</source>
        <translation>Butir %1 diisi dengan peringkat 1 sampai 5.</translation>
    </message>
    <message>
        <source>Item %1 takes a number: type it, then Enter.</source>
        <translation>Butir %1 diisi dengan angka: ketik angkanya, lalu Enter.</translation>
    </message>
    <message>
        <source>Item %1 takes a text: press Enter to write it.</source>
        <translation>Butir %1 diisi dengan teks: tekan Enter untuk menulisnya.</translation>
    </message>
    <message>
        <source>Mark the assessment complete</source>
        <translation>Tandai penilaian selesai</translation>
    </message>
    <message>
        <source>Reopen the assessment as a draft</source>
        <translation>Buka kembali penilaian sebagai draf</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
</context>
<context>
    <name>score::ClockNotice</name>
    <message>
        <source>&amp;Re-stamp my changes</source>
        <translation>&amp;Beri ulang cap waktu perubahan saya</translation>
    </message>
    <message>
        <source>This device&apos;s clock</source>
        <translation>Jam perangkat ini</translation>
    </message>
    <message>
        <source>Re-stamp my changes</source>
        <translation>Beri ulang cap waktu perubahan saya</translation>
    </message>
    <message>
        <source>Gives the changes made here with the wrong date the present time, in their order; nothing is lost.</source>
        <translation>Memberi waktu sekarang kepada perubahan yang dibuat di sini dengan tanggal yang salah, sesuai urutannya; tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes made here are dated up to %1, after today&apos;s date (%2).&lt;/b&gt; This computer&apos;s clock was ahead, so other devices hold its bundles back. Check that the date is right now, then re-stamp the changes and send a new bundle; throw away the bundles made before.</source>
        <translation>&lt;b&gt;Perubahan yang dibuat di sini bertanggal hingga %1, setelah tanggal hari ini (%2).&lt;/b&gt; Jam komputer ini terlalu cepat, sehingga perangkat lain menahan paketnya. Pastikan tanggalnya sekarang sudah benar, lalu beri ulang cap waktu perubahan dan kirim paket baru; buang paket yang dibuat sebelumnya.</translation>
    </message>
    <message>
        <source>The changes were not re-stamped: %1</source>
        <translation>Cap waktu perubahan tidak diperbarui: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) re-stamped with today&apos;s date. Export a new bundle to share them.</source>
        <translation>
            <numerusform>%n catatan diberi cap waktu hari ini. Ekspor paket baru untuk membagikannya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::ClockRepair</name>
    <message>
        <source>Other devices&apos; changes are also dated after this computer&apos;s date (up to %1, today is %2 here): this computer&apos;s clock is probably the wrong one. Set its date first; nothing was re-stamped.</source>
        <translation>Perubahan dari perangkat lain juga bertanggal setelah tanggal komputer ini (hingga %1, hari ini di sini %2): kemungkinan jam komputer inilah yang salah. Atur tanggalnya dulu; tidak ada yang diberi cap ulang.</translation>
    </message>
</context>
<context>
    <name>score::CohortReportData</name>
    <message>
        <source>There is no cohort with the id %1 in this workspace.</source>
        <translation>Tidak ada angkatan dengan ID %1 di ruang kerja ini.</translation>
    </message>
</context>
<context>
    <name>score::CohortTables</name>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <source>Modules started</source>
        <translation>Modul dimulai</translation>
    </message>
    <message>
        <source>Modules completed</source>
        <translation>Modul selesai</translation>
    </message>
    <message>
        <source>First score</source>
        <translation>Skor pertama</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Skor terakhir</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>Perubahan skor</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Tindakan disepakati</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Tindakan selesai</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>Tindakan terbuka</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Tindakan terlambat</translation>
    </message>
    <message>
        <source>Actions dropped</source>
        <translation>Tindakan dibatalkan</translation>
    </message>
    <message>
        <source>KPIs measured</source>
        <translation>KPI diukur</translation>
    </message>
    <message>
        <source>KPIs improved</source>
        <translation>KPI membaik</translation>
    </message>
    <message>
        <source>Median KPI improvement (%)</source>
        <translation>Median peningkatan KPI (%)</translation>
    </message>
    <message>
        <source>Verified savings (%1)</source>
        <translation>Penghematan terverifikasi (%1)</translation>
    </message>
    <message>
        <source>Estimated savings (%1)</source>
        <translation>Estimasi penghematan (%1)</translation>
    </message>
    <message>
        <source>Participants women</source>
        <translation>Peserta perempuan</translation>
    </message>
    <message>
        <source>Participants men</source>
        <translation>Peserta laki-laki</translation>
    </message>
    <message>
        <source>Women among participants (%)</source>
        <translation>Perempuan di antara peserta (%)</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>ID perusahaan</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Cohort total</source>
        <translation>Total angkatan</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Module name</source>
        <translation>Nama modul</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Kunjungan pertama</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Tindakan terbuka</translation>
    </message>
    <message>
        <source>Done actions</source>
        <translation>Tindakan selesai</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Tindakan terlambat</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Laporan kemajuan</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tanggal tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Biaya (%1)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI before</source>
        <translation>KPI sebelum</translation>
    </message>
    <message>
        <source>KPI after</source>
        <translation>KPI sesudah</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI code</source>
        <translation>Kode KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Lebih baik jika</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Data awal</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <source>Latest month</source>
        <translation>Bulan terakhir</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Improvement (%)</source>
        <translation>Peningkatan (%)</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Pembacaan</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lebih rendah</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>lebih tinggi</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Partisipasi</translation>
    </message>
    <message>
        <source>Workforce women</source>
        <translation>Tenaga kerja perempuan</translation>
    </message>
    <message>
        <source>Workforce men</source>
        <translation>Tenaga kerja laki-laki</translation>
    </message>
    <message>
        <source>Classroom sessions</source>
        <translation>Sesi kelas</translation>
    </message>
    <message>
        <source>Classroom women</source>
        <translation>Sesi kelas perempuan</translation>
    </message>
    <message>
        <source>Classroom men</source>
        <translation>Sesi kelas laki-laki</translation>
    </message>
    <message>
        <source>Factory visits</source>
        <translation>Kunjungan pabrik</translation>
    </message>
    <message>
        <source>Visit women</source>
        <translation>Kunjungan perempuan</translation>
    </message>
    <message>
        <source>Visit men</source>
        <translation>Kunjungan laki-laki</translation>
    </message>
    <message>
        <source>EIT women</source>
        <translation>EIT perempuan</translation>
    </message>
    <message>
        <source>EIT men</source>
        <translation>EIT laki-laki</translation>
    </message>
</context>
<context>
    <name>score::CommentListModel</name>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>%1 menulis pada %2: %3</translation>
    </message>
</context>
<context>
    <name>score::ConflictModel</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Deleted on one device, changed on another</source>
        <translation>Dihapus di satu perangkat, diubah di perangkat lain</translation>
    </message>
    <message>
        <source>Changed on one device after it was deleted on another</source>
        <translation>Diubah di satu perangkat setelah dihapus di perangkat lain</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Kept, with a change</source>
        <translation>Disimpan, dengan perubahan</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Nilai yang disimpan</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Disimpan dari</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Ditetapkan pada</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Nilai lain</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Nilai lain dari</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ditemukan</translation>
    </message>
</context>
<context>
    <name>score::ConflictStore</name>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (perangkat ini)</translation>
    </message>
    <message>
        <source>SCORE Desk content</source>
        <translation>Konten SCORE Desk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>perangkat %1</translation>
    </message>
    <message>
        <source>There is no conflict number %1.</source>
        <translation>Tidak ada konflik nomor %1.</translation>
    </message>
    <message>
        <source>This conflict concerns an unknown kind of record.</source>
        <translation>Konflik ini menyangkut jenis catatan yang tidak dikenal.</translation>
    </message>
    <message>
        <source>This conflict concerns a field that no longer exists.</source>
        <translation>Konflik ini menyangkut kolom yang sudah tidak ada.</translation>
    </message>
    <message>
        <source>The value kept for this conflict cannot be read back.</source>
        <translation>Nilai yang disimpan untuk konflik ini tidak dapat dibaca kembali.</translation>
    </message>
</context>
<context>
    <name>score::ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>When the same value was changed on two devices before they exchanged bundles, the later change wins everywhere; the other one is kept here so that nothing is lost unseen.</source>
        <translation>Jika nilai yang sama diubah di dua perangkat sebelum keduanya bertukar paket data, perubahan yang lebih akhir berlaku di mana-mana; perubahan lainnya disimpan di sini agar tidak ada yang hilang tanpa terlihat.</translation>
    </message>
    <message>
        <source>Show &amp;reviewed conflicts too</source>
        <translation>Tampilkan juga konflik yang sudah &amp;ditinjau</translation>
    </message>
    <message>
        <source>No conflicts to review. If a bundle brings a change that clashes with one made here, both values will be shown here.</source>
        <translation>Tidak ada konflik untuk ditinjau. Jika paket data membawa perubahan yang berbenturan dengan perubahan di sini, kedua nilai akan ditampilkan di sini.</translation>
    </message>
    <message>
        <source>Kept — the value now</source>
        <translation>Disimpan — nilai saat ini</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Nilai yang disimpan</translation>
    </message>
    <message>
        <source>Other value — not applied</source>
        <translation>Nilai lain — tidak diterapkan</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Nilai lain</translation>
    </message>
    <message>
        <source>Applying the other value is a new change made here; it reaches other devices with your next bundle.</source>
        <translation>Menerapkan nilai lain merupakan perubahan baru yang dibuat di sini; perubahan itu sampai ke perangkat lain melalui paket data Anda berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Abaikan</translation>
    </message>
    <message>
        <source>Keep the value as it is and mark this conflict as reviewed.</source>
        <translation>Pertahankan nilai seperti adanya dan tandai konflik ini sudah ditinjau.</translation>
    </message>
    <message>
        <source>&amp;Apply the other value</source>
        <translation>&amp;Terapkan nilai lain</translation>
    </message>
    <message>
        <source>Choose a conflict to see both values in full.</source>
        <translation>Pilih konflik untuk melihat kedua nilai secara lengkap.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · found %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · ditemukan %3</translation>
    </message>
    <message>
        <source>Set by %1 · %2</source>
        <translation>Ditetapkan oleh %1 · %2</translation>
    </message>
    <message>
        <source>(the other value was applied)</source>
        <translation>(nilai lain telah diterapkan)</translation>
    </message>
    <message>
        <source>(dismissed)</source>
        <translation>(diabaikan)</translation>
    </message>
    <message>
        <source>Apply the other value</source>
        <translation>Terapkan nilai lainnya</translation>
    </message>
</context>
<context>
    <name>score::ContentCatalogue</name>
    <message>
        <source>%1: &quot;%2&quot; is missing.</source>
        <translation>%1: &quot;%2&quot; tidak ada.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation>%1: &quot;%2&quot; harus berupa teks.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty or longer than %3 characters.</source>
        <translation>%1: &quot;%2&quot; kosong atau lebih dari %3 karakter.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number from %3 to %4.</source>
        <translation>%1: &quot;%2&quot; harus berupa angka dari %3 sampai %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a date (YYYY-MM-DD).</source>
        <translation>%1: &quot;%2&quot; harus berupa tanggal (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of 1 to %3 entries.</source>
        <translation>%1: &quot;%2&quot; harus berupa daftar berisi 1 sampai %3 entri.</translation>
    </message>
    <message>
        <source>%1: every entry must be an object.</source>
        <translation>%1: setiap entri harus berupa objek.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be &quot;%3&quot;.</source>
        <translation>%1: &quot;%2&quot; tidak boleh &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The %1 file is too large.</source>
        <translation>Berkas %1 terlalu besar.</translation>
    </message>
    <message>
        <source>The %1 file is not valid JSON (%2).</source>
        <translation>Berkas %1 bukan JSON yang valid (%2).</translation>
    </message>
    <message>
        <source>The %1 file has no format version.</source>
        <translation>Berkas %1 tidak memiliki versi format.</translation>
    </message>
    <message>
        <source>The %1 file was made for a newer SCORE Desk (format %2); update to read it.</source>
        <translation>Berkas %1 dibuat untuk SCORE Desk yang lebih baru (format %2); perbarui aplikasi untuk membacanya.</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>modul</translation>
    </message>
    <message>
        <source>modules: the code %1 is used twice.</source>
        <translation>modul: kode %1 digunakan dua kali.</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>templat daftar periksa</translation>
    </message>
    <message>
        <source>template %1 v%2</source>
        <translation>templat %1 v%2</translation>
    </message>
    <message>
        <source>template %1: the section key &quot;%2&quot; is malformed or repeated.</source>
        <translation>templat %1: kunci bagian &quot;%2&quot; salah format atau berulang.</translation>
    </message>
    <message>
        <source>template %1: the item key &quot;%2&quot; is malformed or repeated.</source>
        <translation>templat %1: kunci butir &quot;%2&quot; salah format atau berulang.</translation>
    </message>
    <message>
        <source>KPI catalogue</source>
        <translation>katalog KPI</translation>
    </message>
    <message>
        <source>KPI catalogue: the code &quot;%1&quot; is malformed or repeated.</source>
        <translation>katalog KPI: kode &quot;%1&quot; salah format atau berulang.</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>negara</translation>
    </message>
    <message>
        <source>Built-in content %1 is missing from this build.</source>
        <translation>Konten bawaan %1 tidak ada dalam build ini.</translation>
    </message>
</context>
<context>
    <name>score::CsvReader</name>
    <message>
        <source>the quoted cell that begins on row %L1 is never closed</source>
        <translation>sel berkutip yang dimulai di baris %L1 tidak pernah ditutup</translation>
    </message>
    <message>
        <source>a cell on row %L1 holds more than %L2 characters</source>
        <translation>sebuah sel di baris %L1 berisi lebih dari %L2 karakter</translation>
    </message>
    <message>
        <source>row %L1 has more than %L2 columns</source>
        <translation>baris %L1 memiliki lebih dari %L2 kolom</translation>
    </message>
    <message>
        <source>it has more than %L1 rows</source>
        <translation>berkas memiliki lebih dari %L1 baris</translation>
    </message>
    <message>
        <source>it holds binary data, not text</source>
        <translation>berkas berisi data biner, bukan teks</translation>
    </message>
</context>
<context>
    <name>score::Database</name>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Disk penuh; tidak ada yang disimpan. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written (it is read-only or on a read-only disk).</source>
        <translation>Berkas ruang kerja tidak dapat ditulis (hanya-baca atau berada di disk hanya-baca).</translation>
    </message>
    <message>
        <source>The workspace is busy in another program; close it there and try again.</source>
        <translation>Ruang kerja sedang digunakan program lain; tutup di sana lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving; nothing was saved (%1).</source>
        <translation>Disk melaporkan kesalahan saat menyimpan; tidak ada yang disimpan (%1).</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup.</source>
        <translation>Berkas ruang kerja rusak. Pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk workspace.</source>
        <translation>Berkas ini bukan ruang kerja SCORE Desk.</translation>
    </message>
    <message>
        <source>The workspace file cannot be opened (missing folder or no permission).</source>
        <translation>Berkas ruang kerja tidak dapat dibuka (folder tidak ada atau tidak ada izin).</translation>
    </message>
    <message>
        <source>The change was refused because it would break the workspace&apos;s rules (%1).</source>
        <translation>Perubahan ditolak karena akan melanggar aturan ruang kerja (%1).</translation>
    </message>
    <message>
        <source>The workspace could not be read or written (%1).</source>
        <translation>Ruang kerja tidak dapat dibaca atau ditulis (%1).</translation>
    </message>
</context>
<context>
    <name>score::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>the form of a date to type; keep the digits&apos; order</comment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <comment>the form of a month to type; keep the digits&apos; order</comment>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+↓)</source>
        <translation>Pilih di kalender (Alt+↓)</translation>
    </message>
    <message>
        <source>Type a date, as year-month-day.</source>
        <translation>Ketik tanggal dalam bentuk tahun-bulan-hari.</translation>
    </message>
    <message>
        <source>Type a month, as year-month.</source>
        <translation>Ketik bulan dalam bentuk tahun-bulan.</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as year-month-day, for example 2026-11-01.</source>
        <translation>“%1” bukan tanggal: ketik dalam bentuk tahun-bulan-hari, misalnya 2026-11-01.</translation>
    </message>
    <message>
        <source>“%1” is not a month: type it as year-month, for example 2026-11.</source>
        <translation>“%1” bukan bulan: ketik dalam bentuk tahun-bulan, misalnya 2026-11.</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no year 0.</source>
        <translation>%1 bukan tanggal: tidak ada tahun 0.</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2; months go from 1 to 12.</source>
        <translation>%1 bukan tanggal: tidak ada bulan %2; bulan hanya dari 1 sampai 12.</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 has %3 days.</source>
        <translation>%1 bukan tanggal: %2 memiliki %3 hari.</translation>
    </message>
    <message>
        <source>%1 is too early: type a date from %2 on.</source>
        <translation>%1 terlalu awal: ketik tanggal mulai %2.</translation>
    </message>
    <message>
        <source>%1 is too early: type a month from %2 on.</source>
        <translation>%1 terlalu awal: ketik bulan mulai %2.</translation>
    </message>
    <message>
        <source>%1 is too late: type a date up to %2.</source>
        <translation>%1 terlalu lambat: ketik tanggal paling lambat %2.</translation>
    </message>
    <message>
        <source>%1 is too late: type a month up to %2.</source>
        <translation>%1 terlalu lambat: ketik bulan paling lambat %2.</translation>
    </message>
</context>
<context>
    <name>score::DemoGenerator</name>
    <message>
        <source>The demo could not create a %1: %2</source>
        <translation>Demo tidak dapat membuat %1: %2</translation>
    </message>
    <message>
        <source>The demo was cancelled; nothing was added.</source>
        <translation>Demo dibatalkan; tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <source>The workspace lacks the SCORE module %1; the demo needs the five core modules.</source>
        <translation>Ruang kerja tidak memiliki modul SCORE %1; demo memerlukan lima modul inti.</translation>
    </message>
    <message>
        <source>Classroom sessions at %1&apos;s training centre; counselling visits after each module.</source>
        <translation>Sesi kelas di pusat pelatihan %1; kunjungan pendampingan setelah setiap modul.</translation>
    </message>
    <message>
        <source>Lot %1%2, %3 industrial zone</source>
        <translation>Kav. %1%2, Kawasan Industri %3</translation>
    </message>
    <message>
        <source>In place in some sections only; to be extended.</source>
        <translation>Diterapkan di beberapa bagian saja; perlu diperluas.</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Sesudah: %1</translation>
    </message>
    <message>
        <source>Two-day %1 workshop with the other enterprises of the cohort, given by %2.</source>
        <translation>Lokakarya %1 selama dua hari bersama perusahaan lain dalam angkatan, dipandu oleh %2.</translation>
    </message>
    <message>
        <source>Enterprise records, baseline</source>
        <translation>Catatan perusahaan, data awal</translation>
    </message>
    <message>
        <source>Monthly EIT report</source>
        <translation>Laporan bulanan EIT</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Listrik</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Main material</source>
        <translation>Bahan utama</translation>
    </message>
    <message>
        <source>Solid waste</source>
        <translation>Limbah padat</translation>
    </message>
    <message>
        <source>The enterprise completed the module with its improvement team.</source>
        <translation>Perusahaan telah menyelesaikan modul bersama tim perbaikannya.</translation>
    </message>
    <message>
        <source>%1 went from %2 %4 at baseline to %3 %4.</source>
        <translation>%1 berubah dari %2 %4 pada data awal menjadi %3 %4.</translation>
    </message>
    <message>
        <source>The demo takes 1 to 100000 enterprises over 1 to 50 years.</source>
        <translation>Demo menerima 1 sampai 100000 perusahaan selama 1 sampai 50 tahun.</translation>
    </message>
    <message>
        <source>This workspace already has enterprises; the demo fills an empty workspace.</source>
        <translation>Ruang kerja ini sudah memiliki perusahaan; demo hanya mengisi ruang kerja yang kosong.</translation>
    </message>
</context>
<context>
    <name>score::DemoPhrases</name>
    <message>
        <source>The demo phrases are missing from this build.</source>
        <translation>Frasa demo tidak ada dalam build ini.</translation>
    </message>
    <message>
        <source>The demo phrases are incomplete in this build.</source>
        <translation>Frasa demo tidak lengkap dalam build ini.</translation>
    </message>
</context>
<context>
    <name>score::DemoProgramme</name>
    <message>
        <source>The demo programme is missing from this build.</source>
        <translation>Program demo tidak ada dalam build ini.</translation>
    </message>
    <message>
        <source>The demo programme is incomplete in this build.</source>
        <translation>Program demo tidak lengkap dalam build ini.</translation>
    </message>
</context>
<context>
    <name>score::DeviceModel</name>
    <message>
        <source>Device id %1</source>
        <translation>ID perangkat %1</translation>
    </message>
    <message>
        <source>Compare this with the key fingerprint shown on that device (Sync ▸ Devices) to be sure its bundles really come from it.</source>
        <translation>Bandingkan dengan sidik jari kunci yang ditampilkan di perangkat tersebut (Sinkronisasi ▸ Perangkat) untuk memastikan paket datanya benar-benar berasal dari perangkat itu.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pertama terlihat</translation>
    </message>
    <message>
        <source>Latest bundle imported</source>
        <translation>Paket data terakhir yang diimpor</translation>
    </message>
</context>
<context>
    <name>score::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Every bundle is signed with the key of the device that made it. A device is trusted the first time its bundle is imported; later bundles must carry the same key.</source>
        <translation>Setiap paket data ditandatangani dengan kunci perangkat yang membuatnya. Sebuah perangkat dipercaya saat paket datanya pertama kali diimpor; paket data berikutnya harus membawa kunci yang sama.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Perangkat ini</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nama perangkat</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>&amp;Save names</source>
        <translation>&amp;Simpan nama</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Nama &amp;perangkat:</translation>
    </message>
    <message>
        <source>Key fingerprint of this device</source>
        <translation>Sidik jari kunci perangkat ini</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ID perangkat</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>ID perangkat:</translation>
    </message>
    <message>
        <source>When a colleague imports your first bundle, SCORE Desk shows them this fingerprint; read it to them (by phone, in person) so they know the bundle really comes from you.</source>
        <translation>Saat rekan kerja mengimpor paket data pertama Anda, SCORE Desk menampilkan sidik jari ini kepadanya; bacakan sidik jari ini (lewat telepon atau langsung) agar ia tahu paket data tersebut benar-benar dari Anda.</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Sidik jari kunci:</translation>
    </message>
    <message>
        <source>Devices whose bundles were imported here</source>
        <translation>Perangkat yang paket datanya telah diimpor di sini</translation>
    </message>
    <message>
        <source>No bundle from another device has been imported yet.</source>
        <translation>Belum ada paket data dari perangkat lain yang diimpor.</translation>
    </message>
    <message>
        <source>Give this device a name and say who works on it; colleagues see both next to your changes.</source>
        <translation>Beri nama perangkat ini dan sebutkan siapa yang menggunakannya; rekan kerja melihat keduanya di samping perubahan Anda.</translation>
    </message>
</context>
<context>
    <name>score::DomainQueries</name>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Catatan %1 ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>perusahaan</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>kunjungan</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>penilaian</translation>
    </message>
    <message>
        <source>improvement action</source>
        <translation>tindakan perbaikan</translation>
    </message>
</context>
<context>
    <name>score::EditSimulator</name>
    <message>
        <source>Reviewed on the shop floor (note %1).</source>
        <translation>Ditinjau di lantai produksi (catatan %1).</translation>
    </message>
    <message>
        <source>Observed during the walk-through (%1).</source>
        <translation>Diamati saat peninjauan keliling (%1).</translation>
    </message>
    <message>
        <source>Checked with the supervisor (%1).</source>
        <translation>Diperiksa bersama penyelia (%1).</translation>
    </message>
    <message>
        <source>Walkway blocked near line %1</source>
        <translation>Jalur pejalan kaki terhalang dekat lini %1</translation>
    </message>
    <message>
        <source>Mark and clear walkway %1</source>
        <translation>Tandai dan kosongkan jalur pejalan kaki %1</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Pekerja %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Put a mirror at the corner of aisle %1.</source>
        <translation>Pasang cermin di sudut lorong %1.</translation>
    </message>
    <message>
        <source>The number of edits cannot be negative.</source>
        <translation>Jumlah suntingan tidak boleh negatif.</translation>
    </message>
</context>
<context>
    <name>score::EitBalance</name>
    <message>
        <source>The enterprise has no Enterprise Improvement Team yet.</source>
        <translation>Perusahaan belum memiliki Tim Peningkatan Perusahaan.</translation>
    </message>
    <message>
        <source>No worker members.</source>
        <translation>Tidak ada anggota dari pekerja.</translation>
    </message>
    <message>
        <source>No management members.</source>
        <translation>Tidak ada anggota dari manajemen.</translation>
    </message>
    <message>
        <source>Fewer workers than managers.</source>
        <translation>Jumlah pekerja lebih sedikit daripada manajer.</translation>
    </message>
    <message>
        <source>No women in the team.</source>
        <translation>Tidak ada perempuan dalam tim.</translation>
    </message>
    <message>
        <source>No men in the team.</source>
        <translation>Tidak ada laki-laki dalam tim.</translation>
    </message>
    <message>
        <source>Women are under-represented: %1% of the team, %2% of the workforce.</source>
        <translation>Perempuan kurang terwakili: %1% dari tim, %2% dari tenaga kerja.</translation>
    </message>
    <message>
        <source>No temporary staff in the team, though the enterprise employs %1.</source>
        <translation>Tim belum memiliki karyawan tidak tetap, padahal perusahaan mempekerjakan %1.</translation>
    </message>
    <message>
        <source>%1 members · management %2, workers %3 · women %4, men %5 · temporary staff %6.</source>
        <translation>%1 anggota · manajemen %2, pekerja %3 · perempuan %4, laki-laki %5 · karyawan tidak tetap %6.</translation>
    </message>
</context>
<context>
    <name>score::EitMemberDialog</name>
    <message>
        <source>Add a member to the improvement team</source>
        <translation>Tambah anggota tim perbaikan</translation>
    </message>
    <message>
        <source>Change an improvement team member</source>
        <translation>Ubah anggota tim perbaikan</translation>
    </message>
    <message>
        <source>A new person…</source>
        <translation>Orang baru…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Peran dalam tim</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Anggota sejak</translation>
    </message>
    <message>
        <source>Change team member</source>
        <translation>Ubah anggota tim</translation>
    </message>
    <message>
        <source>Give the new member&apos;s name.</source>
        <translation>Masukkan nama anggota baru.</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Tambah anggota tim</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Tambah orang</translation>
    </message>
</context>
<context>
    <name>score::EitMemberModel</name>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
</context>
<context>
    <name>score::EnterpriseReportData</name>
    <message>
        <source>There is no enterprise with the id %1 in this workspace.</source>
        <translation>Tidak ada perusahaan dengan ID %1 di ruang kerja ini.</translation>
    </message>
</context>
<context>
    <name>score::EnterpriseTableModel</name>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Tindakan terbuka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
</context>
<context>
    <name>score::EnterprisesView</name>
    <message>
        <source>Enterprises</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Enterprise Improvement Team</source>
        <translation>Tim Peningkatan Perusahaan</translation>
    </message>
    <message>
        <source>Improvement team members</source>
        <translation>Anggota tim perbaikan</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Tambah anggota…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Progress by module</source>
        <translation>Kemajuan per modul</translation>
    </message>
    <message>
        <source>No enterprise selected</source>
        <translation>Tidak ada perusahaan yang dipilih</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · counsellor %4 · enrolled %5</source>
        <translation>%1 · %2, %3 · konselor %4 · terdaftar %5</translation>
    </message>
    <message>
        <source>no cohort</source>
        <translation>tanpa angkatan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Remove %1 from the team</source>
        <translation>Keluarkan %1 dari tim</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Perusahaan baru…</translation>
    </message>
    <message>
        <source>Add an enterprise to the cohort (Ctrl+Shift+E)</source>
        <translation>Tambahkan perusahaan ke angkatan (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>Orang…</translation>
    </message>
    <message>
        <source>Counsellors, trainers, managers and improvement team members</source>
        <translation>Konselor, pelatih, manajer, dan anggota tim perbaikan</translation>
    </message>
    <message>
        <source>Your cohort&apos;s enterprises go here</source>
        <translation>Perusahaan dalam angkatan Anda akan tampil di sini</translation>
    </message>
    <message>
        <source>Create the cohort, then add its enterprises one by one, or import the list the programme sent as a spreadsheet (XLSX or CSV).</source>
        <translation>Buat angkatannya, lalu tambahkan perusahaannya satu per satu, atau impor daftar yang dikirim program sebagai lembar kerja (XLSX atau CSV).</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Angkatan baru…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Impor dari lembar kerja…</translation>
    </message>
    <message>
        <source>Choose an enterprise in the list, or add one with New enterprise….</source>
        <translation>Pilih perusahaan di daftar, atau tambahkan dengan Perusahaan baru….</translation>
    </message>
</context>
<context>
    <name>score::EntityNames</name>
    <message>
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <source>module</source>
        <translation>modul</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>templat daftar periksa</translation>
    </message>
    <message>
        <source>checklist section</source>
        <translation>bagian daftar periksa</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>butir daftar periksa</translation>
    </message>
    <message>
        <source>KPI definition</source>
        <translation>definisi KPI</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>angkatan</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>perusahaan</translation>
    </message>
    <message>
        <source>person</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>cohort trainer</source>
        <translation>pelatih angkatan</translation>
    </message>
    <message>
        <source>EIT member</source>
        <translation>anggota EIT</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>kunjungan</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>penilaian</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>jawaban daftar periksa</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>temuan</translation>
    </message>
    <message>
        <source>improvement action</source>
        <translation>tindakan perbaikan</translation>
    </message>
    <message>
        <source>KPI reading</source>
        <translation>pembacaan KPI</translation>
    </message>
    <message>
        <source>worker suggestion</source>
        <translation>saran pekerja</translation>
    </message>
    <message>
        <source>hazard</source>
        <translation>bahaya</translation>
    </message>
    <message>
        <source>resource flow</source>
        <translation>aliran sumber daya</translation>
    </message>
    <message>
        <source>module progress report</source>
        <translation>laporan kemajuan modul</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>lampiran</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>negara</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>modul</translation>
    </message>
    <message>
        <source>checklist templates</source>
        <translation>templat daftar periksa</translation>
    </message>
    <message>
        <source>checklist sections</source>
        <translation>bagian daftar periksa</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>butir daftar periksa</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>definisi KPI</translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation>angkatan</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>perusahaan</translation>
    </message>
    <message>
        <source>people</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>cohort trainers</source>
        <translation>pelatih angkatan</translation>
    </message>
    <message>
        <source>EIT members</source>
        <translation>anggota EIT</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>kunjungan</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>penilaian</translation>
    </message>
    <message>
        <source>checklist answers</source>
        <translation>jawaban daftar periksa</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>temuan</translation>
    </message>
    <message>
        <source>improvement actions</source>
        <translation>tindakan perbaikan</translation>
    </message>
    <message>
        <source>KPI readings</source>
        <translation>pembacaan KPI</translation>
    </message>
    <message>
        <source>worker suggestions</source>
        <translation>saran pekerja</translation>
    </message>
    <message>
        <source>hazards</source>
        <translation>bahaya</translation>
    </message>
    <message>
        <source>resource flows</source>
        <translation>aliran sumber daya</translation>
    </message>
    <message>
        <source>module progress reports</source>
        <translation>laporan kemajuan modul</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>lampiran</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>komentar</translation>
    </message>
</context>
<context>
    <name>score::ExchangePage</name>
    <message>
        <source>Exchange work</source>
        <translation>Bertukar pekerjaan</translation>
    </message>
    <message>
        <source>Colleagues share their work as bundle files, by USB stick or e-mail. A bundle is signed by the device that made it; importing merges it, field by field, into this workspace.</source>
        <translation>Rekan kerja berbagi pekerjaan mereka sebagai berkas paket data, melalui flashdisk USB atau e-mail. Paket data ditandatangani oleh perangkat yang membuatnya; mengimpornya akan menggabungkan isinya, kolom demi kolom, ke ruang kerja ini.</translation>
    </message>
    <message>
        <source>Result of the last exchange</source>
        <translation>Hasil pertukaran terakhir</translation>
    </message>
    <message>
        <source>Send work</source>
        <translation>Kirim pekerjaan</translation>
    </message>
    <message>
        <source>&amp;Everything in this workspace</source>
        <translation>&amp;Semua isi ruang kerja ini</translation>
    </message>
    <message>
        <source>A full bundle: whoever imports it gets all of this workspace&apos;s work.</source>
        <translation>Paket data lengkap: siapa pun yang mengimpornya mendapatkan seluruh pekerjaan di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Only what one &amp;device has not seen yet:</source>
        <translation>Hanya yang belum dilihat oleh satu &amp;perangkat:</translation>
    </message>
    <message>
        <source>A smaller bundle with the changes that device is missing, judging by the latest bundle it sent here.</source>
        <translation>Paket data lebih kecil berisi perubahan yang belum dimiliki perangkat tersebut, berdasarkan paket data terakhir yang dikirimnya ke sini.</translation>
    </message>
    <message>
        <source>Device to send the changes to</source>
        <translation>Perangkat tujuan pengiriman perubahan</translation>
    </message>
    <message>
        <source>Which enterprises</source>
        <translation>Perusahaan mana</translation>
    </message>
    <message>
        <source>&amp;Which enterprises:</source>
        <translation>Perusahaan &amp;mana:</translation>
    </message>
    <message>
        <source>&amp;Protect the bundle with a passphrase</source>
        <translation>&amp;Lindungi paket data dengan frasa sandi</translation>
    </message>
    <message>
        <source>Anyone who finds the file without the passphrase can read nothing in it.</source>
        <translation>Siapa pun yang menemukan berkas ini tanpa frasa sandi tidak dapat membaca apa pun di dalamnya.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Ketik sekali lagi</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;kspor paket data…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Ekspor paket data</translation>
    </message>
    <message>
        <source>Receive work</source>
        <translation>Terima pekerjaan</translation>
    </message>
    <message>
        <source>Drop a &lt;b&gt;.scorebundle&lt;/b&gt; file anywhere on this window, or choose one.</source>
        <translation>Lepaskan berkas &lt;b&gt;.scorebundle&lt;/b&gt; di mana saja pada jendela ini, atau pilih berkas.</translation>
    </message>
    <message>
        <source>First you see who sent it and what it would change; nothing is written until you say Import. The workspace is backed up before every import.</source>
        <translation>Anda lebih dulu melihat siapa pengirimnya dan apa yang akan diubahnya; tidak ada yang ditulis sampai Anda memilih Impor. Ruang kerja dicadangkan sebelum setiap impor.</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Impor paket data…</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Impor paket data</translation>
    </message>
    <message>
        <source>Bundles imported here</source>
        <translation>Paket data yang diimpor di sini</translation>
    </message>
    <message>
        <source>No bundle has been imported into this workspace yet. When colleagues send you their work, each bundle appears here with what it changed.</source>
        <translation>Belum ada paket data yang diimpor ke ruang kerja ini. Saat rekan kerja mengirimkan pekerjaan mereka, setiap paket data muncul di sini beserta perubahannya.</translation>
    </message>
    <message>
        <source>This workspace holds</source>
        <translation>Isi ruang kerja ini</translation>
    </message>
    <message>
        <source>This device: &lt;b&gt;%1&lt;/b&gt; · %2 · key &lt;span style=&quot;font-family:monospace&quot;&gt;%3&lt;/span&gt;</source>
        <translation>Perangkat ini: &lt;b&gt;%1&lt;/b&gt; · %2 · kunci &lt;span style=&quot;font-family:monospace&quot;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Every change made here is already in a bundle.</source>
        <translation>Semua perubahan yang dibuat di sini sudah ada dalam paket data.</translation>
    </message>
    <message>
        <source>Changes made here and in no bundle yet: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Perubahan yang dibuat di sini dan belum masuk paket data: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · key %2</source>
        <translation>%1 · kunci %2</translation>
    </message>
    <message>
        <source>no device has sent a bundle here yet</source>
        <translation>belum ada perangkat yang mengirim paket data ke sini</translation>
    </message>
    <message>
        <source>Import a bundle from a device first; then SCORE Desk knows what it holds.</source>
        <translation>Impor paket data dari perangkat tersebut terlebih dahulu; setelah itu SCORE Desk mengetahui isinya.</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Semuanya</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Hanya %1</translation>
    </message>
    <message>
        <source>Only the cohort %1</source>
        <translation>Hanya angkatan %1</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who has the file can read it.</source>
        <translation>Tanpa frasa sandi, siapa pun yang memiliki berkas ini dapat membacanya.</translation>
    </message>
    <message>
        <source>Choose a passphrase and tell it to the receiver another way (phone, in person).</source>
        <translation>Pilih frasa sandi dan beri tahu penerima dengan cara lain (telepon, langsung).</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Ketik frasa sandi sekali lagi.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
    <message>
        <source>Tell the passphrase to the receiver another way than the bundle (phone, in person).</source>
        <translation>Beri tahu frasa sandi kepada penerima melalui cara yang berbeda dari paket data (telepon, langsung).</translation>
    </message>
    <message>
        <source>Records of work in all: %1</source>
        <translation>Seluruh catatan pekerjaan: %1</translation>
    </message>
    <message>
        <source>Photos and documents: %1 (%2)</source>
        <translation>Foto dan dokumen: %1 (%2)</translation>
    </message>
    <message>
        <source>In the recycle bin: %1</source>
        <translation>Di tempat sampah: %1</translation>
    </message>
    <message>
        <source>No other device has sent work here yet.</source>
        <translation>Belum ada perangkat lain yang mengirim pekerjaan ke sini.</translation>
    </message>
    <message>
        <source>Devices that sent work: %1</source>
        <translation>Perangkat yang mengirim pekerjaan: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Konflik untuk ditinjau: %1</translation>
    </message>
    <message>
        <source>Workspace file: %1</source>
        <translation>Berkas ruang kerja: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Ekspor dibatalkan; tidak ada paket data yang ditulis.</translation>
    </message>
    <message>
        <source>Wrote &lt;b&gt;%1&lt;/b&gt; (%2%3) — records: %4, photos and documents: %5.</source>
        <translation>Menulis &lt;b&gt;%1&lt;/b&gt; (%2%3) — catatan: %4, foto dan dokumen: %5.</translation>
    </message>
    <message>
        <source>, protected by a passphrase</source>
        <translation>, dilindungi frasa sandi</translation>
    </message>
    <message>
        <source>Send it by USB stick or e-mail. &lt;a href=&quot;%1&quot;&gt;Open the folder&lt;/a&gt;</source>
        <translation>Kirim melalui flashdisk USB atau e-mail. &lt;a href=&quot;%1&quot;&gt;Buka folder&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;%1&lt;/b&gt; from %2: %3</source>
        <translation>Mengimpor &lt;b&gt;%1&lt;/b&gt; dari %2: %3</translation>
    </message>
    <message>
        <source>— &lt;a href=&quot;conflicts&quot;&gt;review the conflicts&lt;/a&gt;</source>
        <translation>— &lt;a href=&quot;conflicts&quot;&gt;tinjau konflik&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The import of &lt;b&gt;%1&lt;/b&gt; was cancelled; nothing was changed.</source>
        <translation>Impor &lt;b&gt;%1&lt;/b&gt; dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not imported: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; tidak diimpor: %2</translation>
    </message>
    <message>
        <source>Another export or import is still running; drop the bundle again when it has finished.</source>
        <translation>Ekspor atau impor lain masih berjalan; lepaskan lagi paket data itu setelah selesai.</translation>
    </message>
</context>
<context>
    <name>score::FieldInput</name>
    <message>
        <source>%1 takes a whole number; “%2” is not one.</source>
        <translation>%1 harus berupa bilangan bulat; “%2” bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>%1 takes a number; “%2” is not one.</source>
        <translation>%1 harus berupa angka; “%2” bukan angka.</translation>
    </message>
    <message>
        <source>%1 takes yes or no; “%2” is neither.</source>
        <translation>%1 hanya menerima ya atau tidak; “%2” bukan keduanya.</translation>
    </message>
    <message>
        <source>%1 takes a date such as 2026-11-01; “%2” is not one.</source>
        <translation>%1 harus berupa tanggal seperti 2026-11-01; “%2” bukan tanggal.</translation>
    </message>
    <message>
        <source>%1 takes a month such as 2026-11; “%2” is not one.</source>
        <translation>%1 harus berupa bulan seperti 2026-11; “%2” bukan bulan.</translation>
    </message>
    <message>
        <source>%1 cannot be “%2”; it takes one of: %3.</source>
        <translation>%1 tidak boleh “%2”; pilih salah satu dari: %3.</translation>
    </message>
</context>
<context>
    <name>score::FieldValidation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type.</source>
        <translation>%1 memiliki nilai dengan tipe yang salah.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 harus di antara %2 dan %3.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 harus ya atau tidak.</translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <translation>%1 harus berupa angka terhingga.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 lebih dari %2 karakter.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 tidak boleh kosong.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 berisi karakter kontrol.</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD).</source>
        <translation>%1 harus berupa tanggal (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 must be a month (YYYY-MM).</source>
        <translation>%1 harus berupa bulan (YYYY-MM).</translation>
    </message>
    <message>
        <source>%1 must be a UTC date and time.</source>
        <translation>%1 harus berupa tanggal dan waktu UTC.</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;.</source>
        <translation>%1 tidak boleh &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a valid record id.</source>
        <translation>%1 bukan ID catatan yang valid.</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 content hash.</source>
        <translation>%1 bukan hash isi SHA-256.</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 tidak boleh negatif (%2).</translation>
    </message>
</context>
<context>
    <name>score::FindingDialog</name>
    <message>
        <source>New finding</source>
        <translation>Temuan baru</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>What was found, in a few words</source>
        <translation>Apa yang ditemukan, dalam beberapa kata</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Where in the factory</source>
        <translation>Lokasi di dalam pabrik</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>What was seen, and why it matters</source>
        <translation>Apa yang terlihat, dan mengapa hal itu penting</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>&amp;Temuan</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>Tingkat &amp;keparahan</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Deskripsi</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Tambah temuan</translation>
    </message>
    <message>
        <source>Changes are saved as you go; Ctrl+Z undoes them.</source>
        <translation>Perubahan disimpan saat Anda mengisi; Ctrl+Z mengurungkannya.</translation>
    </message>
    <message>
        <source>Discard this finding? What you typed will be lost.</source>
        <translation>Buang temuan ini? Yang sudah Anda ketik akan hilang.</translation>
    </message>
</context>
<context>
    <name>score::FindingListModel</name>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Photos of the finding</source>
        <translation>Foto temuan</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>score::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Findings of the visit</source>
        <translation>Temuan kunjungan</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Add a finding (%1)</source>
        <translation>Tambah temuan (%1)</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Tambah temuan</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Edit temuan</translation>
    </message>
    <message>
        <source>Change the selected finding (Enter)</source>
        <translation>Ubah temuan yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Hapus temuan</translation>
    </message>
    <message>
        <source>Remove the selected finding and its photos (Delete)</source>
        <translation>Hapus temuan yang dipilih beserta fotonya (Delete)</translation>
    </message>
    <message>
        <source>Remove finding “%1”</source>
        <translation>Hapus temuan “%1”</translation>
    </message>
    <message>
        <source>Finding removed; %1 brings it back.</source>
        <translation>Temuan dihapus; %1 mengembalikannya.</translation>
    </message>
</context>
<context>
    <name>score::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>waktu tidak diketahui</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>seseorang</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 oleh %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 oleh %2 pada %3</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, as relayed by %4: its bundle&apos;s signature proves that %4 sent the change, not that %3 made it</source>
        <translation>%1 oleh %2 di %3, sebagaimana diteruskan oleh %4: tanda tangan paketnya membuktikan bahwa %4 mengirim perubahan itu, bukan bahwa %3 yang membuatnya</translation>
    </message>
    <message>
        <source>%1 · %2 · relayed by %3</source>
        <translation>%1 · %2 · diteruskan oleh %3</translation>
    </message>
</context>
<context>
    <name>score::HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Changes to this record, newest first</source>
        <translation>Perubahan pada catatan ini, terbaru lebih dulu</translation>
    </message>
    <message>
        <source>No history for this record yet.</source>
        <translation>Belum ada riwayat untuk catatan ini.</translation>
    </message>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Pilih catatan untuk melihat riwayatnya.</translation>
    </message>
</context>
<context>
    <name>score::ImportChangesModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
</context>
<context>
    <name>score::ImportFlow</name>
    <message>
        <source>There is no bundle at %1.</source>
        <translation>Tidak ada paket data di %1.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created to open the protected bundle.</source>
        <translation>Folder sementara untuk membuka paket data yang dilindungi tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>score::ImportPreviewDialog</name>
    <message>
        <source>Nothing would change here, but values that clash with changes made here would be kept for your review (%1).</source>
        <translation>Tidak ada yang berubah di sini, tetapi nilai yang berbenturan dengan perubahan di sini akan disimpan untuk Anda tinjau (%1).</translation>
    </message>
    <message>
        <source>Nothing would change here: this workspace already has everything in the bundle.</source>
        <translation>Tidak ada yang berubah di sini: ruang kerja ini sudah memiliki semua isi paket data.</translation>
    </message>
    <message>
        <source>new records: %1</source>
        <translation>catatan baru: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>diubah: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>dihapus: %1</translation>
    </message>
    <message>
        <source>restored: %1</source>
        <translation>dipulihkan: %1</translation>
    </message>
    <message>
        <source>new photos and documents: %1</source>
        <translation>foto dan dokumen baru: %1</translation>
    </message>
    <message>
        <source>If you import it — %1.</source>
        <translation>Jika Anda mengimpornya — %1.</translation>
    </message>
    <message>
        <source>Values that clash with changes made here: %1; the later change wins, the other is kept for your review.</source>
        <translation>Nilai yang berbenturan dengan perubahan di sini: %1; perubahan yang lebih akhir berlaku, yang lain disimpan untuk Anda tinjau.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Impor paket data</translation>
    </message>
    <message>
        <source>Import “%1”?</source>
        <translation>Impor “%1”?</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Belum ada yang ditulis.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Perangkat:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>a new key for this device, which you chose to trust</source>
        <translation>kunci baru untuk perangkat ini, yang Anda pilih untuk dipercaya</translation>
    </message>
    <message>
        <source>the same key as its earlier bundles</source>
        <translation>kunci yang sama dengan paket data sebelumnya</translation>
    </message>
    <message>
        <source>the first bundle from this device: compare the fingerprint with the one its user sees in Sync ▸ Devices</source>
        <translation>paket data pertama dari perangkat ini: bandingkan sidik jarinya dengan yang dilihat penggunanya di Sinkronisasi ▸ Perangkat</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation>Ditandatangani dengan:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Dibuat:</translation>
    </message>
    <message>
        <source>Everything on that device</source>
        <translation>Semua isi perangkat tersebut</translation>
    </message>
    <message>
        <source>The changes this workspace had not seen yet</source>
        <translation>Perubahan yang belum dilihat ruang kerja ini</translation>
    </message>
    <message>
        <source>The work of some enterprises (%1)</source>
        <translation>Pekerjaan beberapa perusahaan (%1)</translation>
    </message>
    <message>
        <source>The work of a cohort or some enterprises (%1)</source>
        <translation>Pekerjaan satu angkatan atau beberapa perusahaan (%1)</translation>
    </message>
    <message>
        <source> · %1 records · %2</source>
        <translation> · %1 catatan · %2</translation>
    </message>
    <message>
        <source> · protected by a passphrase</source>
        <translation> · dilindungi frasa sandi</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Isi:</translation>
    </message>
    <message>
        <source>Imported before:</source>
        <translation>Pernah diimpor:</translation>
    </message>
    <message>
        <source>Yes, on %1. Importing it again changes nothing that is not already here.</source>
        <translation>Ya, pada %1. Mengimpornya lagi tidak mengubah apa pun yang belum ada di sini.</translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>Perubahan yang akan terjadi karena impor</translation>
    </message>
    <message>
        <source>Records in the bundle that are already up to date here: %1.</source>
        <translation>Catatan dalam paket data yang sudah mutakhir di sini: %1.</translation>
    </message>
    <message>
        <source>You agreed that this bundle deletes many records (%1); they will stay in the recycle bin.</source>
        <translation>Anda menyetujui bahwa paket data ini menghapus banyak catatan (%1); catatan tersebut akan tetap berada di tempat sampah.</translation>
    </message>
    <message>
        <source>SCORE Desk copies this workspace before importing; Sync ▸ Backups can bring that copy back.</source>
        <translation>SCORE Desk menyalin ruang kerja ini sebelum mengimpor; Sinkronisasi ▸ Cadangan dapat mengembalikan salinan tersebut.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
</context>
<context>
    <name>score::ItemPhotos</name>
    <message>
        <source>No photo of this item yet.</source>
        <translation>Belum ada foto untuk butir ini.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Photos of this item</source>
        <translation>Foto butir ini</translation>
    </message>
    <message>
        <source>Double-click a photo to see it larger</source>
        <translation>Klik dua kali pada foto untuk melihatnya lebih besar</translation>
    </message>
    <message>
        <source>Attach photos of evidence to this item</source>
        <translation>Lampirkan foto bukti ke butir ini</translation>
    </message>
    <message>
        <source>Remove the selected photo from this item</source>
        <translation>Hapus foto yang dipilih dari butir ini</translation>
    </message>
    <message>
        <source>Add photos to item %1</source>
        <translation>Tambah foto ke butir %1</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Gambar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s) to item %1</source>
        <translation>
            <numerusform>Tambah %n foto ke butir %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo %1 from item %2</source>
        <translation>Hapus foto %1 dari butir %2</translation>
    </message>
    <message>
        <source>Item %1 — %2</source>
        <translation>Butir %1 — %2</translation>
    </message>
</context>
<context>
    <name>score::KpiCharts</name>
    <message>
        <source>Better than baseline</source>
        <translation>Lebih baik daripada data awal</translation>
    </message>
    <message>
        <source>Worse than baseline</source>
        <translation>Lebih buruk daripada data awal</translation>
    </message>
    <message>
        <source>%1 — no KPI has both a baseline and a follow-up reading yet</source>
        <translation>%1 — belum ada KPI yang memiliki pembacaan data awal sekaligus tindak lanjut</translation>
    </message>
    <message>
        <source>%1 (%2) by month</source>
        <translation>%1 (%2) per bulan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Baseline readings</source>
        <translation>Pembacaan data awal</translation>
    </message>
    <message>
        <source>Baseline (mean)</source>
        <translation>Data awal (rata-rata)</translation>
    </message>
    <message>
        <source>Before and after (%1)</source>
        <translation>Sebelum dan sesudah (%1)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Data awal</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <source>%1 (%2) — no readings yet</source>
        <translation>%1 (%2) — belum ada pembacaan</translation>
    </message>
</context>
<context>
    <name>score::KpiMetrics</name>
    <message>
        <source>The value is not a number.</source>
        <translation>Nilai ini bukan angka.</translation>
    </message>
    <message>
        <source>KPI values and counts cannot be negative.</source>
        <translation>Nilai dan hitungan KPI tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The denominator (%1) cannot be zero.</source>
        <translation>Penyebut (%1) tidak boleh nol.</translation>
    </message>
    <message>
        <source>A share cannot be above 100 %: check that %1 is not larger than %2.</source>
        <translation>Persentase tidak boleh di atas 100 %: periksa apakah %1 tidak lebih besar daripada %2.</translation>
    </message>
    <message>
        <source>This value is more than twenty times away from the usual %1; check the figures and the unit (%2).</source>
        <translation>Nilai ini berbeda lebih dari dua puluh kali lipat dari nilai %1 yang biasa; periksa angka dan satuannya (%2).</translation>
    </message>
</context>
<context>
    <name>score::KpiReadingDialog</name>
    <message>
        <source>Record %1</source>
        <translation>Catat %1</translation>
    </message>
    <message>
        <source>%1 · unit %2 · %3 is better.</source>
        <translation>%1 · satuan %2 · nilai %3 lebih baik.</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lebih rendah</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>lebih tinggi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Pembacaan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Masukkan %1.</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1 harus lebih dari nol.</translation>
    </message>
    <message>
        <source>Record %1 for %2</source>
        <translation>Catat %1 untuk %2</translation>
    </message>
</context>
<context>
    <name>score::KpiReadingModel</name>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Pembacaan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Pembilang</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Penyebut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>score::KpiSummaryModel</name>
    <message>
        <source>n/a</source>
        <translation>t/a</translation>
    </message>
    <message>
        <source>%1 (%2). %3 is better. %4</source>
        <translation>%1 (%2). %3 lebih baik. %4</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Nilai lebih rendah</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Nilai lebih tinggi</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Data awal</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Peningkatan</translation>
    </message>
</context>
<context>
    <name>score::KpiView</name>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Pembacaan</translation>
    </message>
    <message>
        <source>Improvement against baseline</source>
        <translation>Peningkatan terhadap data awal</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Sebelum dan sesudah</translation>
    </message>
    <message>
        <source>Record reading…</source>
        <translation>Catat pembacaan…</translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation>Hapus pembacaan</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Record this month&apos;s reading of the chosen KPI (Ctrl+R)</source>
        <translation>Catat pembacaan bulan ini untuk KPI yang dipilih (Ctrl+R)</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Monthly readings of the chosen KPI</source>
        <translation>Pembacaan bulanan KPI yang dipilih</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Semua modul</translation>
    </message>
    <message>
        <source>Improvement against baseline — %1</source>
        <translation>Peningkatan terhadap data awal — %1</translation>
    </message>
    <message>
        <source>Choose an enterprise.</source>
        <translation>Pilih perusahaan.</translation>
    </message>
    <message>
        <source>No KPI readings yet for this enterprise and module.</source>
        <translation>Belum ada pembacaan KPI untuk perusahaan dan modul ini.</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>makin rendah makin baik</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>makin tinggi makin baik</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4 (%5), that is %6 % %7 than the baseline.</source>
        <translation>%1: %2 → %3 %4 (%5), yaitu %6 % %7 daripada data awal.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4 (%5), unchanged from the baseline.</source>
        <translation>%1: %2 → %3 %4 (%5), tidak berubah dari data awal.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>lebih baik</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>lebih buruk</translation>
    </message>
    <message>
        <source>%1 (%2): a baseline and a follow-up reading are needed to show the change.</source>
        <translation>%1 (%2): diperlukan pembacaan data awal dan tindak lanjut untuk menunjukkan perubahan.</translation>
    </message>
    <message>
        <source>Delete KPI reading</source>
        <translation>Hapus pembacaan KPI</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>%1: no readings yet for this enterprise. Record the baseline with “Record reading…”.</source>
        <translation>%1: perusahaan ini belum memiliki pembacaan. Catat data awal dengan “Catat pembacaan…”.</translation>
    </message>
</context>
<context>
    <name>score::Labels</name>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Bahaya</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Role in the cohort</source>
        <translation>Peran dalam angkatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tanggal tenggat</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Estimated savings</source>
        <translation>Estimasi penghematan</translation>
    </message>
    <message>
        <source>Verified savings</source>
        <translation>Penghematan terverifikasi</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Akar penyebab</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Approval comment</source>
        <translation>Komentar persetujuan</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI before</source>
        <translation>KPI sebelum</translation>
    </message>
    <message>
        <source>KPI after</source>
        <translation>KPI sesudah</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Permanent staff</source>
        <translation>Karyawan tetap</translation>
    </message>
    <message>
        <source>Temporary staff</source>
        <translation>Karyawan tidak tetap</translation>
    </message>
    <message>
        <source>Supply-chain tier</source>
        <translation>Tingkat rantai pasok</translation>
    </message>
    <message>
        <source>Main buyers</source>
        <translation>Pembeli utama</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Terdaftar pada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Role in the EIT</source>
        <translation>Peran dalam EIT</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Bergabung pada</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Keluar pada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Durasi (jam)</translation>
    </message>
    <message>
        <source>Women taking part</source>
        <translation>Peserta perempuan</translation>
    </message>
    <message>
        <source>Men taking part</source>
        <translation>Peserta laki-laki</translation>
    </message>
    <message>
        <source>Managers present</source>
        <translation>Manajer yang hadir</translation>
    </message>
    <message>
        <source>Workers present</source>
        <translation>Pekerja yang hadir</translation>
    </message>
    <message>
        <source>EIT met</source>
        <translation>EIT bertemu</translation>
    </message>
    <message>
        <source>Projects reviewed</source>
        <translation>Proyek yang ditinjau</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Pengamatan</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Kunjungan berikutnya</translation>
    </message>
    <message>
        <source>Signed by the counsellor on</source>
        <translation>Ditandatangani konselor pada</translation>
    </message>
    <message>
        <source>Signed by the manager on</source>
        <translation>Ditandatangani manajer pada</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Dinilai pada</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Pembilang</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Penyebut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Diajukan pada</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Diterapkan pada</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Kemungkinan</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Pengendalian</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Komentar tinjauan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>Terkendali</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Classroom session</source>
        <translation>Sesi kelas</translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation>Kunjungan data awal</translation>
    </message>
    <message>
        <source>Factory visit</source>
        <translation>Kunjungan pabrik</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Kunjungan tindak lanjut</translation>
    </message>
    <message>
        <source>Final visit</source>
        <translation>Kunjungan akhir</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Data awal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Sebagian</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Manajemen</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Tetap</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tidak tetap</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Expert trainer</source>
        <translation>Pelatih ahli</translation>
    </message>
    <message>
        <source>Programme staff</source>
        <translation>Staf program</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Manajer perusahaan</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Penyelia</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Garments and textiles</source>
        <translation>Garmen dan tekstil</translation>
    </message>
    <message>
        <source>Food processing</source>
        <translation>Pengolahan makanan</translation>
    </message>
    <message>
        <source>Auto parts</source>
        <translation>Suku cadang otomotif</translation>
    </message>
    <message>
        <source>Furniture and wood</source>
        <translation>Furnitur dan kayu</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Elektronik</translation>
    </message>
    <message>
        <source>Plastics</source>
        <translation>Plastik</translation>
    </message>
    <message>
        <source>Printing and packaging</source>
        <translation>Percetakan dan kemasan</translation>
    </message>
    <message>
        <source>Tourism and hotels</source>
        <translation>Pariwisata dan perhotelan</translation>
    </message>
    <message>
        <source>Construction materials</source>
        <translation>Bahan bangunan</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Mutu</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Produktivitas</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Keselamatan</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Tempat kerja</translation>
    </message>
    <message>
        <source>Elimination</source>
        <translation>Eliminasi</translation>
    </message>
    <message>
        <source>Substitution</source>
        <translation>Substitusi</translation>
    </message>
    <message>
        <source>Engineering control</source>
        <translation>Pengendalian teknis</translation>
    </message>
    <message>
        <source>Administrative control</source>
        <translation>Pengendalian administratif</translation>
    </message>
    <message>
        <source>Personal protective equipment</source>
        <translation>Alat pelindung diri (APD)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Limbah</translation>
    </message>
    <message>
        <source>Chemical</source>
        <translation>Bahan kimia</translation>
    </message>
    <message>
        <source>Workplace Cooperation</source>
        <translation>Kerja Sama di Tempat Kerja</translation>
    </message>
    <message>
        <source>Quality Management</source>
        <translation>Manajemen Mutu</translation>
    </message>
    <message>
        <source>Cleaner Production</source>
        <translation>Produksi Bersih</translation>
    </message>
    <message>
        <source>Workforce Management</source>
        <translation>Manajemen Tenaga Kerja</translation>
    </message>
    <message>
        <source>Safety and Health</source>
        <translation>Keselamatan dan Kesehatan Kerja</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Kota atau wilayah</translation>
    </message>
    <message>
        <source>Implementing institution</source>
        <translation>Lembaga pelaksana</translation>
    </message>
    <message>
        <source>Planned modules</source>
        <translation>Modul yang direncanakan</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Diarsipkan pada</translation>
    </message>
    <message>
        <source>Trainers and counsellors</source>
        <translation>Pelatih dan konselor</translation>
    </message>
</context>
<context>
    <name>score::LimitedLineEdit</name>
    <message numerus="yes">
        <source>The text is %n character(s) over the limit of %1: shorten it to save it.</source>
        <translation>
            <numerusform>Teks kelebihan %n karakter dari batas %1 karakter: persingkat agar dapat disimpan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n character(s) over the limit of %2: shorten it to save it.</source>
        <translation>
            <numerusform>%1 kelebihan %n karakter dari batas %2 karakter: persingkat agar dapat disimpan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::MainWindow</name>
    <message>
        <source>%1 — SCORE Desk</source>
        <translation>%1 — SCORE Desk</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Working as </source>
        <translation>Bekerja sebagai </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Buka ruang kerja…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka te&amp;rakhir</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Buka ruang kerja &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Work &amp;as</source>
        <translation>Bekerja seb&amp;agai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
    <message>
        <source>&amp;About SCORE Desk</source>
        <translation>&amp;Tentang SCORE Desk</translation>
    </message>
    <message>
        <source>About SCORE Desk</source>
        <translation>Tentang SCORE Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SCORE Desk %1&lt;/h3&gt;&lt;p&gt;Offline-first workbench for counsellors, enterprise managers and trainers of the ILO SCORE programme (Sustaining Competitive and Responsible Enterprises).&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;br&gt;Device: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SCORE Desk %1&lt;/h3&gt;&lt;p&gt;Alat kerja yang mengutamakan mode luring untuk konselor, manajer perusahaan, dan pelatih program SCORE ILO (Sustaining Competitive and Responsible Enterprises).&lt;/p&gt;&lt;p&gt;Ruang kerja: %2&lt;br&gt;Perangkat: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · device %2 · %3</source>
        <translation>%1 · perangkat %2 · %3</translation>
    </message>
    <message>
        <source>All changes shared</source>
        <translation>Semua perubahan sudah dibagikan</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet in a bundle</source>
        <translation>
            <numerusform>%n perubahan belum masuk paket data</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Tidak ada konflik</translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;sync&quot;&gt;%n conflict(s) to review&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;sync&quot;&gt;%n konflik perlu ditinjau&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no view called &quot;%1&quot;; the views are: %2.</source>
        <translation>Tidak ada tampilan bernama &quot;%1&quot;; tampilan yang tersedia: %2.</translation>
    </message>
    <message>
        <source>The screenshot could not be written to %1.</source>
        <translation>Tangkapan layar tidak dapat ditulis ke %1.</translation>
    </message>
    <message>
        <source>SCORE Desk cannot open %1 here: open a bundle (.scorebundle) or a workspace (.scoredesk).</source>
        <translation>SCORE Desk tidak dapat membuka %1 di sini: buka paket data (.scorebundle) atau ruang kerja (.scoredesk).</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>SCORE Desk will speak %1 the next time it starts.</source>
        <translation>SCORE Desk akan menggunakan %1 saat dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Sesuai sistem (%1)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Find &amp;enterprise</source>
        <translation>Cari &amp;perusahaan</translation>
    </message>
    <message>
        <source>No enterprise yet</source>
        <translation>Belum ada perusahaan</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Perusahaan baru…</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Angkatan baru…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Impor dari lembar kerja…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation>&amp;Ruang kerja…</translation>
    </message>
    <message>
        <source>&amp;Cohort…</source>
        <translation>&amp;Angkatan…</translation>
    </message>
    <message>
        <source>&amp;Enterprise…</source>
        <translation>&amp;Perusahaan…</translation>
    </message>
    <message>
        <source>&amp;Person…</source>
        <translation>&amp;Orang…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Impor dari lembar kerja…</translation>
    </message>
    <message>
        <source>E&amp;xport to a spreadsheet…</source>
        <translation>E&amp;kspor ke lembar kerja…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Orang…</translation>
    </message>
    <message>
        <source>Show &amp;archived cohorts and enterprises</source>
        <translation>Tampilkan angkatan dan perusahaan yang di&amp;arsipkan</translation>
    </message>
    <message>
        <source>%1 shows the work of one enterprise. Add the first enterprise of your cohort, or bring the programme&apos;s enterprises in from a spreadsheet.</source>
        <translation>%1 menampilkan pekerjaan satu perusahaan. Tambahkan perusahaan pertama angkatan Anda, atau impor perusahaan program dari lembar kerja.</translation>
    </message>
    <message>
        <source>The window cannot be made %1×%2; it was pictured at %3×%4.</source>
        <translation>Jendela tidak dapat dibuat %1×%2; tangkapan dibuat pada %3×%4.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;sync&quot;&gt;Changes dated after today: held back&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;sync&quot;&gt;Perubahan bertanggal setelah hari ini: ditahan&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>score::ModuleProgressModel</name>
    <message>
        <source>not started</source>
        <translation>belum dimulai</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n terlambat</numerusform>
        </translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>First score</source>
        <translation>Skor pertama</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Skor terakhir</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Tindakan terbuka</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Laporan kemajuan</translation>
    </message>
</context>
<context>
    <name>score::NavigationModel</name>
    <message>
        <source>Not in a cohort</source>
        <translation>Tidak dalam angkatan</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 enterprises</source>
        <translation>%1 · %2 · %3 perusahaan</translation>
    </message>
    <message>
        <source>%1, %2 · %3 open actions, %4 overdue</source>
        <translation>%1, %2 · %3 tindakan terbuka, %4 terlambat</translation>
    </message>
    <message>
        <source>Cohorts and enterprises</source>
        <translation>Angkatan dan perusahaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (diarsipkan)</translation>
    </message>
</context>
<context>
    <name>score::NavigationPane</name>
    <message>
        <source>Filter enterprises (Ctrl+F)</source>
        <translation>Saring perusahaan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter enterprises</source>
        <translation>Saring perusahaan</translation>
    </message>
    <message>
        <source>Cohorts and enterprises</source>
        <translation>Angkatan dan perusahaan</translation>
    </message>
    <message>
        <source>No cohorts yet</source>
        <translation>Belum ada angkatan</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Angkatan baru…</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Perusahaan baru…</translation>
    </message>
    <message>
        <source>New enterprise in this cohort…</source>
        <translation>Perusahaan baru di angkatan ini…</translation>
    </message>
    <message>
        <source>Change the cohort…</source>
        <translation>Ubah angkatan…</translation>
    </message>
    <message>
        <source>Bring back from the archive</source>
        <translation>Kembalikan dari arsip</translation>
    </message>
    <message>
        <source>Archive the cohort</source>
        <translation>Arsipkan angkatan</translation>
    </message>
    <message>
        <source>Delete the cohort…</source>
        <translation>Hapus angkatan…</translation>
    </message>
    <message>
        <source>New member of its improvement team…</source>
        <translation>Anggota baru tim perbaikannya…</translation>
    </message>
    <message>
        <source>Move to cohort</source>
        <translation>Pindahkan ke angkatan</translation>
    </message>
    <message>
        <source>Archive the enterprise</source>
        <translation>Arsipkan perusahaan</translation>
    </message>
    <message>
        <source>Delete the enterprise…</source>
        <translation>Hapus perusahaan…</translation>
    </message>
    <message>
        <source>Your cohorts and their enterprises will be listed here. File ▸ New adds them: a cohort with Ctrl+Shift+C, an enterprise with Ctrl+Shift+E.</source>
        <translation>Angkatan dan perusahaannya akan tercantum di sini. Berkas ▸ Baru menambahkannya: angkatan dengan Ctrl+Shift+C, perusahaan dengan Ctrl+Shift+E.</translation>
    </message>
</context>
<context>
    <name>score::NewActionDialog</name>
    <message>
        <source>Add improvement action</source>
        <translation>Tambah tindakan perbaikan</translation>
    </message>
    <message>
        <source>A new proposed action in the improvement plan of &lt;b&gt;%1&lt;/b&gt;. The enterprise&apos;s manager approves it.</source>
        <translation>Tindakan usulan baru dalam rencana perbaikan &lt;b&gt;%1&lt;/b&gt;. Manajer perusahaan yang menyetujuinya.</translation>
    </message>
    <message>
        <source>What will be done, e.g. “Fix compressed-air leaks in the sewing hall”</source>
        <translation>Apa yang akan dilakukan, mis. “Perbaiki kebocoran udara bertekanan di ruang jahit”</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Penanggung jawab:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tanggal tenggat</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>Tanggal &amp;tenggat:</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Tambah tindakan</translation>
    </message>
</context>
<context>
    <name>score::NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Penilaian baru</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Kind of assessment</source>
        <translation>Jenis penilaian</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Tanggal penilaian</translation>
    </message>
    <message>
        <source>M%1 · %2</source>
        <translation>M%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Modul</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %1, version %2 (released %3), %n item(s).</source>
        <translation>
            <numerusform>Daftar periksa: %1, versi %2 (dirilis %3), %n butir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 checklist is in force on this date.</source>
        <translation>Tidak ada daftar periksa %1 yang berlaku pada tanggal ini.</translation>
    </message>
    <message>
        <source>Linked to the %1 of %2.</source>
        <translation>Ditautkan ke %1 tanggal %2.</translation>
    </message>
    <message>
        <source>Not linked to a visit (the current visit is of another module).</source>
        <translation>Tidak ditautkan ke kunjungan (kunjungan saat ini untuk modul lain).</translation>
    </message>
</context>
<context>
    <name>score::NewVisitDialog</name>
    <message>
        <source>New visit to %1</source>
        <translation>Kunjungan baru ke %1</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Kunjungan baru</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Jenis kunjungan</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>Start an assessment with the module&apos;s checklist</source>
        <translation>Mulai penilaian dengan daftar periksa modul</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Modul</translation>
    </message>
    <message>
        <source>&amp;Counsellor</source>
        <translation>&amp;Konselor</translation>
    </message>
    <message>
        <source>Create visit</source>
        <translation>Buat kunjungan</translation>
    </message>
    <message>
        <source>No checklist for a classroom session</source>
        <translation>Tidak ada daftar periksa untuk sesi kelas</translation>
    </message>
    <message>
        <source>No checklist for this module on this date</source>
        <translation>Tidak ada daftar periksa untuk modul ini pada tanggal ini</translation>
    </message>
    <message>
        <source>&amp;Start a %1 assessment</source>
        <translation>&amp;Mulai penilaian %1</translation>
    </message>
    <message>
        <source>With the checklist %1.</source>
        <translation>Dengan daftar periksa %1.</translation>
    </message>
</context>
<context>
    <name>score::NewWorkspaceDialog</name>
    <message>
        <source>Create a workspace</source>
        <translation>Buat ruang kerja</translation>
    </message>
    <message>
        <source>A workspace holds your cohorts, enterprises and visits in one file on this laptop. You appear in it by name, next to every change you make.</source>
        <translation>Ruang kerja menyimpan angkatan, perusahaan, dan kunjungan Anda dalam satu berkas di laptop ini. Nama Anda tampil di samping setiap perubahan yang Anda buat.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Peran Anda</translation>
    </message>
    <message>
        <source>Your gender</source>
        <translation>Jenis kelamin Anda</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Berkas ruang kerja</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Nama Anda</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>&amp;Peran Anda</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>SCORE Desk workspaces (*.scoredesk)</source>
        <translation>Ruang kerja SCORE Desk (*.scoredesk)</translation>
    </message>
    <message>
        <source>Give your name: colleagues see it next to your changes.</source>
        <translation>Isi nama Anda: rekan kerja melihatnya di samping perubahan Anda.</translation>
    </message>
    <message>
        <source>Say where to keep the workspace.</source>
        <translation>Sebutkan tempat menyimpan ruang kerja.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name, or open it with File ▸ Open workspace.</source>
        <translation>%1 sudah ada; pilih nama lain, atau buka dengan Berkas ▸ Buka ruang kerja.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
</context>
<context>
    <name>score::PdfReportWriter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>The PDF could not get a new page.</source>
        <translation>PDF tidak dapat menambahkan halaman baru.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>PDF tidak dapat diselesaikan.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 tidak dapat ditulis: %2.</translation>
    </message>
</context>
<context>
    <name>score::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Filter by name, role or enterprise</source>
        <translation>Saring menurut nama, peran, atau perusahaan</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Saring orang</translation>
    </message>
    <message>
        <source>No one yet. Add the programme&apos;s counsellors and trainers here; the people of an enterprise are added from its profile (Enterprises ▸ Enterprise Improvement Team).</source>
        <translation>Belum ada siapa pun. Tambahkan konselor dan pelatih program di sini; orang-orang dari suatu perusahaan ditambahkan dari profilnya (Perusahaan ▸ Tim Peningkatan Perusahaan).</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Orang baru…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
</context>
<context>
    <name>score::PeopleModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (diarsipkan)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Bekerja untuk</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
</context>
<context>
    <name>score::PhotoViewer</name>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Open in another application</source>
        <translation>Buka di aplikasi lain</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Caption: what the photo shows</source>
        <translation>Keterangan: apa yang ditunjukkan foto</translation>
    </message>
    <message>
        <source>Previous photo (Left)</source>
        <translation>Foto sebelumnya (Kiri)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Foto berikutnya (Kanan)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Keterangan</translation>
    </message>
    <message>
        <source>of the visit</source>
        <translation>dari kunjungan</translation>
    </message>
    <message>
        <source>of the finding “%1”</source>
        <translation>dari temuan “%1”</translation>
    </message>
    <message>
        <source>%1, %2 · Left and Right show the other photos.</source>
        <translation>%1, %2 · Tombol Kiri dan Kanan menampilkan foto lainnya.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Photo — %1</source>
        <translation>Foto — %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 tidak dapat ditulis (%2).</translation>
    </message>
    <message>
        <source>The document could not be prepared for opening (%1).</source>
        <translation>Dokumen tidak dapat disiapkan untuk dibuka (%1).</translation>
    </message>
    <message>
        <source>No application on this computer opens %1.</source>
        <translation>Tidak ada aplikasi di komputer ini yang dapat membuka %1.</translation>
    </message>
</context>
<context>
    <name>score::PlanView</name>
    <message>
        <source>Improvement actions</source>
        <translation>Tindakan perbaikan</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Hapus tindakan</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Saring tindakan</translation>
    </message>
    <message>
        <source>Plans shown</source>
        <translation>Rencana yang ditampilkan</translation>
    </message>
    <message>
        <source>This enterprise</source>
        <translation>Perusahaan ini</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>Semua perusahaan</translation>
    </message>
    <message>
        <source>Trainers can follow the plans of every enterprise at once</source>
        <translation>Pelatih dapat memantau rencana semua perusahaan sekaligus</translation>
    </message>
    <message>
        <source>Filter actions (Ctrl+F)</source>
        <translation>Saring tindakan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the actions whose title, area, owner or enterprise contain every word typed</source>
        <translation>Menampilkan tindakan yang judul, area, penanggung jawab, atau perusahaannya memuat setiap kata yang diketik</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>Show the plan as a table</source>
        <translation>Tampilkan rencana sebagai tabel</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Papan</translation>
    </message>
    <message>
        <source>Show the plan as a board with one column per status</source>
        <translation>Tampilkan rencana sebagai papan dengan satu kolom per status</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detail</translation>
    </message>
    <message>
        <source>Show or hide the selected action&apos;s details (F4)</source>
        <translation>Tampilkan atau sembunyikan detail tindakan yang dipilih (F4)</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Tambah tindakan…</translation>
    </message>
    <message>
        <source>Add an improvement action to the enterprise&apos;s plan</source>
        <translation>Tambahkan tindakan perbaikan ke rencana perusahaan</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>Pi&amp;ndahkan ke</translation>
    </message>
    <message>
        <source>Give the selected action another status</source>
        <translation>Beri status lain untuk tindakan yang dipilih</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move the selected action to the recycle bin (Delete; undo with Ctrl+Z)</source>
        <translation>Pindahkan tindakan yang dipilih ke tempat sampah (Delete; urungkan dengan Ctrl+Z)</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Semua modul</translation>
    </message>
    <message>
        <source>No improvement actions yet. Add the first one with “Add action…”.</source>
        <translation>Belum ada tindakan perbaikan. Tambahkan yang pertama dengan “Tambah tindakan…”.</translation>
    </message>
    <message>
        <source>Choose an enterprise to see its improvement plan.</source>
        <translation>Pilih perusahaan untuk melihat rencana perbaikannya.</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 tindakan</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 tindakan</translation>
    </message>
    <message>
        <source>Showing %1 of 1 action</source>
        <translation>Menampilkan %1 dari 1 tindakan</translation>
    </message>
    <message>
        <source>Showing %1 of %2 actions</source>
        <translation>Menampilkan %1 dari %2 tindakan</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 terbuka</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b02a1a&quot;&gt;&lt;b&gt;%1 overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b02a1a&quot;&gt;&lt;b&gt;%1 terlambat&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>estimated savings %1</source>
        <translation>estimasi penghematan %1</translation>
    </message>
    <message>
        <source>verified savings %1</source>
        <translation>penghematan terverifikasi %1</translation>
    </message>
    <message>
        <source>Delete action “%1”</source>
        <translation>Hapus tindakan “%1”</translation>
    </message>
    <message>
        <source>Choose an enterprise before adding an action to its plan.</source>
        <translation>Pilih perusahaan sebelum menambahkan tindakan ke rencananya.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Pindahkan ke</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Kembalikan…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Rencana perbaikan</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeActions</name>
    <message>
        <source>Archive “%1”</source>
        <translation>Arsipkan “%1”</translation>
    </message>
    <message>
        <source>Bring back “%1”</source>
        <translation>Kembalikan “%1”</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Pindahkan “%1” ke %2</translation>
    </message>
    <message>
        <source>Delete the cohort “%1”?</source>
        <translation>Hapus angkatan “%1”?</translation>
    </message>
    <message>
        <source>Delete “%1” with its visits, checklists, plan, KPI readings and team?</source>
        <translation>Hapus “%1” beserta kunjungan, daftar periksa, rencana, pembacaan KPI, dan timnya?</translation>
    </message>
    <message>
        <source>Delete %1 and their place in an improvement team?</source>
        <translation>Hapus %1 beserta tempatnya di tim perbaikan?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>It goes to the recycle bin; Edit ▸ Undo brings it back.</source>
        <translation>Catatan masuk ke tempat sampah; Edit ▸ Urungkan mengembalikannya.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Hapus “%1”</translation>
    </message>
    <message>
        <source>Import cohorts, enterprises and people</source>
        <translation>Impor angkatan, perusahaan, dan orang</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per kind (*.csv)</source>
        <translation>Berkas CSV, satu per jenis (*.csv)</translation>
    </message>
    <message>
        <source>Export cohorts, enterprises and people</source>
        <translation>Ekspor angkatan, perusahaan, dan orang</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Wrote %1. Fill it in or correct it, then import it with File ▸ Import from a spreadsheet.</source>
        <translation>%1 telah ditulis. Isi atau perbaiki, lalu impor dengan Berkas ▸ Impor dari lembar kerja.</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeEditor</name>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Tidak ada %1 dengan ID %2.</translation>
    </message>
    <message>
        <source>There is no country “%1”; give its two-letter code, such as VN, ID or GH.</source>
        <translation>Tidak ada negara “%1”; berikan kode dua hurufnya, seperti VN, ID, atau GH.</translation>
    </message>
    <message>
        <source>There is no %1 called “%2”.</source>
        <translation>Tidak ada %1 bernama “%2”.</translation>
    </message>
    <message>
        <source>%1 %2 are called “%3”; give the id of the one you mean instead.</source>
        <translation>Ada %1 %2 bernama “%3”; berikan ID dari yang Anda maksud.</translation>
    </message>
    <message>
        <source>A member of an improvement team works at an enterprise; say which (enterprise).</source>
        <translation>Anggota tim perbaikan bekerja di suatu perusahaan; sebutkan perusahaannya (enterprise).</translation>
    </message>
    <message>
        <source>Say the enterprise&apos;s country (for example VN), or enrol it in a cohort.</source>
        <translation>Sebutkan negara perusahaan (misalnya VN), atau daftarkan perusahaan ke suatu angkatan.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2 (it may be in the recycle bin).</source>
        <translation>Tidak ada %1 dengan ID %2 (mungkin ada di tempat sampah).</translation>
    </message>
    <message numerus="yes">
        <source>The cohort still has %n enterprise(s); move them to another cohort or delete them first.</source>
        <translation>
            <numerusform>Angkatan ini masih memiliki %n perusahaan; pindahkan ke angkatan lain atau hapus terlebih dahulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person at this device is a counsellor, a trainer, programme staff or an enterprise manager.</source>
        <translation>Orang di perangkat ini adalah konselor, pelatih, staf program, atau manajer perusahaan.</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>“%1” bukan kolom dari %2; kolomnya adalah: %3.</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeForm</name>
    <message>
        <source>Earlier</source>
        <translation>Lebih awal</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Lebih akhir</translation>
    </message>
    <message>
        <source>Archived: kept, but out of the lists</source>
        <translation>Diarsipkan: tetap disimpan, tetapi tidak ditampilkan di daftar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Member of an improvement team</source>
        <translation>Anggota tim perbaikan</translation>
    </message>
    <message>
        <source>(not available: %1)</source>
        <translation>(tidak tersedia: %1)</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeRecordDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Angkatan baru</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>Perusahaan baru</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>A group of 10–15 enterprises trained together, usually from one cluster or sector.</source>
        <translation>Sekelompok 10–15 perusahaan yang dilatih bersama, biasanya dari satu klaster atau sektor.</translation>
    </message>
    <message>
        <source>The factory&apos;s profile; the rest (buyers, address, manager) can be filled in later.</source>
        <translation>Profil pabrik; sisanya (pembeli, alamat, manajer) dapat diisi kemudian.</translation>
    </message>
    <message>
        <source>A counsellor or trainer of the programme, an enterprise manager, or a member of an enterprise&apos;s improvement team.</source>
        <translation>Konselor atau pelatih program, manajer perusahaan, atau anggota tim perbaikan suatu perusahaan.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation>Tambah %1 “%2”</translation>
    </message>
    <message>
        <source>Change %1 “%2”</source>
        <translation>Ubah %1 “%2”</translation>
    </message>
</context>
<context>
    <name>score::ReceivedBundleModel</name>
    <message>
        <source>%1 new</source>
        <translation>%1 baru</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 diubah</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 dihapus</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 dipulihkan</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>konflik: %1</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>tidak ada yang baru</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Semuanya</translation>
    </message>
    <message>
        <source>New changes only</source>
        <translation>Hanya perubahan baru</translation>
    </message>
    <message>
        <source>Some enterprises</source>
        <translation>Beberapa perusahaan</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Paket data %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Changes here</source>
        <translation>Perubahan di sini</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>score::RecordEditor</name>
    <message>
        <source>There is no kind of record called &quot;%1&quot;.</source>
        <translation>Tidak ada jenis catatan bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 refers to an unknown kind of record.</source>
        <translation>%1 merujuk ke jenis catatan yang tidak dikenal.</translation>
    </message>
    <message>
        <source>The %1 chosen for %2 does not exist or is in the recycle bin.</source>
        <translation>Catatan %1 yang dipilih untuk %2 tidak ada atau berada di tempat sampah.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>Catatan %1 tidak memiliki kolom &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This %1 already exists.</source>
        <translation>Catatan %1 ini sudah ada.</translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Catatan %1 ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>This %1 is in the recycle bin; restore it before editing it.</source>
        <translation>Catatan %1 ini berada di tempat sampah; pulihkan sebelum mengeditnya.</translation>
    </message>
    <message>
        <source>This %1 does not exist or is already in the recycle bin.</source>
        <translation>Catatan %1 ini tidak ada atau sudah berada di tempat sampah.</translation>
    </message>
</context>
<context>
    <name>score::RecordForm</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(not available: %1)</source>
        <translation>(tidak tersedia: %1)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>score::RecordHistory</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>There is no kind of record called &quot;%1&quot;.</source>
        <translation>Tidak ada jenis catatan bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>Dikembalikan oleh</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Tanggal pengembalian</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Alasan pengembalian</translation>
    </message>
</context>
<context>
    <name>score::RecordLists</name>
    <message>
        <source>Classroom session</source>
        <translation>Sesi kelas</translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation>Kunjungan data awal</translation>
    </message>
    <message>
        <source>Factory visit</source>
        <translation>Kunjungan pabrik</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Kunjungan tindak lanjut</translation>
    </message>
    <message>
        <source>Final visit</source>
        <translation>Kunjungan akhir</translation>
    </message>
    <message>
        <source>Devices are listed by &apos;scorectl devices&apos;.</source>
        <translation>Perangkat dicantumkan oleh &apos;scorectl devices&apos;.</translation>
    </message>
</context>
<context>
    <name>score::RecordRules</name>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 tidak boleh negatif (%2).</translation>
    </message>
    <message>
        <source>%1 “%2” does not look like an e-mail address.</source>
        <translation>%1 “%2” tampaknya bukan alamat email.</translation>
    </message>
    <message>
        <source>The cohort cannot end (%1) before it starts (%2).</source>
        <translation>Angkatan tidak boleh berakhir (%1) sebelum dimulai (%2).</translation>
    </message>
    <message>
        <source>The module plan names “%1”, which is not a SCORE module (the modules are %2).</source>
        <translation>Rencana modul menyebut “%1”, yang bukan modul SCORE (modulnya adalah %2).</translation>
    </message>
    <message>
        <source>The module plan names %1 twice.</source>
        <translation>Rencana modul menyebut %1 dua kali.</translation>
    </message>
    <message>
        <source>%1 comes first in SCORE: it sets up the improvement team; this plan starts with %2.</source>
        <translation>%1 adalah modul pertama SCORE: modul ini membentuk tim perbaikan; rencana ini dimulai dengan %2.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than the employees (%3).</source>
        <translation>%1 (%2) tidak boleh lebih banyak daripada jumlah karyawan (%3).</translation>
    </message>
    <message>
        <source>Women (%1) and men (%2) add up to %3, not to the %4 employees.</source>
        <translation>Perempuan (%1) dan laki-laki (%2) berjumlah %3, bukan %4 karyawan.</translation>
    </message>
    <message>
        <source>Permanent (%1) and temporary staff (%2) add up to %3, not to the %4 employees.</source>
        <translation>Staf tetap (%1) dan tidak tetap (%2) berjumlah %3, bukan %4 karyawan.</translation>
    </message>
    <message>
        <source>SCORE is meant for enterprises of %1 to %2 employees; this one has %3.</source>
        <translation>SCORE ditujukan untuk perusahaan dengan %1 hingga %2 karyawan; perusahaan ini memiliki %3.</translation>
    </message>
    <message>
        <source>A member cannot leave the team (%1) before joining it (%2).</source>
        <translation>Anggota tidak dapat keluar dari tim (%1) sebelum bergabung (%2).</translation>
    </message>
    <message>
        <source>The next visit (%1) cannot be before this one (%2).</source>
        <translation>Kunjungan berikutnya (%1) tidak boleh sebelum kunjungan ini (%2).</translation>
    </message>
    <message>
        <source>A visit lasts more than 0 and at most 24 hours, not %1.</source>
        <translation>Kunjungan berlangsung lebih dari 0 dan paling lama 24 jam, bukan %1.</translation>
    </message>
    <message>
        <source>The due date (%1) cannot be before the action starts (%2).</source>
        <translation>Tenggat (%1) tidak boleh sebelum tindakan dimulai (%2).</translation>
    </message>
    <message>
        <source>The action was completed (%1) before it started (%2).</source>
        <translation>Tindakan selesai (%1) sebelum dimulai (%2).</translation>
    </message>
    <message>
        <source>The due date (%1) cannot be before the visit that agreed the action (%2).</source>
        <translation>Tenggat (%1) tidak boleh sebelum kunjungan yang menyepakati tindakan ini (%2).</translation>
    </message>
    <message>
        <source>%1 is counted in whole numbers, not %2.</source>
        <translation>%1 dihitung dalam bilangan bulat, bukan %2.</translation>
    </message>
    <message>
        <source>%1 is a percentage; %2 is over 100.</source>
        <translation>%1 adalah persentase; %2 lebih dari 100.</translation>
    </message>
    <message>
        <source>The denominator cannot be zero.</source>
        <translation>Penyebut tidak boleh nol.</translation>
    </message>
    <message>
        <source>%1 is %2, but its numerator and denominator give %3.</source>
        <translation>%1 bernilai %2, tetapi pembilang dan penyebutnya menghasilkan %3.</translation>
    </message>
    <message>
        <source>The hazard cannot be due (%1) before it was identified (%2).</source>
        <translation>Tenggat bahaya (%1) tidak boleh sebelum bahaya itu diidentifikasi (%2).</translation>
    </message>
    <message>
        <source>The hazard cannot be closed (%1) before it was identified (%2).</source>
        <translation>Bahaya tidak dapat ditutup (%1) sebelum diidentifikasi (%2).</translation>
    </message>
    <message>
        <source>The suggestion cannot be implemented (%1) before it was made (%2).</source>
        <translation>Saran tidak dapat diterapkan (%1) sebelum diajukan (%2).</translation>
    </message>
    <message>
        <source>The report&apos;s period cannot end (%1) before it starts (%2).</source>
        <translation>Periode laporan tidak boleh berakhir (%1) sebelum dimulai (%2).</translation>
    </message>
    <message>
        <source>%1 is a role in the programme, not at an enterprise; leave the enterprise empty.</source>
        <translation>%1 adalah peran dalam program, bukan di perusahaan; kosongkan perusahaannya.</translation>
    </message>
    <message>
        <source>%1 is a role at an enterprise; choose the enterprise.</source>
        <translation>%1 adalah peran di perusahaan; pilih perusahaannya.</translation>
    </message>
</context>
<context>
    <name>score::RecordStore</name>
    <message>
        <source>The sync information of %1 %2 is damaged; run a workspace check.</source>
        <translation>Informasi sinkronisasi %1 %2 rusak; jalankan pemeriksaan ruang kerja.</translation>
    </message>
</context>
<context>
    <name>score::RecordWriter</name>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>Catatan %1 %2 tidak ada.</translation>
    </message>
</context>
<context>
    <name>score::RecycleBinModel</name>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 lainnya</translation>
    </message>
    <message>
        <source>Deleted together with this %1; restoring it brings them back too.</source>
        <translation>Dihapus bersama %1 ini; memulihkannya juga akan mengembalikan catatan tersebut.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>Bersamanya</translation>
    </message>
</context>
<context>
    <name>score::RecycleBinPage</name>
    <message>
        <source>Recycle bin</source>
        <translation>Tempat sampah</translation>
    </message>
    <message>
        <source>Deleted records stay here: a delete travels to other devices like any change, and can be taken back. Restoring a record also brings back what was deleted together with it.</source>
        <translation>Catatan yang dihapus tetap ada di sini: penghapusan sampai ke perangkat lain seperti perubahan lainnya, dan dapat dibatalkan. Memulihkan sebuah catatan juga mengembalikan apa yang dihapus bersamanya.</translation>
    </message>
    <message>
        <source>Filter by name, kind, enterprise or person</source>
        <translation>Saring menurut nama, jenis, perusahaan, atau orang</translation>
    </message>
    <message>
        <source>Filter the recycle bin</source>
        <translation>Saring tempat sampah</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>Tempat sampah kosong.</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Catatan yang dihapus</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Bring the record back (Ctrl+Z undoes it).</source>
        <translation>Kembalikan catatan (Ctrl+Z mengurungkannya).</translation>
    </message>
    <message>
        <source>The %1 most recent deletions are shown.</source>
        <translation>Menampilkan %1 penghapusan terbaru.</translation>
    </message>
    <message>
        <source>Restoring %1 also brings back what was deleted with it (%2 more records).</source>
        <translation>Memulihkan %1 juga mengembalikan apa yang dihapus bersamanya (%2 catatan lainnya).</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Pulihkan %1</translation>
    </message>
</context>
<context>
    <name>score::ReportCharts</name>
    <message>
        <source>Score (0–100)</source>
        <translation>Skor (0–100)</translation>
    </message>
    <message>
        <source>Better than baseline</source>
        <translation>Lebih baik daripada data awal</translation>
    </message>
    <message>
        <source>Worse than baseline</source>
        <translation>Lebih buruk daripada data awal</translation>
    </message>
    <message>
        <source>Improvement against baseline (%)</source>
        <translation>Peningkatan terhadap data awal (%)</translation>
    </message>
</context>
<context>
    <name>score::ReportDocuments</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Cohort report</source>
        <translation>Laporan angkatan</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <source>Modules completed</source>
        <translation>Modul selesai</translation>
    </message>
    <message>
        <source>started</source>
        <translation>dimulai</translation>
    </message>
    <message>
        <source>Median checklist score</source>
        <translation>Median skor daftar periksa</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>%1 agreed, %2 done, %3 overdue</source>
        <translation>%1 disepakati, %2 selesai, %3 terlambat</translation>
    </message>
    <message>
        <source>KPIs improved</source>
        <translation>KPI membaik</translation>
    </message>
    <message>
        <source>Median KPI improvement</source>
        <translation>Median peningkatan KPI</translation>
    </message>
    <message>
        <source>Verified savings per year</source>
        <translation>Penghematan terverifikasi per tahun</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Perempuan di antara peserta</translation>
    </message>
    <message>
        <source>Scores: the mean over the assessed modules of the first and the latest checklist score (0–100). KPI improvement: the median over the enterprise&apos;s KPIs, positive when better. Overdue: open actions past their due date on %1.</source>
        <translation>Skor: rata-rata skor daftar periksa pertama dan terakhir (0–100) atas modul yang dinilai. Peningkatan KPI: median atas KPI perusahaan, positif jika membaik. Terlambat: tindakan terbuka yang melewati tanggal tenggat pada %1.</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Modules started</source>
        <translation>Modul dimulai</translation>
    </message>
    <message>
        <source>First score</source>
        <translation>Skor pertama</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Skor terakhir</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Tindakan disepakati</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Tindakan selesai</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Verified savings (%1)</source>
        <translation>Penghematan terverifikasi (%1)</translation>
    </message>
    <message>
        <source>Cohort total</source>
        <translation>Total angkatan</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Checklist score per enterprise: first and latest assessment (mean over modules)</source>
        <translation>Skor daftar periksa per perusahaan: penilaian pertama dan terakhir (rata-rata atas modul)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Pertama</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Skor (0–100)</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Enterprises started</source>
        <translation>Perusahaan yang memulai</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Median first score</source>
        <translation>Median skor pertama</translation>
    </message>
    <message>
        <source>Median latest score</source>
        <translation>Median skor terakhir</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Tindakan terbuka</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Checklist scores by enterprise and module</source>
        <translation>Skor daftar periksa per perusahaan dan modul</translation>
    </message>
    <message>
        <source>First → latest score; green: module completed (final visit or approved progress report).</source>
        <translation>Skor pertama → terakhir; hijau: modul selesai (kunjungan akhir atau laporan kemajuan yang disetujui).</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Indikator kinerja utama (KPI)</translation>
    </message>
    <message>
        <source>Per KPI, over the enterprises that measured a baseline and a follow-up; improvement is positive when better.</source>
        <translation>Per KPI, atas perusahaan yang mengukur data awal dan tindak lanjut; peningkatan bernilai positif jika membaik.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Lebih baik jika</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Membaik</translation>
    </message>
    <message>
        <source>Median baseline</source>
        <translation>Median data awal</translation>
    </message>
    <message>
        <source>Median latest</source>
        <translation>Median terakhir</translation>
    </message>
    <message>
        <source>Median improvement</source>
        <translation>Median peningkatan</translation>
    </message>
    <message>
        <source>No KPI readings in this cohort yet.</source>
        <translation>Belum ada pembacaan KPI dalam angkatan ini.</translation>
    </message>
    <message>
        <source>Participation by gender</source>
        <translation>Partisipasi menurut jenis kelamin</translation>
    </message>
    <message>
        <source>Classroom sessions and factory visits count the people present at each; the EIT counts its current members.</source>
        <translation>Sesi kelas dan kunjungan pabrik menghitung orang yang hadir di setiap kegiatan; EIT menghitung anggotanya saat ini.</translation>
    </message>
    <message>
        <source>Workforce women</source>
        <translation>Tenaga kerja perempuan</translation>
    </message>
    <message>
        <source>Workforce men</source>
        <translation>Tenaga kerja laki-laki</translation>
    </message>
    <message>
        <source>Classroom women</source>
        <translation>Sesi kelas perempuan</translation>
    </message>
    <message>
        <source>Classroom men</source>
        <translation>Sesi kelas laki-laki</translation>
    </message>
    <message>
        <source>Visits women</source>
        <translation>Kunjungan perempuan</translation>
    </message>
    <message>
        <source>Visits men</source>
        <translation>Kunjungan laki-laki</translation>
    </message>
    <message>
        <source>EIT women</source>
        <translation>EIT perempuan</translation>
    </message>
    <message>
        <source>EIT men</source>
        <translation>EIT laki-laki</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Laporan %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Enterprise progress report</source>
        <translation>Laporan kemajuan perusahaan</translation>
    </message>
    <message>
        <source>%1 permanent, %2 temporary</source>
        <translation>%1 tetap, %2 tidak tetap</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <source>Supply-chain tier</source>
        <translation>Tingkat rantai pasok</translation>
    </message>
    <message>
        <source>Main buyers</source>
        <translation>Pembeli utama</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Terdaftar pada</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Enterprise Improvement Team</source>
        <translation>Tim Peningkatan Perusahaan</translation>
    </message>
    <message>
        <source>The team is balanced: both sides, both genders and temporary staff are represented.</source>
        <translation>Tim sudah seimbang: kedua pihak, kedua jenis kelamin, dan karyawan tidak tetap terwakili.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role in the EIT</source>
        <translation>Peran dalam EIT</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Progress by module</source>
        <translation>Kemajuan per modul</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Kunjungan pertama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checklist scores over time, by module</source>
        <translation>Skor daftar periksa dari waktu ke waktu, per modul</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>Modul %1: %2</translation>
    </message>
    <message>
        <source>%1 visits from %2 to %3; %4.</source>
        <translation>%1 kunjungan dari %2 sampai %3; %4.</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Laporan kemajuan: %1</translation>
    </message>
    <message>
        <source>(reviewed by %1)</source>
        <translation>(ditinjau oleh %1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>EIT met</source>
        <translation>EIT bertemu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Checklist scores</source>
        <translation>Skor daftar periksa</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 pada %2: %3</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Overall score (0–100)</source>
        <translation>Skor keseluruhan (0–100)</translation>
    </message>
    <message>
        <source>%1: first and latest checklist, by section</source>
        <translation>%1: daftar periksa pertama dan terakhir, per bagian</translation>
    </message>
    <message>
        <source>First (%1)</source>
        <translation>Pertama (%1)</translation>
    </message>
    <message>
        <source>Latest (%1)</source>
        <translation>Terakhir (%1)</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Tindakan perbaikan</translation>
    </message>
    <message>
        <source>%1 open (%2 overdue), %3 done, %4 dropped.</source>
        <translation>%1 terbuka (%2 terlambat), %3 selesai, %4 dibatalkan.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tanggal tenggat</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>No improvement actions in this module.</source>
        <translation>Tidak ada tindakan perbaikan dalam modul ini.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, terlambat</translation>
    </message>
    <message>
        <source>Baseline: the mean of the baseline readings. Improvement is against the baseline and positive when the KPI moved in its direction of better; a zero baseline has no percentage.</source>
        <translation>Data awal: rata-rata pembacaan data awal. Peningkatan dihitung terhadap data awal dan bernilai positif jika KPI bergerak ke arah yang lebih baik; data awal bernilai nol tidak memiliki persentase.</translation>
    </message>
    <message>
        <source>Improvement of each KPI against its baseline</source>
        <translation>Peningkatan setiap KPI terhadap data awalnya</translation>
    </message>
    <message>
        <source>KPI trends</source>
        <translation>Tren KPI</translation>
    </message>
    <message>
        <source>Monthly readings; the dashed red line is the baseline.</source>
        <translation>Pembacaan bulanan; garis merah putus-putus adalah data awal.</translation>
    </message>
    <message>
        <source>Improvement actions in total</source>
        <translation>Total tindakan perbaikan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Estimated savings per year</source>
        <translation>Estimasi penghematan per tahun</translation>
    </message>
    <message>
        <source>SCORE Desk · generated on %1</source>
        <translation>SCORE Desk · dibuat pada %1</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lebih rendah</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>lebih tinggi</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Data awal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Peningkatan</translation>
    </message>
    <message>
        <source>No KPI readings yet.</source>
        <translation>Belum ada pembacaan KPI.</translation>
    </message>
    <message>
        <source>n/a (zero baseline)</source>
        <translation>t/a (data awal nol)</translation>
    </message>
    <message>
        <source>%1 (%2 women, %3 men)</source>
        <translation>%1 (%2 perempuan, %3 laki-laki)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>No checklist of this module has been assessed yet.</source>
        <translation>Belum ada daftar periksa modul ini yang dinilai.</translation>
    </message>
    <message>
        <source>No checklist was taken during this visit; this is the module&apos;s latest assessment before it.</source>
        <translation>Tidak ada daftar periksa yang diisi selama kunjungan ini; ini adalah penilaian terakhir modul sebelum kunjungan tersebut.</translation>
    </message>
    <message>
        <source>%1 (version %2), assessed on %3: %4 of %5 items answered.</source>
        <translation>%1 (versi %2), dinilai pada %3: %4 dari %5 butir dijawab.</translation>
    </message>
    <message>
        <source>Compared with the previous assessment of %1 (%2).</source>
        <translation>Dibandingkan dengan penilaian sebelumnya tanggal %1 (%2).</translation>
    </message>
    <message>
        <source>This is the first assessment of the module: there is nothing to compare with yet.</source>
        <translation>Ini adalah penilaian pertama untuk modul ini: belum ada pembanding.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>Kunjungan ini</translation>
    </message>
    <message>
        <source>Section scores against the previous assessment</source>
        <translation>Skor bagian dibandingkan dengan penilaian sebelumnya</translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation>Sebelumnya (%1)</translation>
    </message>
    <message>
        <source>This visit (%1)</source>
        <translation>Kunjungan ini (%1)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>No findings were recorded during this visit.</source>
        <translation>Tidak ada temuan yang dicatat selama kunjungan ini.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Tingkat keparahan: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Checklist item %1</source>
        <translation>Butir daftar periksa %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>No actions were agreed during this visit.</source>
        <translation>Tidak ada tindakan yang disepakati selama kunjungan ini.</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Laporan kunjungan</translation>
    </message>
    <message>
        <source>managers: %1, workers: %2</source>
        <translation>manajer: %1, pekerja: %2</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Jenis kunjungan</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Projects reviewed</source>
        <translation>Proyek yang ditinjau</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Kunjungan berikutnya</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Pengamatan</translation>
    </message>
    <message>
        <source>KPI snapshot</source>
        <translation>Ringkasan KPI</translation>
    </message>
    <message>
        <source>The KPIs of the module as they stood in %1; improvement is against the baseline, positive when better.</source>
        <translation>KPI modul sebagaimana pada %1; peningkatan dihitung terhadap data awal, positif jika membaik.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Manajer perusahaan</translation>
    </message>
    <message>
        <source>The team is balanced: both sides and both genders are represented.</source>
        <translation>Tim sudah seimbang: kedua pihak dan kedua jenis kelamin terwakili.</translation>
    </message>
</context>
<context>
    <name>score::ReportFormats</name>
    <message>
        <source>There is no &quot;%1&quot; report; choose visit, enterprise or cohort.</source>
        <translation>Tidak ada laporan &quot;%1&quot;; pilih visit, enterprise, atau cohort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report format; choose pdf, xlsx or csv.</source>
        <translation>&quot;%1&quot; bukan format laporan; pilih pdf, xlsx, atau csv.</translation>
    </message>
    <message>
        <source>The %1 report exists as PDF only, not as %2; the cohort report also comes as XLSX and CSV.</source>
        <translation>Laporan %1 hanya tersedia sebagai PDF, bukan %2; laporan angkatan juga tersedia sebagai XLSX dan CSV.</translation>
    </message>
</context>
<context>
    <name>score::ReportGenerator</name>
    <message>
        <source>Unknown report.</source>
        <translation>Laporan tidak dikenal.</translation>
    </message>
    <message>
        <source>Visit %1 %2</source>
        <translation>Kunjungan %1 %2</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>Kemajuan %1 %2</translation>
    </message>
    <message>
        <source>Cohort %1 %2</source>
        <translation>Angkatan %1 %2</translation>
    </message>
</context>
<context>
    <name>score::ReportLayout</name>
    <message>
        <source>The photo has not reached this workspace yet.</source>
        <translation>Foto ini belum sampai ke ruang kerja ini.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Ditandatangani pada %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>score::ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Pratinjau laporan</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Perbesar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>Sesuaikan &amp;lebar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>score::ReportsView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Si&amp;mpan…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Laporan kunjungan</translation>
    </message>
    <message>
        <source>Enterprise progress report</source>
        <translation>Laporan kemajuan perusahaan</translation>
    </message>
    <message>
        <source>Cohort report</source>
        <translation>Laporan angkatan</translation>
    </message>
    <message>
        <source>Subject of the report</source>
        <translation>Subjek laporan</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Laporan:</translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>The %1 file holds the cohort&apos;s tables (one sheet per topic in XLSX); the preview shows them as PDF pages.</source>
        <translation>Berkas %1 memuat tabel-tabel angkatan (satu lembar per topik dalam XLSX); pratinjau menampilkannya sebagai halaman PDF.</translation>
    </message>
    <message>
        <source>The workspace changed; choose Refresh to update the report.</source>
        <translation>Ruang kerja telah berubah; pilih Segarkan untuk memperbarui laporan.</translation>
    </message>
    <message>
        <source>Choose a report; its pages appear here.</source>
        <translation>Pilih laporan; halamannya akan muncul di sini.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n enterprise(s))</source>
        <translation>
            <numerusform>%1 (%n perusahaan)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokumen PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Buku kerja Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabel CSV</translation>
    </message>
    <message>
        <source>Choose an enterprise with visits to make a visit report.</source>
        <translation>Pilih perusahaan yang memiliki kunjungan untuk membuat laporan kunjungan.</translation>
    </message>
    <message>
        <source>There is nothing to report on yet.</source>
        <translation>Belum ada yang dapat dilaporkan.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Reading the report&apos;s data…</source>
        <translation>Membaca data laporan…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n halaman.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tabel CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Disimpan ke %1.</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
</context>
<context>
    <name>score::ReturnActionDialog</name>
    <message>
        <source>Return the action</source>
        <translation>Kembalikan tindakan</translation>
    </message>
    <message>
        <source>What should change in “%1” before you approve it?</source>
        <translation>Apa yang perlu diubah pada “%1” sebelum Anda menyetujuinya?</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Alasan pengembalian</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Send the action back with this reason (Ctrl+Enter)</source>
        <translation>Kirim kembali tindakan dengan alasan ini (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Say what should change before returning the action.</source>
        <translation>Jelaskan apa yang perlu diubah sebelum mengembalikan tindakan.</translation>
    </message>
</context>
<context>
    <name>score::Role</name>
    <message>
        <source>Counsellor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Manajer perusahaan</translation>
    </message>
    <message>
        <source>Trainer / programme staff</source>
        <translation>Pelatih / staf program</translation>
    </message>
</context>
<context>
    <name>score::SheetErrors</name>
    <message>
        <source>%1 is not a spreadsheet SCORE Desk can read: %2.</source>
        <extracomment>%1 is a file name, %2 what is wrong with it (a clause, e.g. &quot;it is empty&quot;).</extracomment>
        <translation>%1 bukan lembar kerja yang dapat dibaca SCORE Desk: %2.</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>berkas lebih besar dari %1</translation>
    </message>
    <message>
        <source>it holds more than %L1 parts</source>
        <translation>berkas berisi lebih dari %L1 bagian</translation>
    </message>
    <message>
        <source>it has more than %L1 cells</source>
        <translation>berkas memiliki lebih dari %L1 sel</translation>
    </message>
    <message>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Tidak ada berkas di %1.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>itu adalah folder</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <extracomment>%1 is a file name, %2 why it cannot be written (a clause).</extracomment>
        <translation>%1 tidak dapat ditulis: %2.</translation>
    </message>
</context>
<context>
    <name>score::SheetExchange</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, baris %2: %3</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, baris %2, kolom %3: %4</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>SCORE Desk cannot tell what this sheet lists; name it Cohorts, Enterprises or People.</source>
        <translation>SCORE Desk tidak tahu isi lembar ini; beri nama Cohorts, Enterprises, atau People.</translation>
    </message>
    <message>
        <source>“%1” is not a column SCORE Desk knows for %2; the columns are id, %3.</source>
        <translation>“%1” bukan kolom yang dikenal SCORE Desk untuk %2; kolomnya adalah id, %3.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>Kolom “%1” muncul dua kali.</translation>
    </message>
    <message>
        <source>The sheet needs a “name” or an “id” column.</source>
        <translation>Lembar ini memerlukan kolom “name” atau “id”.</translation>
    </message>
    <message>
        <source>“%1” is not a SCORE Desk id; leave the id empty for a new record.</source>
        <translation>“%1” bukan ID SCORE Desk; kosongkan ID untuk catatan baru.</translation>
    </message>
    <message>
        <source>%1 %2 are called “%3”; write the id of the one this row is about.</source>
        <translation>Ada %1 %2 bernama “%3”; tulis ID yang dimaksud baris ini.</translation>
    </message>
    <message>
        <source>This %1 is in the recycle bin; restore it, or clear its id to add it again.</source>
        <translation>%1 ini ada di tempat sampah; pulihkan, atau kosongkan ID-nya untuk menambahkannya lagi.</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 dihapus</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ditambahkan</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>score::SheetFile</name>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 tidak dapat dibuka: %2.</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls) or one protected with a password, which SCORE Desk cannot read: save it as .xlsx without a password, or as CSV.</source>
        <translation>%1 adalah buku kerja Excel lama (.xls) atau yang dilindungi kata sandi, yang tidak dapat dibaca SCORE Desk: simpan sebagai .xlsx tanpa kata sandi, atau sebagai CSV.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 tidak dapat dibaca: %2.</translation>
    </message>
</context>
<context>
    <name>score::SheetImportDialog</name>
    <message>
        <source>What the import does</source>
        <translation>Apa yang dilakukan impor</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Baca ulang</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) or row(s) cannot be imported; nothing is imported until they are corrected in the file. Correct them, save the file and choose Read again.</source>
        <translation>
            <numerusform>%n sel atau baris tidak dapat diimpor; tidak ada yang diimpor sampai diperbaiki di berkas. Perbaiki, simpan berkas, lalu pilih Baca ulang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace already holds everything in this file (%n row(s)); importing it changes nothing.</source>
        <translation>
            <numerusform>Ruang kerja sudah memuat semua isi berkas ini (%n baris); mengimpornya tidak mengubah apa pun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing adds %1, changes %2 and leaves %3 as they are.</source>
        <translation>Impor menambahkan %1, mengubah %2, dan membiarkan %3 apa adanya.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed. Edit ▸ Undo takes the whole import back.</source>
        <translation>Diimpor: %1 ditambahkan, %2 diubah. Edit ▸ Urungkan membatalkan seluruh impor.</translation>
    </message>
</context>
<context>
    <name>score::SheetPreviewModel</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1, baris %2</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Berubah</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>score::SheetWriter</name>
    <message>
        <source>there is no sheet to write</source>
        <translation>tidak ada lembar yang akan ditulis</translation>
    </message>
</context>
<context>
    <name>score::SyncPrompter</name>
    <message>
        <source>This bundle would delete %1 of your %2 records (%3 %). They were deleted on “%4”.</source>
        <translation>Paket data ini akan menghapus %1 dari %2 catatan Anda (%3 %). Catatan tersebut dihapus di “%4”.</translation>
    </message>
    <message>
        <source>This bundle says it comes from “%1” (%2), but it is signed with a different key than that device&apos;s earlier bundles.

Key known here:  %3
Key of this bundle:  %4

This happens when SCORE Desk was reinstalled on that device — or when someone forged the bundle to slip changes into your work.</source>
        <translation>Paket data ini mengaku berasal dari “%1” (%2), tetapi ditandatangani dengan kunci yang berbeda dari paket data sebelumnya dari perangkat tersebut.

Kunci yang dikenal di sini:  %3
Kunci paket data ini:  %4

Hal ini terjadi jika SCORE Desk dipasang ulang di perangkat tersebut — atau jika seseorang memalsukan paket data untuk menyusupkan perubahan ke pekerjaan Anda.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Impor paket data</translation>
    </message>
    <message>
        <source>SCORE Desk bundles (*.scorebundle);;All files (*)</source>
        <translation>Paket data SCORE Desk (*.scorebundle);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Ekspor paket data</translation>
    </message>
    <message>
        <source>SCORE Desk bundles (*.scorebundle)</source>
        <translation>Paket data SCORE Desk (*.scorebundle)</translation>
    </message>
    <message>
        <source>Protected bundle</source>
        <translation>Paket data terlindungi</translation>
    </message>
    <message>
        <source>“%1” is protected by a passphrase.
Ask its sender for the passphrase and enter it here:</source>
        <translation>“%1” dilindungi frasa sandi.
Mintalah frasa sandi kepada pengirimnya dan masukkan di sini:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>This bundle may be forged</source>
        <translation>Paket data ini mungkin dipalsukan</translation>
    </message>
    <message>
        <source>Call the sender or meet them, and ask them to read you the key fingerprint shown in Sync ▸ Devices on their computer. Import only if it matches the key of this bundle.</source>
        <translation>Telepon atau temui pengirimnya, dan minta ia membacakan sidik jari kunci yang ditampilkan di Sinkronisasi ▸ Perangkat pada komputernya. Impor hanya jika cocok dengan kunci paket data ini.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Jangan impor</translation>
    </message>
    <message>
        <source>Trust the new key and continue</source>
        <translation>Percayai kunci baru dan lanjutkan</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the sender, and it matches</source>
        <translation>Saya sudah membandingkan sidik jari dengan pengirim, dan hasilnya cocok</translation>
    </message>
    <message>
        <source>Many records would be deleted</source>
        <translation>Banyak catatan akan dihapus</translation>
    </message>
    <message>
        <source>If that was intended (a cohort closed, a clean-up), continue: you will see the details before anything is written, and deleted records stay in the recycle bin. If not, don&apos;t import, and ask the sender what happened.</source>
        <translation>Jika memang disengaja (angkatan ditutup, pembersihan data), lanjutkan: Anda akan melihat detailnya sebelum apa pun ditulis, dan catatan yang dihapus tetap berada di tempat sampah. Jika tidak, jangan impor, dan tanyakan kepada pengirim apa yang terjadi.</translation>
    </message>
    <message>
        <source>Continue to the preview</source>
        <translation>Lanjutkan ke pratinjau</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Bring this workspace back to how it was on %1 at %2 (%3)?</source>
        <translation>Kembalikan ruang kerja ini seperti pada %1 pukul %2 (%3)?</translation>
    </message>
    <message>
        <source>Everything that changed since then, here or by imports, disappears from this workspace.

Your work as it is now is first saved as another backup, so you can come back to it.

After the restore, this computer continues as a new device, with a new key: colleagues will see it as a new device, and changes from here that already reached them come back with their next bundle. Undo history is cleared.</source>
        <translation>Semua yang berubah sejak saat itu, baik di sini maupun melalui impor, akan hilang dari ruang kerja ini.

Pekerjaan Anda saat ini terlebih dahulu disimpan sebagai cadangan lain, sehingga Anda dapat kembali ke keadaan ini.

Setelah pemulihan, komputer ini berlanjut sebagai perangkat baru dengan kunci baru: rekan kerja akan melihatnya sebagai perangkat baru, dan perubahan dari sini yang sudah sampai kepada mereka akan kembali bersama paket data mereka berikutnya. Riwayat urungkan dihapus.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>This bundle would delete %1 records, and the bundles from “%2” imported in the last 24 hours (%3 of them) deleted %4: together %5 of the %6 records you had before them (%7 %).</source>
        <translation>Paket data ini akan menghapus %1 catatan, dan paket data dari “%2” yang diimpor dalam 24 jam terakhir (%3 paket) telah menghapus %4: seluruhnya %5 dari %6 catatan Anda sebelum paket-paket itu (%7 %).</translation>
    </message>
</context>
<context>
    <name>score::SyncState</name>
    <message>
        <source>&quot;%1&quot; matches several devices; give more of the device id.</source>
        <translation>&quot;%1&quot; cocok dengan beberapa perangkat; berikan ID perangkat yang lebih lengkap.</translation>
    </message>
    <message>
        <source>No bundle from a device &quot;%1&quot; has been imported here, so what it holds is unknown; export a full bundle instead.</source>
        <translation>Belum ada paket data dari perangkat &quot;%1&quot; yang diimpor di sini, sehingga isinya tidak diketahui; ekspor paket data lengkap sebagai gantinya.</translation>
    </message>
</context>
<context>
    <name>score::SyncTasks</name>
    <message>
        <source>Import a bundle</source>
        <translation>Impor paket data</translation>
    </message>
    <message>
        <source>Reading the bundle and working out what it would change…</source>
        <translation>Membaca paket data dan menghitung perubahan yang akan terjadi…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Mengimpor paket data…</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Ekspor paket data</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Menulis paket data…</translation>
    </message>
    <message>
        <source>Opening the protected bundle…</source>
        <translation>Membuka paket data yang dilindungi…</translation>
    </message>
    <message>
        <source>Opening the bundle was cancelled.</source>
        <translation>Pembukaan paket data dibatalkan.</translation>
    </message>
</context>
<context>
    <name>score::SyncView</name>
    <message>
        <source>Sync sections</source>
        <translation>Bagian sinkronisasi</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Pertukaran</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Tempat sampah</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflik (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Konflik untuk ditinjau: %1</translation>
    </message>
    <message>
        <source>No conflicts to review</source>
        <translation>Tidak ada konflik untuk ditinjau</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
</context>
<context>
    <name>score::VisitActionModel</name>
    <message>
        <source>Approval: %1</source>
        <translation>Persetujuan: %1</translation>
    </message>
    <message>
        <source>Action agreed</source>
        <translation>Tindakan disepakati</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>score::VisitListModel</name>
    <message>
        <source>Classroom</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Data awal</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Pabrik</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nobody recorded as taking part.</source>
        <translation>Tidak ada peserta yang dicatat.</translation>
    </message>
    <message>
        <source>%1 women and %2 men took part (%3 % women).</source>
        <translation>%1 perempuan dan %2 laki-laki ikut serta (%3 % perempuan).</translation>
    </message>
    <message>
        <source>%1 women, %2 men</source>
        <translation>%1 perempuan, %2 laki-laki</translation>
    </message>
    <message>
        <source>Participants: women / men</source>
        <translation>Peserta: perempuan / laki-laki</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>W / M</source>
        <translation>P / L</translation>
    </message>
</context>
<context>
    <name>score::VisitLogPanel</name>
    <message>
        <source>Visit log</source>
        <translation>Log kunjungan</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Kunjungan baru…</translation>
    </message>
    <message>
        <source>Record a new visit (%1)</source>
        <translation>Catat kunjungan baru (%1)</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Hapus kunjungan</translation>
    </message>
    <message>
        <source>Delete the selected visit with its findings and photos (Delete)</source>
        <translation>Hapus kunjungan yang dipilih beserta temuan dan fotonya (Delete)</translation>
    </message>
    <message>
        <source>No enterprise chosen</source>
        <translation>Tidak ada perusahaan yang dipilih</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n visit(s)</source>
        <translation>
            <numerusform>%1 · %n kunjungan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::VisitPhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photos of the visit and its findings</source>
        <translation>Foto kunjungan dan temuannya</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Ubah keterangan</translation>
    </message>
    <message>
        <source>Edit the caption of the selected photo (F2)</source>
        <translation>Ubah keterangan foto yang dipilih (F2)</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>Remove the selected photo (Delete)</source>
        <translation>Hapus foto yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Add to visit…</source>
        <translation>Tambah ke kunjungan…</translation>
    </message>
    <message>
        <source>Add photos or scanned documents to the visit (%1), or drop files on the strip. Select a finding first to add them to it.</source>
        <translation>Tambahkan foto atau dokumen hasil pindai ke kunjungan (%1), atau lepaskan berkas di strip. Pilih temuan terlebih dahulu untuk menambahkannya ke temuan tersebut.</translation>
    </message>
    <message>
        <source>Add to finding…</source>
        <translation>Tambah ke temuan…</translation>
    </message>
    <message>
        <source>Add photos or scanned documents to the finding “%1” (%2), or drop files on the strip.</source>
        <translation>Tambahkan foto atau dokumen hasil pindai ke temuan “%1” (%2), atau lepaskan berkas di strip.</translation>
    </message>
    <message>
        <source>Choose or create a visit first.</source>
        <translation>Pilih atau buat kunjungan terlebih dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>Tambah %n foto</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo “%1”</source>
        <translation>Hapus foto “%1”</translation>
    </message>
    <message>
        <source>Photo removed; %1 brings it back.</source>
        <translation>Foto dihapus; %1 mengembalikannya.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf);;All files (*)</source>
        <translation>Foto dan dokumen (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>score::VisitRecordPanel</name>
    <message>
        <source>Visit record</source>
        <translation>Catatan kunjungan</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Counsellor signed on</source>
        <translation>Konselor menandatangani pada</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Manager signed on</source>
        <translation>Manajer menandatangani pada</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>Nama manajer</translation>
    </message>
    <message>
        <source>Participants in total</source>
        <translation>Total peserta</translation>
    </message>
    <message>
        <source>Participants: none recorded yet.</source>
        <translation>Peserta: belum ada yang dicatat.</translation>
    </message>
    <message>
        <source>Participants: %1 in total — women %2 (%3 %), men %4</source>
        <translation>Peserta: total %1 — perempuan %2 (%3 %), laki-laki %4</translation>
    </message>
    <message>
        <source>Participants: none</source>
        <translation>Peserta: tidak ada</translation>
    </message>
    <message>
        <source> · managers %1, workers %2</source>
        <translation> · manajer %1, pekerja %2</translation>
    </message>
    <message>
        <source> (a different total: %1)</source>
        <translation> (total yang berbeda: %1)</translation>
    </message>
</context>
<context>
    <name>score::VisitReportData</name>
    <message>
        <source>There is no visit with the id %1 in this workspace.</source>
        <translation>Tidak ada kunjungan dengan ID %1 di ruang kerja ini.</translation>
    </message>
</context>
<context>
    <name>score::VisitView</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versi %2)</translation>
    </message>
    <message>
        <source>Choose the enterprise of the visit first.</source>
        <translation>Pilih perusahaan yang dikunjungi terlebih dahulu.</translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation>Masukkan tanggal kunjungan.</translation>
    </message>
    <message>
        <source>There is no checklist for this module on %1; choose another module or start the visit without an assessment.</source>
        <translation>Tidak ada daftar periksa untuk modul ini pada %1; pilih modul lain atau mulai kunjungan tanpa penilaian.</translation>
    </message>
    <message>
        <source>New %1 on %2</source>
        <translation>%1 baru pada %2</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Mulai daftar periksa</translation>
    </message>
    <message>
        <source>Give the finding a title.</source>
        <translation>Beri judul pada temuan.</translation>
    </message>
    <message>
        <source>Add finding “%1”</source>
        <translation>Tambah temuan “%1”</translation>
    </message>
    <message>
        <source>Say what action was agreed.</source>
        <translation>Jelaskan tindakan yang disepakati.</translation>
    </message>
    <message>
        <source>Agree action “%1”</source>
        <translation>Sepakati tindakan “%1”</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Hapus kunjungan</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Kunjungan baru</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Temuan baru</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Tambah tindakan</translation>
    </message>
    <message>
        <source>Choose an enterprise to see its visits.</source>
        <translation>Pilih perusahaan untuk melihat kunjungannya.</translation>
    </message>
    <message>
        <source>No visits to %1 yet.
Record the first with New visit… (%2).</source>
        <translation>Belum ada kunjungan ke %1.
Catat yang pertama dengan Kunjungan baru… (%2).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>counsellor %1</source>
        <translation>konselor %1</translation>
    </message>
    <message>
        <source>%1 checklist: %2</source>
        <translation>Daftar periksa %1: %2</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Delete the %1 of %2</source>
        <translation>Hapus %1 tanggal %2</translation>
    </message>
    <message>
        <source>Choose an enterprise first, in the list of enterprises.</source>
        <translation>Pilih perusahaan terlebih dahulu, dalam daftar perusahaan.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n temuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
    <message>
        <source>its checklist answers</source>
        <translation>jawaban daftar periksanya</translation>
    </message>
    <message>
        <source>Delete the %1 of %2?</source>
        <translation>Hapus %1 tanggal %2?</translation>
    </message>
    <message>
        <source>Delete the %1 of %2 with %3?</source>
        <translation>Hapus %1 tanggal %2 beserta %3?</translation>
    </message>
    <message numerus="yes">
        <source>The %n action(s) agreed stay in the improvement plan.</source>
        <translation>
            <numerusform>%n tindakan yang disepakati tetap ada dalam rencana perbaikan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Edit ▸ Undo) brings it back.</source>
        <translation>%1 (Edit ▸ Urungkan) mengembalikannya.</translation>
    </message>
</context>
<context>
    <name>score::WelcomeDialog</name>
    <message>
        <source>Welcome to SCORE Desk</source>
        <translation>Selamat datang di SCORE Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SCORE Desk&lt;/h2&gt;&lt;p&gt;Factory visits, checklists, improvement plans and KPIs for the ILO SCORE programme — on your laptop, with or without a network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SCORE Desk&lt;/h2&gt;&lt;p&gt;Kunjungan pabrik, daftar periksa, rencana perbaikan, dan KPI untuk program SCORE ILO — di laptop Anda, dengan atau tanpa jaringan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Buka ruang kerja demo</translation>
    </message>
    <message>
        <source>A cohort of twelve enterprises with a year of visits, checklists, plans and KPIs.</source>
        <translation>Satu angkatan berisi dua belas perusahaan dengan kunjungan, daftar periksa, rencana, dan KPI selama satu tahun.</translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation>Buat ruang kerja baru</translation>
    </message>
    <message>
        <source>Start your own: your device gets its identity and the SCORE content.</source>
        <translation>Mulai ruang kerja Anda sendiri: perangkat Anda mendapatkan identitasnya dan konten SCORE.</translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation>Buka berkas ruang kerja…</translation>
    </message>
    <message>
        <source>A .scoredesk file on this computer or a USB stick.</source>
        <translation>Berkas .scoredesk di komputer ini atau di flashdisk USB.</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Ruang kerja terakhir:</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Ruang kerja terakhir</translation>
    </message>
</context>
<context>
    <name>score::Workspace</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>%1 has no device identity; it is damaged or not a SCORE Desk workspace.</source>
        <translation>%1 tidak memiliki identitas perangkat; berkas rusak atau bukan ruang kerja SCORE Desk.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it instead.</source>
        <translation>%1 sudah ada; pilih nama lain atau buka berkas tersebut.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Pustaka kriptografi tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Tidak ada ruang kerja di %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 adalah folder, bukan berkas ruang kerja.</translation>
    </message>
    <message>
        <source>%1 is not a SCORE Desk workspace.</source>
        <translation>%1 bukan ruang kerja SCORE Desk.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Copy the workspace to a writable folder and open the copy.</source>
        <translation>%1 tidak dapat ditulis: berkas atau foldernya hanya-baca. Salin ruang kerja ke folder yang dapat ditulisi lalu buka salinannya.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 is not a SCORE Desk workspace (%2)</source>
        <translation>%1 bukan ruang kerja SCORE Desk (%2)</translation>
    </message>
    <message>
        <source>%1 is a database, but not a SCORE Desk workspace.</source>
        <translation>%1 adalah basis data, tetapi bukan ruang kerja SCORE Desk.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer SCORE Desk (workspace version %2; this one reads up to %3). Update SCORE Desk to open it.</source>
        <translation>%1 disimpan oleh SCORE Desk yang lebih baru (versi ruang kerja %2; versi ini dapat membaca hingga %3). Perbarui SCORE Desk untuk membukanya.</translation>
    </message>
    <message>
        <source>%1 needs to be upgraded before it can be read; open it for writing once.</source>
        <translation>%1 perlu ditingkatkan versinya sebelum dapat dibaca; buka sekali dalam mode tulis.</translation>
    </message>
    <message>
        <source>%1 was not upgraded because its backup failed: %2</source>
        <translation>%1 tidak ditingkatkan versinya karena pencadangannya gagal: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded; it is unchanged and a backup is in %2. (%3)</source>
        <translation>%1 tidak dapat ditingkatkan versinya; berkas tidak berubah dan cadangannya ada di %2. (%3)</translation>
    </message>
    <message>
        <source>This workspace is open read-only; changes cannot be saved.</source>
        <translation>Ruang kerja ini dibuka dalam mode hanya-baca; perubahan tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>score::WorkspaceCheck</name>
    <message>
        <source>… and more problems; fix these first.</source>
        <translation>… dan masalah lainnya; perbaiki yang ini terlebih dahulu.</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Integritas SQLite: %1</translation>
    </message>
    <message>
        <source>%1 (row %2) refers to a missing %3.</source>
        <translation>%1 (baris %2) merujuk ke %3 yang tidak ada.</translation>
    </message>
    <message>
        <source>%1 has a malformed id.</source>
        <translation>%1 memiliki ID yang salah format.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 carries a change stamp ahead of this device&apos;s clock.</source>
        <translation>%1 membawa cap perubahan yang mendahului jam perangkat ini.</translation>
    </message>
    <message>
        <source>%1: its version vector does not cover its own changes.</source>
        <translation>%1: vektor versinya tidak mencakup perubahannya sendiri.</translation>
    </message>
    <message>
        <source>%1: its id does not match its assessment and item.</source>
        <translation>%1: ID-nya tidak sesuai dengan penilaian dan butirnya.</translation>
    </message>
    <message>
        <source>%1: its item key does not match the checklist item.</source>
        <translation>%1: kunci butirnya tidak sesuai dengan butir daftar periksa.</translation>
    </message>
    <message>
        <source>%1 answers an item of another template than its assessment&apos;s.</source>
        <translation>%1 menjawab butir dari templat yang berbeda dengan templat penilaiannya.</translation>
    </message>
    <message>
        <source>%1: its id does not match its enterprise, KPI and period.</source>
        <translation>%1: ID-nya tidak sesuai dengan perusahaan, KPI, dan periodenya.</translation>
    </message>
    <message>
        <source>%1: its id does not match its enterprise and person.</source>
        <translation>%1: ID-nya tidak sesuai dengan perusahaan dan orangnya.</translation>
    </message>
    <message>
        <source>%1 belongs to a %2 that does not exist.</source>
        <translation>%1 merupakan bagian dari %2 yang tidak ada.</translation>
    </message>
    <message>
        <source>Attachment content %1 is damaged (its hash no longer matches).</source>
        <translation>Isi lampiran %1 rusak (hash-nya tidak lagi cocok).</translation>
    </message>
    <message>
        <source>Attachment content %1 is missing.</source>
        <translation>Isi lampiran %1 tidak ada.</translation>
    </message>
    <message>
        <source>The workspace has no single device identity.</source>
        <translation>Ruang kerja tidak memiliki satu identitas perangkat yang tunggal.</translation>
    </message>
</context>
<context>
    <name>score::WorkspaceRestore</name>
    <message>
        <source>A restore cannot start while changes are being saved.</source>
        <translation>Pemulihan tidak dapat dimulai saat perubahan sedang disimpan.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Cadangan tidak dapat dipulihkan: %1</translation>
    </message>
    <message>
        <source>Nothing was restored because the current state could not be backed up first: %1</source>
        <translation>Tidak ada yang dipulihkan karena keadaan saat ini tidak dapat dicadangkan terlebih dahulu: %1</translation>
    </message>
    <message>
        <source>The backup could not be restored; the workspace is as it was. (%1)</source>
        <translation>Cadangan tidak dapat dipulihkan; ruang kerja tetap seperti semula. (%1)</translation>
    </message>
</context>
<context>
    <name>score::XlsxOutputFile</name>
    <message>
        <source>what was written does not read back whole; is the disk full?</source>
        <translation>yang ditulis tidak terbaca kembali secara utuh; apakah disk penuh?</translation>
    </message>
    <message>
        <source>a cell holds more than 32,767 characters, which Excel does not allow</source>
        <translation>sebuah sel berisi lebih dari 32.767 karakter, yang tidak diizinkan Excel</translation>
    </message>
    <message>
        <source>a sheet has more rows or columns than Excel allows</source>
        <translation>sebuah lembar memiliki lebih banyak baris atau kolom daripada yang diizinkan Excel</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>memori tidak cukup</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written to (%1)</source>
        <translation>disk penuh atau tidak dapat ditulisi (%1)</translation>
    </message>
    <message>
        <source>no temporary name is free beside it</source>
        <translation>tidak ada nama sementara yang tersedia di sebelahnya</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>berkas yang sudah jadi tidak dapat dipindahkan ke tempatnya</translation>
    </message>
</context>
<context>
    <name>score::XlsxPackage</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>it is damaged (its ZIP structure is broken or cut short)</source>
        <translation>berkas rusak (struktur ZIP-nya rusak atau terpotong)</translation>
    </message>
    <message>
        <source>it is protected with a password</source>
        <translation>berkas dilindungi kata sandi</translation>
    </message>
    <message>
        <source>its part %1 is larger than %2 once unpacked</source>
        <translation>bagian %1 dari berkas lebih besar dari %2 setelah diekstrak</translation>
    </message>
    <message>
        <source>its parts add up to more than %1 once unpacked</source>
        <translation>bagian-bagian berkas berjumlah lebih dari %1 setelah diekstrak</translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation>bagian %1 dari berkas rusak</translation>
    </message>
    <message>
        <source>its part %1 is missing</source>
        <translation>bagian %1 dari berkas tidak ada</translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML (line %2)</source>
        <translation>bagian %1 dari berkas bukan XML yang valid (baris %2)</translation>
    </message>
    <message>
        <source>its part %1 declares a document type (DTD), which workbooks never do</source>
        <translation>bagian %1 dari berkas mendeklarasikan tipe dokumen (DTD), yang tidak pernah dilakukan buku kerja</translation>
    </message>
    <message>
        <source>its part %1 is cut short</source>
        <translation>bagian %1 dari berkas terpotong</translation>
    </message>
</context>
<context>
    <name>score::XlsxReportWriter</name>
    <message>
        <source>Cohort report: %1</source>
        <translation>Laporan angkatan: %1</translation>
    </message>
</context>
<context>
    <name>score::XlsxSharedStrings</name>
    <message>
        <source>a text in it is longer than %L1 characters</source>
        <translation>sebuah teks di dalamnya lebih panjang dari %L1 karakter</translation>
    </message>
</context>
<context>
    <name>score::XlsxWorkbook</name>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods), which SCORE Desk cannot read: save it as .xlsx or CSV.</source>
        <translation>%1 adalah lembar kerja OpenDocument (.ods), yang tidak dapat dibaca SCORE Desk: simpan sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <source>%1 is an Excel binary workbook (.xlsb), which SCORE Desk cannot read: save it as .xlsx or CSV.</source>
        <translation>%1 adalah buku kerja biner Excel (.xlsb), yang tidak dapat dibaca SCORE Desk: simpan sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <source>it is a ZIP archive without an Excel workbook in it</source>
        <translation>itu adalah arsip ZIP tanpa buku kerja Excel di dalamnya</translation>
    </message>
    <message>
        <source>it has more than %L1 sheets</source>
        <translation>berkas memiliki lebih dari %L1 lembar</translation>
    </message>
    <message>
        <source>its workbook lists no sheets</source>
        <translation>buku kerjanya tidak mencantumkan lembar apa pun</translation>
    </message>
</context>
<context>
    <name>score::XlsxWorksheet</name>
    <message>
        <source>cell %1 of sheet %2 holds more than %L3 characters</source>
        <translation>sel %1 di lembar %2 berisi lebih dari %L3 karakter</translation>
    </message>
    <message>
        <source>sheet %1 has a row numbered &quot;%2&quot;</source>
        <translation>lembar %1 memiliki baris bernomor &quot;%2&quot;</translation>
    </message>
    <message>
        <source>sheet %1 has more than %L2 rows</source>
        <translation>lembar %1 memiliki lebih dari %L2 baris</translation>
    </message>
    <message>
        <source>sheet %1 has a cell with the reference &quot;%2&quot;</source>
        <translation>lembar %1 memiliki sel dengan referensi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>sheet %1 has a cell beyond column %2</source>
        <translation>lembar %1 memiliki sel di luar kolom %2</translation>
    </message>
    <message>
        <source>cell %1 of sheet %2 refers to a text that is not in the file</source>
        <translation>sel %1 di lembar %2 merujuk ke teks yang tidak ada dalam berkas</translation>
    </message>
    <message>
        <source>its sheet %1 is missing</source>
        <translation>lembar %1 dari berkas tidak ada</translation>
    </message>
</context>
<context>
    <name>score::ZipArchive</name>
    <message>
        <source>The bundle file cannot be created (%1).</source>
        <translation>Berkas paket data tidak dapat dibuat (%1).</translation>
    </message>
    <message>
        <source>The bundle could not be written (%1).</source>
        <translation>Paket data tidak dapat ditulis (%1).</translation>
    </message>
    <message>
        <source>The bundle could not be written; is the disk full? (%1)</source>
        <translation>Paket data tidak dapat ditulis; apakah disk penuh? (%1)</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk bundle.</source>
        <translation>Berkas ini bukan paket data SCORE Desk.</translation>
    </message>
    <message>
        <source>The bundle is damaged (its archive structure is broken).</source>
        <translation>Paket data rusak (struktur arsipnya rusak).</translation>
    </message>
    <message>
        <source>The bundle cannot be read (%1).</source>
        <translation>Paket data tidak dapat dibaca (%1).</translation>
    </message>
    <message>
        <source>The bundle has too many files (%1) to be a SCORE Desk bundle.</source>
        <translation>Paket data memiliki terlalu banyak berkas (%1) untuk sebuah paket data SCORE Desk.</translation>
    </message>
    <message>
        <source>The bundle is damaged (an entry cannot be read).</source>
        <translation>Paket data rusak (sebuah entri tidak dapat dibaca).</translation>
    </message>
    <message>
        <source>The bundle is damaged (an entry has no valid size).</source>
        <translation>Paket data rusak (sebuah entri tidak memiliki ukuran yang valid).</translation>
    </message>
    <message>
        <source>The bundle is damaged (%1 cannot be opened).</source>
        <translation>Paket data rusak (%1 tidak dapat dibuka).</translation>
    </message>
    <message>
        <source>The bundle is damaged (%1: %2).</source>
        <translation>Paket data rusak (%1: %2).</translation>
    </message>
    <message>
        <source>The bundle is damaged or hostile: %1 is larger than it claims or allowed.</source>
        <translation>Paket data rusak atau berbahaya: %1 lebih besar daripada yang dinyatakan atau diizinkan.</translation>
    </message>
    <message>
        <source>The bundle is damaged: %1 is shorter than it claims.</source>
        <translation>Paket data rusak: %1 lebih pendek daripada yang dinyatakan.</translation>
    </message>
</context>
<context>
    <name>score::ZoomBar</name>
    <message>
        <source>%1 %</source>
        <comment>a zoom level</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>fit width (its percentage)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>score::checklist</name>
    <message>
        <source>Choose an enterprise first.</source>
        <translation>Pilih perusahaan terlebih dahulu.</translation>
    </message>
    <message>
        <source>There is no %1 checklist in force on %2.</source>
        <translation>Tidak ada daftar periksa %1 yang berlaku pada %2.</translation>
    </message>
    <message>
        <source>New %1 assessment (%2)</source>
        <translation>Penilaian %1 baru (%2)</translation>
    </message>
</context>
<context>
    <name>score::cli</name>
    <message>
        <source>Say which report: visit, enterprise or cohort.</source>
        <translation>Sebutkan laporan mana: visit, enterprise, atau cohort.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out BERKAS wajib diisi.</translation>
    </message>
    <message>
        <source>--format is required: pdf, xlsx or csv.</source>
        <translation>--format wajib diisi: pdf, xlsx, atau csv.</translation>
    </message>
    <message>
        <source>--%1 does not apply to the %2 report; it takes --%3 ID.</source>
        <translation>--%1 tidak berlaku untuk laporan %2; laporan ini memerlukan --%3 ID.</translation>
    </message>
    <message>
        <source>The %1 report needs --%2 ID (see &apos;scorectl list %2s&apos;).</source>
        <translation>Laporan %1 memerlukan --%2 ID (lihat &apos;scorectl list %2s&apos;).</translation>
    </message>
    <message>
        <source>Wrote the %1 report to %2 in %3 s.</source>
        <translation>Laporan %1 ditulis ke %2 dalam %3 dtk.</translation>
    </message>
    <message>
        <source>Write the visit, enterprise or cohort report as PDF (cohort also XLSX, CSV).</source>
        <translation>Menulis laporan kunjungan, perusahaan, atau angkatan sebagai PDF (angkatan juga XLSX, CSV).</translation>
    </message>
    <message>
        <source>visit, enterprise or cohort</source>
        <translation>visit, enterprise, atau cohort</translation>
    </message>
    <message>
        <source>The visit of a visit report.</source>
        <translation>Kunjungan untuk laporan kunjungan.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The enterprise of an enterprise progress report.</source>
        <translation>Perusahaan untuk laporan kemajuan perusahaan.</translation>
    </message>
    <message>
        <source>The cohort of a cohort report.</source>
        <translation>Angkatan untuk laporan angkatan.</translation>
    </message>
    <message>
        <source>pdf, xlsx or csv (default: from the --out suffix).</source>
        <translation>pdf, xlsx, atau csv (bawaan: dari akhiran --out).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frasa sandi: </translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Ulangi frasa sandi: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
    <message>
        <source>Passphrase protecting the bundle (&apos;-&apos; reads it from standard input).</source>
        <translation>Frasa sandi yang melindungi paket data (&apos;-&apos; membacanya dari input standar).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKS</translation>
    </message>
    <message>
        <source>Choose one of --full or --for DEVICE.</source>
        <translation>Pilih salah satu: --full atau --for PERANGKAT.</translation>
    </message>
    <message>
        <source>--out BUNDLE is required.</source>
        <translation>--out PAKET wajib diisi.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Frasa sandi tidak diberikan.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 bundle, %3 records, %4 attachments, %5 bytes%6.</source>
        <translation>Menulis %1: paket data %2, %3 catatan, %4 lampiran, %5 bita%6.</translation>
    </message>
    <message>
        <source>, passphrase-protected</source>
        <translation>, dilindungi frasa sandi</translation>
    </message>
    <message>
        <source>Bundle from &quot;%1&quot; (%2), made %3, %4.</source>
        <translation>Paket data dari &quot;%1&quot; (%2), dibuat %3, %4.</translation>
    </message>
    <message>
        <source>This bundle was already imported on %1.</source>
        <translation>Paket data ini sudah diimpor pada %1.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>pulih</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>konflik</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>%1 records already up to date; %2 new attachments.</source>
        <translation>%1 catatan sudah mutakhir; %2 lampiran baru.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Uji coba: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Give exactly one bundle file to import.</source>
        <translation>Berikan tepat satu berkas paket data untuk diimpor.</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase; give it with --passphrase.</source>
        <translation>Paket data ini dilindungi frasa sandi; berikan dengan --passphrase.</translation>
    </message>
    <message>
        <source>Give exactly one bundle file to verify.</source>
        <translation>Berikan tepat satu berkas paket data untuk diverifikasi.</translation>
    </message>
    <message>
        <source>The bundle is intact and signed by &quot;%1&quot; (key %2): %3 records, %4 attachments.</source>
        <translation>Paket data utuh dan ditandatangani oleh &quot;%1&quot; (kunci %2): %3 catatan, %4 lampiran.</translation>
    </message>
    <message>
        <source>Give exactly one bundle file to inspect.</source>
        <translation>Berikan tepat satu berkas paket data untuk diperiksa.</translation>
    </message>
    <message>
        <source>bundle:      %1</source>
        <translation>paket data:  %1</translation>
    </message>
    <message>
        <source>made by:     %1, %2 (device %3, key %4)</source>
        <translation>dibuat oleh: %1, %2 (perangkat %3, kunci %4)</translation>
    </message>
    <message>
        <source>made on:     %1 with %2 (format %3, schema %4)</source>
        <translation>dibuat pada: %1 dengan %2 (format %3, skema %4)</translation>
    </message>
    <message>
        <source>scope:       %1</source>
        <translation>cakupan:     %1</translation>
    </message>
    <message>
        <source> for device %1</source>
        <translation> untuk perangkat %1</translation>
    </message>
    <message>
        <source>; enterprises %1</source>
        <translation>; perusahaan %1</translation>
    </message>
    <message>
        <source>; cohorts %1</source>
        <translation>; angkatan %1</translation>
    </message>
    <message>
        <source>protected:   %1</source>
        <translation>dilindungi:  %1</translation>
    </message>
    <message>
        <source>yes, by passphrase</source>
        <translation>ya, dengan frasa sandi</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>records:     %1</source>
        <translation>catatan:     %1</translation>
    </message>
    <message>
        <source>attachments: %1</source>
        <translation>lampiran:    %1</translation>
    </message>
    <message>
        <source>holds (version vector):</source>
        <translation>memuat (vektor versi):</translation>
    </message>
    <message>
        <source>Give the conflict number shown in the list.</source>
        <translation>Berikan nomor konflik yang ditampilkan dalam daftar.</translation>
    </message>
    <message>
        <source>Conflict %1: the other value was applied again as a new edit.</source>
        <translation>Konflik %1: nilai lain diterapkan kembali sebagai suntingan baru.</translation>
    </message>
    <message>
        <source>Conflict %1 dismissed.</source>
        <translation>Konflik %1 diabaikan.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Tidak ada konflik untuk ditinjau.</translation>
    </message>
    <message>
        <source>kept %1 — %2, %3</source>
        <translation>disimpan %1 — %2, %3</translation>
    </message>
    <message>
        <source>lost %1 — %2, %3</source>
        <translation>hilang   %1 — %2, %3</translation>
    </message>
    <message>
        <source>deleted by %1, %2, while %3 edited it (%4); it is in the recycle bin.</source>
        <translation>dihapus oleh %1, %2, sementara %3 mengeditnya (%4); catatan ada di tempat sampah.</translation>
    </message>
    <message>
        <source>edited by %1, %2, after %3 deleted it (%4); it is back.</source>
        <translation>diedit oleh %1, %2, setelah %3 menghapusnya (%4); catatan sudah kembali.</translation>
    </message>
    <message>
        <source>this device: %1  %2 (%3)  key %4</source>
        <translation>perangkat ini: %1  %2 (%3)  kunci %4</translation>
    </message>
    <message>
        <source>No bundles from other devices have been imported yet.</source>
        <translation>Belum ada paket data dari perangkat lain yang diimpor.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>kunci %1</translation>
    </message>
    <message>
        <source>first seen %1, last bundle %2</source>
        <translation>pertama terlihat %1, paket data terakhir %2</translation>
    </message>
    <message>
        <source>Use --list to see the backups, then --backup FILE or --backup latest.</source>
        <translation>Gunakan --list untuk melihat cadangan, lalu --backup BERKAS atau --backup latest.</translation>
    </message>
    <message>
        <source>No backups of %1 yet (they are taken before every import).</source>
        <translation>Belum ada cadangan %1 (cadangan dibuat sebelum setiap impor).</translation>
    </message>
    <message>
        <source>There are no backups of %1 to restore.</source>
        <translation>Tidak ada cadangan %1 untuk dipulihkan.</translation>
    </message>
    <message>
        <source>Restored %1. The state before the restore is kept in %2. This workspace continues as a new device (%3) so that later bundles bring back what was lost.</source>
        <translation>%1 dipulihkan. Keadaan sebelum pemulihan disimpan di %2. Ruang kerja ini berlanjut sebagai perangkat baru (%3) agar paket data berikutnya mengembalikan apa yang hilang.</translation>
    </message>
    <message>
        <source>Write a bundle: everything, or what a device lacks; optionally scoped.</source>
        <translation>Menulis paket data: semuanya, atau yang belum dimiliki suatu perangkat; cakupan dapat dibatasi.</translation>
    </message>
    <message>
        <source>Every record of the workspace (or of the scope).</source>
        <translation>Setiap catatan dalam ruang kerja (atau dalam cakupan).</translation>
    </message>
    <message>
        <source>Only what this device does not hold yet (id, id prefix or name).</source>
        <translation>Hanya yang belum dimiliki perangkat ini (ID, awalan ID, atau nama).</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>PERANGKAT</translation>
    </message>
    <message>
        <source>Limit to an enterprise (repeatable).</source>
        <translation>Batasi pada satu perusahaan (dapat diulang).</translation>
    </message>
    <message>
        <source>Limit to a cohort (repeatable).</source>
        <translation>Batasi pada satu angkatan (dapat diulang).</translation>
    </message>
    <message>
        <source>Bundle file to write.</source>
        <translation>Berkas paket data yang akan ditulis.</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>Import a bundle (atomic, idempotent); --dry-run shows what would change.</source>
        <translation>Mengimpor paket data (atomik, idempoten); --dry-run menampilkan apa yang akan berubah.</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>Berkas paket data.</translation>
    </message>
    <message>
        <source>Compute what would change; write nothing.</source>
        <translation>Hitung apa yang akan berubah; tidak menulis apa pun.</translation>
    </message>
    <message>
        <source>Accept a bundle that deletes many records.</source>
        <translation>Terima paket data yang menghapus banyak catatan.</translation>
    </message>
    <message>
        <source>Accept a known device that now signs with a new key.</source>
        <translation>Terima perangkat yang dikenal yang kini menandatangani dengan kunci baru.</translation>
    </message>
    <message>
        <source>Check a bundle&apos;s integrity and signature.</source>
        <translation>Memeriksa integritas dan tanda tangan paket data.</translation>
    </message>
    <message>
        <source>Summarise a bundle&apos;s manifest.</source>
        <translation>Meringkas manifes paket data.</translation>
    </message>
    <message>
        <source>List the values that lost a merge; re-apply or dismiss one.</source>
        <translation>Menampilkan nilai yang kalah saat penggabungan; terapkan kembali atau abaikan salah satunya.</translation>
    </message>
    <message>
        <source>Include conflicts already handled.</source>
        <translation>Sertakan konflik yang sudah ditangani.</translation>
    </message>
    <message>
        <source>Apply the losing value again, as a new edit.</source>
        <translation>Terapkan kembali nilai yang kalah, sebagai suntingan baru.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Mark a conflict as reviewed.</source>
        <translation>Tandai konflik sebagai sudah ditinjau.</translation>
    </message>
    <message>
        <source>Show this device and the devices whose bundles were imported.</source>
        <translation>Menampilkan perangkat ini dan perangkat yang paket datanya telah diimpor.</translation>
    </message>
    <message>
        <source>List the automatic backups, or bring one back.</source>
        <translation>Menampilkan cadangan otomatis, atau mengembalikan salah satunya.</translation>
    </message>
    <message>
        <source>List the backups, newest first.</source>
        <translation>Tampilkan cadangan, terbaru lebih dulu.</translation>
    </message>
    <message>
        <source>The backup to restore: a file name from --list, or &apos;latest&apos;.</source>
        <translation>Cadangan yang akan dipulihkan: nama berkas dari --list, atau &apos;latest&apos;.</translation>
    </message>
    <message>
        <source>Created workspace %1 for device &quot;%2&quot; (%3).</source>
        <translation>Ruang kerja %1 dibuat untuk perangkat &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>--enterprises, --years and --seed take whole numbers.</source>
        <translation>--enterprises, --years, dan --seed harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>--anchor takes a date (YYYY-MM-DD).</source>
        <translation>--anchor harus berupa tanggal (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>demo: %1 of about %2 records</source>
        <translation>demo: %1 dari sekitar %2 catatan</translation>
    </message>
    <message>
        <source>1 cohort</source>
        <translation>1 angkatan</translation>
    </message>
    <message>
        <source>%1 cohorts</source>
        <translation>%1 angkatan</translation>
    </message>
    <message>
        <source>Added %1 enterprises in %2, %3 records (%4 photos) from %5 to %6, in %7 s.</source>
        <translation>Menambahkan %1 perusahaan dalam %2, %3 catatan (%4 foto) dari %5 sampai %6, dalam %7 dtk.</translation>
    </message>
    <message>
        <source>--count N and --seed S are required whole numbers.</source>
        <translation>--count N dan --seed S wajib diisi dengan bilangan bulat.</translation>
    </message>
    <message>
        <source>Made %1 edits: %2 created, %3 updated, %4 deleted, %5 restored.</source>
        <translation>Membuat %1 suntingan: %2 dibuat, %3 diubah, %4 dihapus, %5 dipulihkan.</translation>
    </message>
    <message>
        <source>Say what to list: enterprises, cohorts, visits, actions or people.</source>
        <translation>Sebutkan apa yang akan ditampilkan: enterprises, cohorts, visits, actions, atau people.</translation>
    </message>
    <message>
        <source>Cannot list &apos;%1&apos;; choose enterprises, cohorts, visits, actions or people.</source>
        <translation>Tidak dapat menampilkan &apos;%1&apos;; pilih enterprises, cohorts, visits, actions, atau people.</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>attachment content: %1 bytes</source>
        <translation>isi lampiran: %1 bita</translation>
    </message>
    <message>
        <source>open conflicts: %1</source>
        <translation>konflik terbuka: %1</translation>
    </message>
    <message>
        <source>known devices: %1</source>
        <translation>perangkat dikenal: %1</translation>
    </message>
    <message>
        <source>file size: %1 bytes</source>
        <translation>ukuran berkas: %1 bita</translation>
    </message>
    <message>
        <source>Only the canonical dump exists; add --canonical.</source>
        <translation>Hanya dump kanonis yang tersedia; tambahkan --canonical.</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Output standar tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The workspace is healthy (%1 records checked).</source>
        <translation>Ruang kerja dalam keadaan baik (%1 catatan diperiksa).</translation>
    </message>
    <message>
        <source>The workspace has %1 problem(s):</source>
        <translation>Ruang kerja memiliki %1 masalah:</translation>
    </message>
    <message>
        <source>Create a new workspace with the SCORE content.</source>
        <translation>Membuat ruang kerja baru dengan konten SCORE.</translation>
    </message>
    <message>
        <source>Name of this device (default: the host name).</source>
        <translation>Nama perangkat ini (bawaan: nama host).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>Name of the person using it (default: the login name).</source>
        <translation>Nama orang yang menggunakannya (bawaan: nama login).</translation>
    </message>
    <message>
        <source>Fill an empty workspace with realistic SCORE data (same seed, same data).</source>
        <translation>Mengisi ruang kerja kosong dengan data SCORE yang realistis (seed sama, data sama).</translation>
    </message>
    <message>
        <source>Number of enterprises (default 12: one cohort).</source>
        <translation>Jumlah perusahaan (bawaan 12: satu angkatan).</translation>
    </message>
    <message>
        <source>Years of programme history (default 1).</source>
        <translation>Tahun riwayat program (bawaan 1).</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Seed acak (bawaan 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The demo&apos;s &quot;today&quot; (default: today).</source>
        <translation>&quot;Hari ini&quot; untuk demo (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>TANGGAL</translation>
    </message>
    <message>
        <source>Leave out the generated photos of evidence.</source>
        <translation>Jangan sertakan foto bukti yang dihasilkan.</translation>
    </message>
    <message>
        <source>Make realistic random edits as this device (deterministic per seed).</source>
        <translation>Membuat suntingan acak yang realistis sebagai perangkat ini (deterministik per seed).</translation>
    </message>
    <message>
        <source>Number of edits.</source>
        <translation>Jumlah suntingan.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Seed acak.</translation>
    </message>
    <message>
        <source>List enterprises, cohorts, visits, actions or people (id&lt;TAB&gt;name).</source>
        <translation>Menampilkan perusahaan, angkatan, kunjungan, tindakan, atau orang (id&lt;TAB&gt;nama).</translation>
    </message>
    <message>
        <source>enterprises, cohorts, visits, actions or people</source>
        <translation>enterprises, cohorts, visits, actions, atau people</translation>
    </message>
    <message>
        <source>Count the records of every kind.</source>
        <translation>Menghitung catatan setiap jenis.</translation>
    </message>
    <message>
        <source>Print the canonical dump of the shared records.</source>
        <translation>Mencetak dump kanonis dari catatan bersama.</translation>
    </message>
    <message>
        <source>Stable, device-independent format (required).</source>
        <translation>Format stabil yang tidak bergantung pada perangkat (wajib).</translation>
    </message>
    <message>
        <source>Check the workspace&apos;s integrity and the SCORE invariants.</source>
        <translation>Memeriksa integritas ruang kerja dan invarian SCORE.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 report to %2 (%n page(s)) in %3 s.</source>
        <translation>
            <numerusform>Laporan %1 ditulis ke %2 (%n halaman) dalam %3 detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>NILAI</translation>
    </message>
    <message>
        <source>Say cohort, enterprise or person, not “%1”.</source>
        <translation>Tulis cohort, enterprise, atau person, bukan “%1”.</translation>
    </message>
    <message>
        <source>Say what to add: cohort, enterprise or person.</source>
        <translation>Sebutkan apa yang ditambahkan: cohort, enterprise, atau person.</translation>
    </message>
    <message>
        <source>Say what to change: KIND ID (cohort, enterprise or person, and its id or name).</source>
        <translation>Sebutkan apa yang diubah: JENIS ID (cohort, enterprise, atau person, dan ID atau namanya).</translation>
    </message>
    <message>
        <source>Say what to change, for example --city “Bien Hoa”.</source>
        <translation>Sebutkan apa yang diubah, misalnya --city “Bien Hoa”.</translation>
    </message>
    <message>
        <source>Say what to delete: KIND ID (cohort, enterprise or person, and its id or name).</source>
        <translation>Sebutkan apa yang dihapus: JENIS ID (cohort, enterprise, atau person, dan ID atau namanya).</translation>
    </message>
    <message>
        <source>Moved the %1 to the recycle bin with what belongs to it; the Sync view&apos;s recycle bin brings it back.</source>
        <translation>%1 dipindahkan ke tempat sampah beserta semua miliknya; tempat sampah di tampilan Sinkronisasi dapat mengembalikannya.</translation>
    </message>
    <message>
        <source>Add a cohort, an enterprise or a person; prints the new id last.</source>
        <translation>Menambahkan angkatan, perusahaan, atau orang; mencetak ID baru di baris terakhir.</translation>
    </message>
    <message>
        <source>cohort, enterprise or person</source>
        <translation>cohort, enterprise, atau person</translation>
    </message>
    <message>
        <source>Change fields of a cohort, an enterprise or a person.</source>
        <translation>Mengubah kolom angkatan, perusahaan, atau orang.</translation>
    </message>
    <message>
        <source>its id, or its name when no other has it</source>
        <translation>ID-nya, atau namanya bila tidak ada yang lain bernama sama</translation>
    </message>
    <message>
        <source>Move a cohort, an enterprise or a person to the recycle bin.</source>
        <translation>Memindahkan angkatan, perusahaan, atau orang ke tempat sampah.</translation>
    </message>
    <message>
        <source>You are %1 here (%2).</source>
        <translation>Di sini Anda adalah %1 (%2).</translation>
    </message>
    <message>
        <source>Their role: counsellor (default), trainer, staff or manager.</source>
        <translation>Perannya: counsellor (bawaan), trainer, staff, atau manager.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>PERAN</translation>
    </message>
    <message>
        <source>Their gender: woman, man, other or not said (default).</source>
        <translation>Jenis kelaminnya: woman, man, other, atau not said (bawaan).</translation>
    </message>
    <message>
        <source>GENDER</source>
        <translation>JENIS KELAMIN</translation>
    </message>
    <message>
        <source>--%1 is not a field of %2; their fields are %3.</source>
        <translation>--%1 bukan kolom dari %2; kolomnya adalah %3.</translation>
    </message>
    <message>
        <source>Say where to write the sheet: --out FILE.xlsx or FILE.csv.</source>
        <translation>Sebutkan tempat menulis lembar kerja: --out BERKAS.xlsx atau BERKAS.csv.</translation>
    </message>
    <message>
        <source>--out must end in .xlsx (one workbook) or .csv (a file per kind).</source>
        <translation>--out harus berakhiran .xlsx (satu buku kerja) atau .csv (satu berkas per jenis).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 telah ditulis.</translation>
    </message>
    <message>
        <source>Say which file to import: scorectl sheet import --db F FILE.xlsx (or CSV files).</source>
        <translation>Sebutkan berkas yang akan diimpor: scorectl sheet import --db F BERKAS.xlsx (atau berkas CSV).</translation>
    </message>
    <message>
        <source>Nothing was imported; correct these cells and import again:</source>
        <translation>Tidak ada yang diimpor; perbaiki sel-sel ini lalu impor lagi:</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>Would add %1, change %2 and leave %3 as they are (dry run: nothing written).</source>
        <translation>Akan menambah %1, mengubah %2, dan membiarkan %3 apa adanya (uji coba: tidak ada yang ditulis).</translation>
    </message>
    <message>
        <source>Added %1, changed %2, left %3 as they were.</source>
        <translation>Ditambahkan %1, diubah %2, %3 dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>Say export or import.</source>
        <translation>Sebutkan export (ekspor) atau import (impor).</translation>
    </message>
    <message>
        <source>Export cohorts, enterprises and people to a spreadsheet, or import them from one.</source>
        <translation>Ekspor angkatan, perusahaan, dan orang ke lembar kerja, atau impor dari lembar kerja.</translation>
    </message>
    <message>
        <source>export --out FILE.xlsx|FILE.csv, or import FILE…</source>
        <translation>export --out BERKAS.xlsx|BERKAS.csv, atau import BERKAS…</translation>
    </message>
    <message>
        <source>The XLSX workbook, or the first of the CSV files (FILE-cohorts.csv, …).</source>
        <translation>Buku kerja XLSX, atau berkas pertama dari berkas CSV (BERKAS-cohorts.csv, …).</translation>
    </message>
    <message>
        <source>Say what importing would do, and write nothing.</source>
        <translation>Sebutkan apa yang akan dilakukan impor, tanpa menulis apa pun.</translation>
    </message>
    <message>
        <source>This workspace&apos;s changes are not dated after this computer&apos;s date; nothing to re-stamp.</source>
        <translation>Perubahan di ruang kerja ini tidak bertanggal setelah tanggal komputer ini; tidak ada yang perlu diberi cap ulang.</translation>
    </message>
    <message>
        <source>Re-stamped %1 changes in %2 records that this device dated up to %3 while its clock was ahead; its next bundles will be accepted.</source>
        <translation>%1 perubahan dalam %2 catatan yang diberi tanggal hingga %3 oleh perangkat ini saat jamnya terlalu maju telah diberi cap ulang; bundel berikutnya akan diterima.</translation>
    </message>
    <message>
        <source>Give this device&apos;s changes dated in the future the present time, once its clock is right.</source>
        <translation>Memberi waktu sekarang pada perubahan perangkat ini yang bertanggal di masa depan, setelah jamnya benar.</translation>
    </message>
    <message>
        <source>Nothing was removed: with these problems, what the records refer to cannot be trusted.</source>
        <translation>Tidak ada yang dihapus: dengan masalah-masalah ini, rujukan catatan tidak dapat dipercaya.</translation>
    </message>
    <message>
        <source>Attachment content that no record refers to: %1 (%2); &apos;scorectl check --repair&apos; removes it.</source>
        <translation>Isi lampiran yang tidak dirujuk oleh catatan mana pun: %1 (%2); &apos;scorectl check --repair&apos; menghapusnya.</translation>
    </message>
    <message>
        <source>Removed attachment content that no record referred to: %1 (%2).</source>
        <translation>Isi lampiran yang tidak dirujuk oleh catatan mana pun telah dihapus: %1 (%2).</translation>
    </message>
    <message>
        <source>Also remove attachment content that no record, live or in the recycle bin, refers to.</source>
        <translation>Hapus juga isi lampiran yang tidak dirujuk oleh catatan mana pun, baik yang aktif maupun yang ada di tempat sampah.</translation>
    </message>
    <message>
        <source>An empty passphrase would protect nothing, so no bundle was written; give one, or leave out --passphrase to write an unprotected bundle.</source>
        <translation>Frasa sandi kosong tidak melindungi apa pun, sehingga tidak ada paket data yang ditulis; berikan frasa sandi, atau hilangkan --passphrase untuk menulis paket data tanpa perlindungan.</translation>
    </message>
</context>
<context>
    <name>score::edit</name>
    <message>
        <source>There is no kind of record called &quot;%1&quot;.</source>
        <translation>Tidak ada jenis catatan bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Catatan %1 ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>score::edit::Attachments</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; take a smaller photo or scan.</source>
        <translation>%1 lebih besar dari 50 MB; ambil foto atau hasil pindai yang lebih kecil.</translation>
    </message>
    <message>
        <source>%1 could not be read completely.</source>
        <translation>%1 tidak dapat dibaca sepenuhnya.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
</context>
<context>
    <name>scorectl</name>
    <message>
        <source>Workspace file.</source>
        <translation>Berkas ruang kerja.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>Try &apos;scorectl %1 --help&apos;.</source>
        <translation>Coba &apos;scorectl %1 --help&apos;.</translation>
    </message>
    <message>
        <source>scorectl — SCORE Desk on the command line</source>
        <translation>scorectl — SCORE Desk di baris perintah</translation>
    </message>
    <message>
        <source>Usage: scorectl COMMAND [options]</source>
        <translation>Penggunaan: scorectl PERINTAH [opsi]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Run &apos;scorectl COMMAND --help&apos; for the options of a command.</source>
        <translation>Jalankan &apos;scorectl PERINTAH --help&apos; untuk melihat opsi suatu perintah.</translation>
    </message>
    <message>
        <source>scorectl: unknown command &apos;%1&apos;.</source>
        <translation>scorectl: perintah &apos;%1&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>Run &apos;scorectl --help&apos; for the list of commands.</source>
        <translation>Jalankan &apos;scorectl --help&apos; untuk daftar perintah.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db BERKAS wajib diisi.</translation>
    </message>
    <message>
        <source>Note: this workspace has changes dated up to %1, after this computer&apos;s date; other devices hold its bundles back. If today&apos;s date is right, run &apos;scorectl restamp&apos;.</source>
        <translation>Catatan: ruang kerja ini memiliki perubahan bertanggal hingga %1, setelah tanggal komputer ini; perangkat lain menahan bundelnya. Jika tanggal hari ini benar, jalankan &apos;scorectl restamp&apos;.</translation>
    </message>
</context>
</TS>
