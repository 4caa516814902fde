<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>score-desk</name>
    <message>
        <source>SCORE Desk — factory visits, checklists, plans and KPIs.</source>
        <translation>SCORE Desk — chuyến thăm nhà máy, bảng kiểm, kế hoạch và KPI.</translation>
    </message>
    <message>
        <source>Workspace file to open.</source>
        <translation>Tệp không gian làm việc cần mở.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>View to show: enterprises, visit, checklist, plan, kpis, sync, reports.</source>
        <translation>Màn hình cần hiển thị: enterprises, visit, checklist, plan, kpis, sync, reports.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>OUT.png</translation>
    </message>
    <message>
        <source>Work as counsellor, manager or trainer.</source>
        <translation>Làm việc với vai trò tư vấn viên, quản lý hoặc giảng viên.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>VAI_TRÒ</translation>
    </message>
    <message>
        <source>A workspace or a bundle to open.</source>
        <translation>Không gian làm việc hoặc gói dữ liệu cần mở.</translation>
    </message>
    <message>
        <source>--screenshot needs --db FILE.</source>
        <translation>--screenshot cần có --db TỆP.</translation>
    </message>
    <message>
        <source>Language for this run: en, vi, es or id (default: the setting, else the system&apos;s).</source>
        <translation>Ngôn ngữ cho lần chạy này: en, vi, es hoặc id (mặc định: theo thiết lập, nếu không thì theo hệ thống).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Render the view to a PNG and exit.</source>
        <translation>Kết xuất màn hình ra tệp PNG rồi thoát.</translation>
    </message>
    <message>
        <source>Size of the window in the screenshot (default: 1280x800).</source>
        <translation>Kích thước cửa sổ trong ảnh chụp màn hình (mặc định: 1280x800).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>RỘNGxCAO</translation>
    </message>
    <message>
        <source>--screenshot-size takes a width and a height, such as 1024x600.</source>
        <translation>--screenshot-size cần chiều rộng và chiều cao, ví dụ 1024x600.</translation>
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
        <translation>Hành động %1 (%2)</translation>
    </message>
</context>
<context>
    <name>score::ActionBoardColumn</name>
    <message>
        <source>No actions.
Drop a card here to move it.</source>
        <translation>Không có hành động.
Kéo thả thẻ vào đây để chuyển.</translation>
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
        <translation>Chưa có người phụ trách</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Quá hạn · %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Không có hạn</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
</context>
<context>
    <name>score::ActionDetail</name>
    <message>
        <source>Select an action in the plan to see and change its details.</source>
        <translation>Chọn một hành động trong kế hoạch để xem và sửa chi tiết.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>Approve this action for the enterprise&apos;s plan</source>
        <translation>Phê duyệt hành động này vào kế hoạch của doanh nghiệp</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Trả lại…</translation>
    </message>
    <message>
        <source>Send the action back with a comment on what should change</source>
        <translation>Trả lại hành động kèm nhận xét về những gì cần thay đổi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Est. savings</source>
        <translation>Tiết kiệm ước tính</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Add e&amp;vidence…</source>
        <translation>Thêm &amp;bằng chứng…</translation>
    </message>
    <message>
        <source>Attach photos or documents that show the action&apos;s result</source>
        <translation>Đính kèm ảnh hoặc tài liệu cho thấy kết quả của hành động</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nhận xét mới</translation>
    </message>
    <message>
        <source>Write a comment… (Ctrl+Enter to add)</source>
        <translation>Viết nhận xét… (Ctrl+Enter để thêm)</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Thêm &amp;nhận xét</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>chưa có người phụ trách</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>người phụ trách %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>quá hạn 1 ngày</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>hoàn thành %1</translation>
    </message>
    <message>
        <source>the manager</source>
        <translation>quản lý</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1 on %2.</source>
        <translation>&lt;b&gt;Đã phê duyệt&lt;/b&gt; bởi %1 ngày %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1.</source>
        <translation>&lt;b&gt;Đã phê duyệt&lt;/b&gt; bởi %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned&lt;/b&gt; by %1 on %2 for rework.</source>
        <translation>&lt;b&gt;Đã trả lại&lt;/b&gt; bởi %1 ngày %2 để làm lại.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned&lt;/b&gt; by %1 for rework.</source>
        <translation>&lt;b&gt;Đã trả lại&lt;/b&gt; bởi %1 để làm lại.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for approval&lt;/b&gt; by the enterprise&apos;s manager.</source>
        <translation>&lt;b&gt;Đang chờ phê duyệt&lt;/b&gt; của quản lý doanh nghiệp.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>estimated savings</source>
        <translation>tiết kiệm ước tính</translation>
    </message>
    <message>
        <source>verified savings</source>
        <translation>tiết kiệm đã xác minh</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Số tiền tính bằng %1</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Bằng chứng (%1)</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Chưa có nhận xét.</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Nhận xét (%1)</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>Hãy chọn một hành động trước.</translation>
    </message>
    <message>
        <source>Write something before adding the comment.</source>
        <translation>Hãy viết nội dung trước khi thêm nhận xét.</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>Nhận xét về “%1”</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Thêm bằng chứng</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.xlsx);;All files (*)</source>
        <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Add evidence to “%1”</source>
        <translation>Thêm bằng chứng cho “%1”</translation>
    </message>
    <message>
        <source>The evidence could not be copied to %1 to open it.</source>
        <translation>Không thể sao chép bằng chứng tới %1 để mở.</translation>
    </message>
    <message>
        <source>Remove evidence “%1”</source>
        <translation>Xóa bằng chứng “%1”</translation>
    </message>
</context>
<context>
    <name>score::ActionDialog</name>
    <message>
        <source>Action agreed at this visit</source>
        <translation>Hành động đã thống nhất trong chuyến thăm này</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Việc sẽ thực hiện</translation>
    </message>
    <message>
        <source>Finding it answers</source>
        <translation>Phát hiện liên quan</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Ngày hạn</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Hành động</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>&amp;Phát hiện</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Người phụ trách</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Hạn hoàn &amp;thành</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>Mức ư&amp;u tiên</translation>
    </message>
    <message>
        <source>The action starts as proposed, waiting for the manager&apos;s approval.</source>
        <translation>Hành động bắt đầu ở trạng thái đề xuất, chờ quản lý phê duyệt.</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Thêm hành động</translation>
    </message>
    <message>
        <source>Discard this action? What you typed will be lost.</source>
        <translation>Bỏ hành động này? Nội dung bạn đã nhập sẽ bị mất.</translation>
    </message>
</context>
<context>
    <name>score::ActionEdits</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Chuyển “%1” sang %2</translation>
    </message>
    <message>
        <source>Approve “%1”</source>
        <translation>Phê duyệt “%1”</translation>
    </message>
    <message>
        <source>Say what should change before returning the action.</source>
        <translation>Hãy nêu những gì cần thay đổi trước khi trả lại hành động.</translation>
    </message>
    <message>
        <source>Return “%1”</source>
        <translation>Trả lại “%1”</translation>
    </message>
    <message>
        <source>Choose an enterprise before adding an action to its plan.</source>
        <translation>Hãy chọn một doanh nghiệp trước khi thêm hành động vào kế hoạch của doanh nghiệp đó.</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Thêm hành động “%1”</translation>
    </message>
</context>
<context>
    <name>score::ActionTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Quá hạn 1 ngày</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Quá hạn %1 ngày</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Khu vực: %1</translation>
    </message>
    <message>
        <source>Before %1 · after %2</source>
        <translation>Trước %1 · sau %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Est. savings</source>
        <translation>Tiết kiệm ước tính</translation>
    </message>
    <message>
        <source>Verified savings</source>
        <translation>Tiết kiệm đã xác minh</translation>
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
        <translation>Các hành động đã thống nhất trong chuyến thăm này</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Thêm hành động…</translation>
    </message>
    <message>
        <source>Record an action agreed with the enterprise (%1)</source>
        <translation>Ghi một hành động đã thống nhất với doanh nghiệp (%1)</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Xóa hành động</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete)</source>
        <translation>Xóa hành động đã chọn (Delete)</translation>
    </message>
    <message>
        <source>Follow them up in the improvement plan.</source>
        <translation>Theo dõi các hành động này trong kế hoạch cải tiến.</translation>
    </message>
    <message>
        <source>Remove action “%1”</source>
        <translation>Xóa hành động “%1”</translation>
    </message>
    <message>
        <source>Action removed; %1 brings it back.</source>
        <translation>Đã xóa hành động; %1 để khôi phục.</translation>
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
        <translation>Mở không gian làm việc</translation>
    </message>
    <message>
        <source>SCORE Desk workspaces (*.scoredesk);;All files (*)</source>
        <translation>Không gian làm việc SCORE Desk (*.scoredesk);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Không gian làm việc mẫu</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Đang chuẩn bị không gian làm việc mẫu…</translation>
    </message>
</context>
<context>
    <name>score::AttachmentListModel</name>
    <message>
        <source>Visit</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>unnamed file</source>
        <translation>tệp không tên</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>không có ngày</translation>
    </message>
    <message>
        <source>Of the visit</source>
        <translation>Của chuyến thăm</translation>
    </message>
    <message>
        <source>Of the finding “%1”</source>
        <translation>Của phát hiện “%1”</translation>
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
        <translation>Ảnh %1</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Sửa chú thích</translation>
    </message>
</context>
<context>
    <name>score::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling; undoing what was started…</source>
        <translation>Đang hủy; đang hoàn tác những gì đã bắt đầu…</translation>
    </message>
</context>
<context>
    <name>score::BackupModel</name>
    <message>
        <source>Before importing a bundle</source>
        <translation>Trước khi nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Trước khi khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Before upgrading the workspace from version %1</source>
        <translation>Trước khi nâng cấp không gian làm việc từ phiên bản %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
</context>
<context>
    <name>score::Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Không thể tạo thư mục sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Không thể ghi bản sao lưu: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>Không thể ghi bản sao lưu vào %1.</translation>
    </message>
</context>
<context>
    <name>score::BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>SCORE Desk copies this workspace before every import, upgrade and restore, and keeps the %1 newest copies. If an import brought something you did not want, bring back the copy taken before it.</source>
        <translation>SCORE Desk sao chép không gian làm việc này trước mỗi lần nhập, nâng cấp và khôi phục, và giữ lại %1 bản sao mới nhất. Nếu một lần nhập đã đưa vào dữ liệu bạn không muốn, hãy khôi phục bản sao được tạo trước lần nhập đó.</translation>
    </message>
    <message>
        <source>Result of the last restore</source>
        <translation>Kết quả của lần khôi phục gần nhất</translation>
    </message>
    <message>
        <source>No backup has been taken yet. The first one is made before the first import.</source>
        <translation>Chưa có bản sao lưu nào. Bản đầu tiên sẽ được tạo trước lần nhập đầu tiên.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>Show the backup files in the file manager, to copy one to a USB stick for example.</source>
        <translation>Hiển thị các tệp sao lưu trong trình quản lý tệp, chẳng hạn để chép một bản sang USB.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Thư mục: %1</translation>
    </message>
    <message>
        <source>A restore cannot start while changes are being saved; try again in a moment.</source>
        <translation>Không thể bắt đầu khôi phục khi đang lưu thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The workspace is back as it was on %1. What it was just before is kept as the newest backup. This computer now works as a new device; colleagues will see it appear under that name with a new key.</source>
        <translation>Không gian làm việc đã trở lại như ngày %1. Trạng thái ngay trước đó được giữ làm bản sao lưu mới nhất. Máy tính này giờ hoạt động như một thiết bị mới; đồng nghiệp sẽ thấy thiết bị xuất hiện dưới tên đó với một khóa mới.</translation>
    </message>
</context>
<context>
    <name>score::BlobStore</name>
    <message>
        <source>The content of this attachment is not in the workspace.</source>
        <translation>Nội dung của tệp đính kèm này không có trong không gian làm việc.</translation>
    </message>
</context>
<context>
    <name>score::BuiltinContent</name>
    <message>
        <source>The template is for module %1, which this workspace does not have.</source>
        <translation>Mẫu này dành cho mô-đun %1, mà không gian làm việc này không có.</translation>
    </message>
</context>
<context>
    <name>score::BundleCipher</name>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Cụm mật khẩu không được để trống.</translation>
    </message>
    <message>
        <source>The bundle could not be read for encryption.</source>
        <translation>Không thể đọc gói dữ liệu để mã hóa.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>Không thể ghi %1 (%2).</translation>
    </message>
    <message>
        <source>Not enough memory to protect the bundle with a passphrase.</source>
        <translation>Không đủ bộ nhớ để bảo vệ gói dữ liệu bằng cụm mật khẩu.</translation>
    </message>
    <message>
        <source>The encrypted bundle could not be written; is the disk full? (%1)</source>
        <translation>Không thể ghi gói dữ liệu đã mã hóa; ổ đĩa đã đầy? (%1)</translation>
    </message>
    <message>
        <source>The bundle cannot be read (%1).</source>
        <translation>Không thể đọc gói dữ liệu (%1).</translation>
    </message>
    <message>
        <source>The bundle is damaged (its encryption header is incomplete).</source>
        <translation>Gói dữ liệu bị hỏng (phần đầu mã hóa không đầy đủ).</translation>
    </message>
    <message>
        <source>The bundle is protected in a way this SCORE Desk does not know; update to read it.</source>
        <translation>Gói dữ liệu được bảo vệ theo cách mà phiên bản SCORE Desk này không biết; hãy cập nhật để đọc.</translation>
    </message>
    <message>
        <source>The bundle is damaged or hostile (its key parameters are out of range).</source>
        <translation>Gói dữ liệu bị hỏng hoặc có dấu hiệu độc hại (các tham số khóa nằm ngoài phạm vi).</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase; give it to open the bundle.</source>
        <translation>Gói dữ liệu này được bảo vệ bằng cụm mật khẩu; hãy nhập cụm mật khẩu để mở.</translation>
    </message>
    <message>
        <source>Not enough memory to open the passphrase-protected bundle.</source>
        <translation>Không đủ bộ nhớ để mở gói dữ liệu được bảo vệ bằng cụm mật khẩu.</translation>
    </message>
    <message>
        <source>The bundle is damaged (its encryption header is invalid).</source>
        <translation>Gói dữ liệu bị hỏng (phần đầu mã hóa không hợp lệ).</translation>
    </message>
    <message>
        <source>A temporary file cannot be written (%1).</source>
        <translation>Không thể ghi tệp tạm (%1).</translation>
    </message>
    <message>
        <source>The bundle is incomplete: it was cut off while being copied.</source>
        <translation>Gói dữ liệu không đầy đủ: quá trình sao chép đã bị ngắt giữa chừng.</translation>
    </message>
    <message>
        <source>The bundle is damaged (a block has an impossible size).</source>
        <translation>Gói dữ liệu bị hỏng (một khối có kích thước không thể có).</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the bundle is damaged.</source>
        <translation>Cụm mật khẩu sai, hoặc gói dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <source>The bundle is damaged (a protected block does not verify).</source>
        <translation>Gói dữ liệu bị hỏng (một khối được bảo vệ không xác minh được).</translation>
    </message>
    <message>
        <source>The bundle is larger than SCORE Desk accepts.</source>
        <translation>Gói dữ liệu lớn hơn mức SCORE Desk chấp nhận.</translation>
    </message>
    <message>
        <source>A temporary file cannot be written; is the disk full?</source>
        <translation>Không thể ghi tệp tạm; ổ đĩa đã đầy?</translation>
    </message>
    <message>
        <source>The bundle is damaged (it has data after its end).</source>
        <translation>Gói dữ liệu bị hỏng (có dữ liệu sau điểm kết thúc).</translation>
    </message>
</context>
<context>
    <name>score::BundleExporter</name>
    <message>
        <source>A temporary file cannot be written (%1).</source>
        <translation>Không thể ghi tệp tạm (%1).</translation>
    </message>
    <message>
        <source>The bundle could not be written; is the disk full? (%1)</source>
        <translation>Không thể ghi gói dữ liệu; ổ đĩa đã đầy? (%1)</translation>
    </message>
    <message>
        <source>Say where to write the bundle.</source>
        <translation>Hãy chọn nơi ghi gói dữ liệu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>There is no enterprise %1 in this workspace.</source>
        <translation>Không có doanh nghiệp %1 trong không gian làm việc này.</translation>
    </message>
    <message>
        <source>There is no cohort %1 in this workspace.</source>
        <translation>Không có nhóm doanh nghiệp %1 trong không gian làm việc này.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created for the bundle.</source>
        <translation>Không thể tạo thư mục tạm cho gói dữ liệu.</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Đã hủy xuất; không có gói dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <source>An attachment&apos;s content is missing from this workspace (%1); run a check.</source>
        <translation>Nội dung của một tệp đính kèm không có trong không gian làm việc này (%1); hãy chạy kiểm tra.</translation>
    </message>
    <message>
        <source>The bundle could not be written; is the disk full?</source>
        <translation>Không thể ghi gói dữ liệu; ổ đĩa đã đầy?</translation>
    </message>
    <message>
        <source>This device&apos;s signing key is damaged; the bundle cannot be signed.</source>
        <translation>Khóa ký của thiết bị này bị hỏng; không thể ký gói dữ liệu.</translation>
    </message>
</context>
<context>
    <name>score::BundleFormat</name>
    <message>
        <source>The bundle is damaged or not from SCORE Desk: %1.</source>
        <translation>Gói dữ liệu bị hỏng hoặc không phải của SCORE Desk: %1.</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON</source>
        <translation>tệp kê khai không phải JSON hợp lệ</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk bundle.</source>
        <translation>Tệp này không phải là gói dữ liệu SCORE Desk.</translation>
    </message>
    <message>
        <source>its manifest has no format or schema version</source>
        <translation>tệp kê khai không có phiên bản định dạng hoặc lược đồ</translation>
    </message>
    <message>
        <source>This bundle was made by a newer SCORE Desk (%1); update to read it.</source>
        <translation>Gói dữ liệu này được tạo bởi SCORE Desk mới hơn (%1); hãy cập nhật để đọc.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>phiên bản không xác định</translation>
    </message>
    <message>
        <source>its format version is invalid</source>
        <translation>phiên bản định dạng không hợp lệ</translation>
    </message>
    <message>
        <source>This bundle was made by an older SCORE Desk (%1) whose format is no longer read.</source>
        <translation>Gói dữ liệu này được tạo bởi SCORE Desk cũ (%1) có định dạng không còn được hỗ trợ.</translation>
    </message>
    <message>
        <source>its bundle id is invalid</source>
        <translation>mã gói dữ liệu không hợp lệ</translation>
    </message>
    <message>
        <source>its creation time is invalid</source>
        <translation>thời điểm tạo không hợp lệ</translation>
    </message>
    <message>
        <source>its sender device id is invalid</source>
        <translation>mã thiết bị gửi không hợp lệ</translation>
    </message>
    <message>
        <source>its sender key is invalid</source>
        <translation>khóa của bên gửi không hợp lệ</translation>
    </message>
    <message>
        <source>its scope is unknown</source>
        <translation>phạm vi không xác định</translation>
    </message>
    <message>
        <source>its scope lists invalid ids</source>
        <translation>phạm vi liệt kê mã không hợp lệ</translation>
    </message>
    <message>
        <source>its delta base is invalid</source>
        <translation>cơ sở delta không hợp lệ</translation>
    </message>
    <message>
        <source>its version vector is invalid</source>
        <translation>vector phiên bản không hợp lệ</translation>
    </message>
    <message>
        <source>its device list is invalid</source>
        <translation>danh sách thiết bị không hợp lệ</translation>
    </message>
    <message>
        <source>its record counts are invalid</source>
        <translation>số lượng bản ghi không hợp lệ</translation>
    </message>
    <message>
        <source>its record count is invalid</source>
        <translation>số bản ghi không hợp lệ</translation>
    </message>
    <message>
        <source>its list of files is invalid</source>
        <translation>danh sách tệp không hợp lệ</translation>
    </message>
    <message>
        <source>a record is too large</source>
        <translation>một bản ghi quá lớn</translation>
    </message>
    <message>
        <source>a record line is not a JSON object</source>
        <translation>một dòng bản ghi không phải đối tượng JSON</translation>
    </message>
    <message>
        <source>a record line is not valid JSON</source>
        <translation>một dòng bản ghi không phải JSON hợp lệ</translation>
    </message>
    <message>
        <source>a record has no valid kind</source>
        <translation>một bản ghi không có loại hợp lệ</translation>
    </message>
    <message>
        <source>a record has an unknown kind</source>
        <translation>một bản ghi có loại không xác định</translation>
    </message>
    <message>
        <source>a record has an invalid id</source>
        <translation>một bản ghi có mã không hợp lệ</translation>
    </message>
    <message>
        <source>a record has invalid change stamps</source>
        <translation>một bản ghi có dấu thay đổi không hợp lệ</translation>
    </message>
    <message>
        <source>a record has an invalid version vector</source>
        <translation>một bản ghi có vector phiên bản không hợp lệ</translation>
    </message>
    <message>
        <source>a record line is not in SCORE Desk&apos;s order</source>
        <translation>một dòng bản ghi không theo đúng thứ tự của SCORE Desk</translation>
    </message>
    <message>
        <source>%1 %2 has a field this SCORE Desk does not know</source>
        <translation>%1 %2 có một trường mà phiên bản SCORE Desk này không biết</translation>
    </message>
    <message>
        <source>%1 %2 has a field twice</source>
        <translation>%1 %2 có một trường bị lặp hai lần</translation>
    </message>
    <message>
        <source>%1 %2 has a value of the wrong type in %3</source>
        <translation>%1 %2 có giá trị sai kiểu ở %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>a record line has an unexpected part</source>
        <translation>một dòng bản ghi có phần không mong đợi</translation>
    </message>
    <message>
        <source>a record line has data after its end</source>
        <translation>một dòng bản ghi có dữ liệu sau điểm kết thúc</translation>
    </message>
    <message>
        <source>a record line is incomplete</source>
        <translation>một dòng bản ghi không đầy đủ</translation>
    </message>
    <message>
        <source>%1 %2 lacks the field %3</source>
        <translation>%1 %2 thiếu trường %3</translation>
    </message>
    <message>
        <source>the change stamps of %1 %2 are invalid</source>
        <translation>dấu thay đổi của %1 %2 không hợp lệ</translation>
    </message>
    <message>
        <source>%1 %2 is stamped after the year 3000, a date no clock shows</source>
        <translation>%1 %2 mang dấu thời gian sau năm 3000, một ngày mà không đồng hồ nào hiển thị</translation>
    </message>
    <message>
        <source>%1 %2 has text that is not valid UTF-8 in %3</source>
        <translation>%1 %2 có văn bản không phải UTF-8 hợp lệ trong %3</translation>
    </message>
</context>
<context>
    <name>score::BundleImporter</name>
    <message>
        <source>This bundle claims to come from this very device but carries another key: it comes from a copy of this workspace or is forged. It was not imported.</source>
        <translation>Gói dữ liệu này tự nhận là đến từ chính thiết bị này nhưng mang một khóa khác: nó đến từ một bản sao của không gian làm việc này hoặc bị giả mạo. Gói chưa được nhập.</translation>
    </message>
    <message>
        <source>This bundle was made by this workspace; importing it changes nothing.</source>
        <translation>Gói dữ liệu này được tạo từ chính không gian làm việc này; nhập nó sẽ không thay đổi gì.</translation>
    </message>
    <message>
        <source>WARNING: the device &quot;%1&quot; signed this bundle with a different key (%2) than before (%3). It may be forged. Nothing was imported; if the device really was reinstalled, import again with --trust-new-key.</source>
        <translation>CẢNH BÁO: thiết bị &quot;%1&quot; đã ký gói dữ liệu này bằng một khóa khác (%2) so với trước đây (%3). Gói có thể bị giả mạo. Không có gì được nhập; nếu thiết bị thực sự đã được cài đặt lại, hãy nhập lại với --trust-new-key.</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; now signs with a new key (%2); you chose to trust it.</source>
        <translation>Thiết bị &quot;%1&quot; hiện ký bằng khóa mới (%2); bạn đã chọn tin cậy khóa này.</translation>
    </message>
    <message>
        <source>a %1 refers to a missing %2</source>
        <translation>một %1 tham chiếu tới một %2 không tồn tại</translation>
    </message>
    <message>
        <source>The bundle refers to records it does not carry (%1 references, e.g. %2); nothing was imported.</source>
        <translation>Gói dữ liệu tham chiếu tới các bản ghi mà nó không chứa (%1 tham chiếu, ví dụ %2); không có gì được nhập.</translation>
    </message>
    <message>
        <source>Nothing was imported because the workspace could not be backed up first: %1</source>
        <translation>Không có gì được nhập vì không thể sao lưu không gian làm việc trước: %1</translation>
    </message>
    <message>
        <source>The bundle lists a photo or document it does not carry (content %1), and this workspace does not have it either; nothing was imported.</source>
        <translation>Gói dữ liệu liệt kê một ảnh hoặc tài liệu mà nó không chứa (nội dung %1), và không gian làm việc này cũng không có; không có gì được nhập.</translation>
    </message>
    <message>
        <source>This bundle would delete %1 of the %2 records in this workspace (%3%). Nothing was imported. If that is intended, import it again allowing mass deletion (--allow-mass-delete).</source>
        <translation>Gói dữ liệu này sẽ xóa %1 trong số %2 bản ghi của không gian làm việc này (%3%). Không có gì được nhập. Nếu đó là chủ ý, hãy nhập lại và cho phép xóa hàng loạt (--allow-mass-delete).</translation>
    </message>
    <message>
        <source>The import could not be saved; the workspace is unchanged. %1</source>
        <translation>Không thể lưu lần nhập; không gian làm việc không thay đổi. %1</translation>
    </message>
    <message>
        <source>%1 (relayed by &quot;%2&quot;)</source>
        <translation>%1 (do &quot;%2&quot; chuyển tiếp)</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; dates its changes %2, more than a day after this computer&apos;s date (%3): its clock is wrong, or this one is. Nothing was imported. Set the right date on the wrong computer; a device whose clock was ahead then re-stamps its changes (scorectl restamp) and sends a new bundle.</source>
        <translation>Thiết bị &quot;%1&quot; ghi ngày cho các thay đổi của nó là %2, muộn hơn ngày của máy tính này (%3) quá một ngày: đồng hồ của thiết bị đó sai, hoặc đồng hồ của máy này sai. Không có gì được nhập. Hãy đặt đúng ngày trên máy tính bị sai; thiết bị có đồng hồ chạy trước sau đó đóng dấu lại các thay đổi của nó (scorectl restamp) và gửi một gói mới.</translation>
    </message>
    <message>
        <source>The bundle carries photos or documents that no record refers to (%1, e.g. content %2), so it was refused and nothing was imported.</source>
        <translation>Gói dữ liệu chứa ảnh hoặc tài liệu mà không bản ghi nào dùng đến (%1, ví dụ nội dung %2), nên gói bị từ chối và không có gì được nhập.</translation>
    </message>
    <message>
        <source>The bundle carries a record that breaks the workspace&apos;s rules, so nothing was imported: %1</source>
        <translation>Gói dữ liệu chứa một bản ghi vi phạm quy tắc của không gian làm việc, nên không có gì được nhập: %1</translation>
    </message>
    <message>
        <source>This bundle would delete %1 records, and the bundles from &quot;%2&quot; imported here in the last 24 hours (%3 of them) deleted %4: together %5 of the %6 records there were before them (%7%). Nothing was imported. If that is intended, import it again allowing mass deletion (--allow-mass-delete).</source>
        <translation>Gói dữ liệu này sẽ xóa %1 bản ghi, và các gói dữ liệu từ &quot;%2&quot; được nhập vào đây trong 24 giờ qua (%3 gói) đã xóa %4: tổng cộng %5 trong số %6 bản ghi có trước các gói đó (%7%). Không có gì được nhập. Nếu đó là chủ ý, hãy nhập lại và cho phép xóa hàng loạt (--allow-mass-delete).</translation>
    </message>
</context>
<context>
    <name>score::BundleReader</name>
    <message>
        <source>There is no bundle at %1.</source>
        <translation>Không có gói dữ liệu tại %1.</translation>
    </message>
    <message>
        <source>%1 is not a bundle file.</source>
        <translation>%1 không phải là tệp gói dữ liệu.</translation>
    </message>
    <message>
        <source>The bundle is larger than SCORE Desk accepts.</source>
        <translation>Gói dữ liệu lớn hơn mức SCORE Desk chấp nhận.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created to open the protected bundle.</source>
        <translation>Không thể tạo thư mục tạm để mở gói dữ liệu được bảo vệ.</translation>
    </message>
    <message>
        <source>The bundle contains an unexpected file (%1); it was refused.</source>
        <translation>Gói dữ liệu chứa một tệp không mong đợi (%1); đã bị từ chối.</translation>
    </message>
    <message>
        <source>The bundle contains %1 twice; it was refused.</source>
        <translation>Gói dữ liệu chứa %1 hai lần; đã bị từ chối.</translation>
    </message>
    <message>
        <source>The bundle uses ZIP encryption, which SCORE Desk never writes; it was refused.</source>
        <translation>Gói dữ liệu dùng mã hóa ZIP, điều mà SCORE Desk không bao giờ tạo ra; đã bị từ chối.</translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 is larger than SCORE Desk accepts.</source>
        <translation>%1 của gói dữ liệu lớn hơn mức SCORE Desk chấp nhận.</translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 expands far more than real data can (a &quot;ZIP bomb&quot;); it was refused.</source>
        <translation>%1 của gói dữ liệu giải nén ra lớn hơn nhiều so với dữ liệu thực có thể có (một &quot;bom ZIP&quot;); đã bị từ chối.</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk bundle (it has no manifest).</source>
        <translation>Tệp này không phải là gói dữ liệu SCORE Desk (không có tệp kê khai).</translation>
    </message>
    <message>
        <source>The bundle is incomplete (its signature or its records are missing).</source>
        <translation>Gói dữ liệu không đầy đủ (thiếu chữ ký hoặc các bản ghi).</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its content: it was altered or damaged, and was refused.</source>
        <translation>Chữ ký của gói dữ liệu không khớp với nội dung: gói đã bị sửa đổi hoặc hỏng, và đã bị từ chối.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: %1 is listed but missing.</source>
        <translation>Gói dữ liệu không đầy đủ: %1 có trong danh sách nhưng bị thiếu.</translation>
    </message>
    <message>
        <source>The bundle is damaged: %1 does not have its signed size.</source>
        <translation>Gói dữ liệu bị hỏng: %1 không có kích thước như đã ký.</translation>
    </message>
    <message>
        <source>The bundle contains %1, which its signed manifest does not list.</source>
        <translation>Gói dữ liệu chứa %1, nhưng tệp kê khai đã ký không liệt kê tệp này.</translation>
    </message>
    <message>
        <source>The bundle is damaged: its records are not listed in its manifest.</source>
        <translation>Gói dữ liệu bị hỏng: các bản ghi không được liệt kê trong tệp kê khai.</translation>
    </message>
    <message>
        <source>The bundle holds more records than its signed manifest says.</source>
        <translation>Gói dữ liệu chứa nhiều bản ghi hơn số ghi trong tệp kê khai đã ký.</translation>
    </message>
    <message>
        <source>The bundle is damaged or hostile: a record is larger than allowed.</source>
        <translation>Gói dữ liệu bị hỏng hoặc có dấu hiệu độc hại: một bản ghi lớn hơn mức cho phép.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Đã hủy nhập; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records do not match its signed manifest: it was altered or damaged, and nothing was imported.</source>
        <translation>Các bản ghi của gói dữ liệu không khớp với tệp kê khai đã ký: gói đã bị sửa đổi hoặc hỏng, và không có gì được nhập.</translation>
    </message>
    <message>
        <source>The bundle holds fewer records than its signed manifest says.</source>
        <translation>Gói dữ liệu chứa ít bản ghi hơn số ghi trong tệp kê khai đã ký.</translation>
    </message>
    <message>
        <source>An attachment in the bundle is damaged (its content does not match its hash); nothing was imported.</source>
        <translation>Một tệp đính kèm trong gói dữ liệu bị hỏng (nội dung không khớp với mã băm); không có gì được nhập.</translation>
    </message>
</context>
<context>
    <name>score::ChecklistItemPanel</name>
    <message>
        <source>Checklist item</source>
        <translation>Mục bảng kiểm</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Guidance for counsellors</source>
        <translation>Hướng dẫn cho tư vấn viên</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Câu trả lời trước</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Một số</translation>
    </message>
    <message>
        <source>Type the number, then Enter to save it and go to the next item</source>
        <translation>Nhập số, rồi nhấn Enter để lưu và chuyển sang mục tiếp theo</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>What you saw, the evidence, who you spoke to…</source>
        <translation>Những gì bạn thấy, bằng chứng, người bạn đã trao đổi…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Section score</source>
        <translation>Điểm phần</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot; (key %2 in the list)</source>
        <translation>Trả lời &quot;%1&quot; (phím %2 trong danh sách)</translation>
    </message>
    <message>
        <source>1 = weakest, 5 = best practice</source>
        <translation>1 = yếu nhất, 5 = thực hành tốt nhất</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation>Hãy chọn một mục trong danh sách.</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Phần %1</translation>
    </message>
    <message>
        <source>Section %1 · %2</source>
        <translation>Phần %1 · %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No guidance for this item.</source>
        <translation>Không có hướng dẫn cho mục này.</translation>
    </message>
    <message>
        <source>Answer (%1)</source>
        <translation>Câu trả lời (%1)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#5f6368&quot;&gt;No earlier %1 assessment for this enterprise.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#5f6368&quot;&gt;Doanh nghiệp này chưa có đánh giá %1 nào trước đây.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Previous&lt;/b&gt; (%1): &lt;i&gt;not answered&lt;/i&gt;</source>
        <translation>&lt;b&gt;Trước đây&lt;/b&gt; (%1): &lt;i&gt;chưa trả lời&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Previous&lt;/b&gt; (%1): &lt;span style=&quot;color:%2&quot;&gt;●&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trước đây&lt;/b&gt; (%1): &lt;span style=&quot;color:%2&quot;&gt;●&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:#5f6368&quot;&gt;“%1”&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:#5f6368&quot;&gt;“%1”&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Section %1 · %2&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Phần %1 · %2&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt; · %2 of %3 items answered</source>
        <translation>Điểm &lt;b&gt;%1&lt;/b&gt; · đã trả lời %2 / %3 mục</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>chưa chấm điểm</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 of %2: %3</source>
        <translation>&lt;br&gt;%1 ngày %2: %3</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>chưa chấm điểm</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#5f6368&quot;&gt;Press Down or J to go to the first item of this section.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#5f6368&quot;&gt;Nhấn phím Mũi tên xuống hoặc J để chuyển đến mục đầu tiên của phần này.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Comment on item %1</source>
        <translation>Ghi chú cho mục %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; không phải là số.</translation>
    </message>
    <message>
        <source>Answer item %1</source>
        <translation>Trả lời mục %1</translation>
    </message>
</context>
<context>
    <name>score::ChecklistModel</name>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1  (%2 of %3)</source>
        <translation>%1  (%2 / %3)</translation>
    </message>
    <message numerus="yes">
        <source>Section score %1 (%n item(s) scored)</source>
        <translation>
            <numerusform>Điểm phần %1 (đã chấm %n mục)</numerusform>
        </translation>
    </message>
    <message>
        <source>No scored answer in this section yet.</source>
        <translation>Phần này chưa có câu trả lời được chấm điểm.</translation>
    </message>
    <message>
        <source>Section score in the %1 assessment of %2</source>
        <translation>Điểm phần trong đánh giá %1 ngày %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items answered</source>
        <translation>%1: đã trả lời %2 / %3 mục</translation>
    </message>
    <message>
        <source>Section %1, %2</source>
        <translation>Phần %1, %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>No earlier assessment of this module</source>
        <translation>Chưa có đánh giá nào trước đây cho mô-đun này</translation>
    </message>
    <message>
        <source>%1 assessment of %2: %3</source>
        <translation>Đánh giá %1 ngày %2: %3</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>chưa trả lời</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1.%2: %3</source>
        <translation>Mục %1.%2: %3</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Câu trả lời: %1</translation>
    </message>
    <message>
        <source>No previous answer</source>
        <translation>Không có câu trả lời trước</translation>
    </message>
    <message>
        <source>Previous answer: %1</source>
        <translation>Câu trả lời trước: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Mục bảng kiểm</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước đây</translation>
    </message>
    <message>
        <source>The answer in this assessment; section rows show the live section score.</source>
        <translation>Câu trả lời trong đánh giá này; các dòng phần hiển thị điểm hiện tại của phần.</translation>
    </message>
    <message>
        <source>The answer in the previous assessment of this module (%1, %2), matched by item key</source>
        <translation>Câu trả lời trong đánh giá trước của mô-đun này (%1, %2), đối chiếu theo khóa của mục</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
</context>
<context>
    <name>score::ChecklistPhotoModel</name>
    <message>
        <source>%1 is not an image SCORE Desk can show.</source>
        <translation>%1 không phải là ảnh mà SCORE Desk có thể hiển thị.</translation>
    </message>
    <message>
        <source>%1
%2 · %3 KB</source>
        <translation>%1
%2 · %3 KB</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Ảnh %1</translation>
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
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Các mục bảng kiểm</translation>
    </message>
    <message>
        <source>Y yes · P partly · N no · A not applicable · 1–5 rating · ↑↓ or J K move · Enter comment (or value) · Esc back to the list · Ctrl+U next unanswered · Delete clears</source>
        <translation>Y có · P một phần · N không · A không áp dụng · 1–5 thang điểm · ↑↓ hoặc J K di chuyển · Enter ghi chú (hoặc giá trị) · Esc quay lại danh sách · Ctrl+U mục chưa trả lời tiếp theo · Delete xóa câu trả lời</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Keys in the list&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Y, P, N, A&lt;/td&gt;&lt;td&gt;Yes, Partly, No, Not applicable — then the next item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 5&lt;/td&gt;&lt;td&gt;Rating of a 1–5 item — then the next item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;digits&lt;/td&gt;&lt;td&gt;Start typing the value of a number item; Enter saves and moves on&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;↓ ↑, J K&lt;/td&gt;&lt;td&gt;Next or previous item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;Write a comment (or the value of a number or text item)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc, Ctrl+Enter&lt;/td&gt;&lt;td&gt;Back to the list from a box&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+U&lt;/td&gt;&lt;td&gt;Next unanswered item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Clear the answer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z&lt;/td&gt;&lt;td&gt;Undo the last answer&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Phím trong danh sách&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Y, P, N, A&lt;/td&gt;&lt;td&gt;Có, Một phần, Không, Không áp dụng — rồi chuyển sang mục tiếp theo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 5&lt;/td&gt;&lt;td&gt;Điểm của mục thang 1–5 — rồi chuyển sang mục tiếp theo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;chữ số&lt;/td&gt;&lt;td&gt;Bắt đầu nhập giá trị của mục dạng số; Enter để lưu và chuyển tiếp&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;↓ ↑, J K&lt;/td&gt;&lt;td&gt;Mục tiếp theo hoặc mục trước&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;Viết ghi chú (hoặc giá trị của mục dạng số hay văn bản)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc, Ctrl+Enter&lt;/td&gt;&lt;td&gt;Từ ô nhập quay lại danh sách&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+U&lt;/td&gt;&lt;td&gt;Mục chưa trả lời tiếp theo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Xóa câu trả lời&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z&lt;/td&gt;&lt;td&gt;Hoàn tác câu trả lời vừa rồi&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Đánh &amp;giá</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>The current enterprise&apos;s assessments: date — module — kind — template version</source>
        <translation>Các đánh giá của doanh nghiệp hiện tại: ngày — mô-đun — loại — phiên bản mẫu</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Đánh giá mới…</translation>
    </message>
    <message>
        <source>Start a new assessment of this enterprise against the checklist in force</source>
        <translation>Bắt đầu một đánh giá mới cho doanh nghiệp này theo bảng kiểm đang có hiệu lực</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Hoàn thành</translation>
    </message>
    <message>
        <source>Mark the assessment complete when every item has been assessed; drafts can still change</source>
        <translation>Đánh dấu đánh giá đã hoàn thành khi mọi mục đã được đánh giá; bản nháp vẫn có thể thay đổi</translation>
    </message>
    <message>
        <source>Assessment complete</source>
        <translation>Đánh giá đã hoàn thành</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Điểm tổng</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Số mục đã trả lời</translation>
    </message>
    <message>
        <source>Next unanswered item (Ctrl+U)</source>
        <translation>Mục chưa trả lời tiếp theo (Ctrl+U)</translation>
    </message>
    <message>
        <source>Next unanswered item</source>
        <translation>Mục chưa trả lời tiếp theo</translation>
    </message>
    <message>
        <source>Choose an enterprise in the navigation pane to see its checklists.</source>
        <translation>Chọn một doanh nghiệp trong khung điều hướng để xem các bảng kiểm của doanh nghiệp đó.</translation>
    </message>
    <message>
        <source>This enterprise has no assessment yet.
Start one with New assessment…: the checklist in force for the module is used, and answers are saved as you go.</source>
        <translation>Doanh nghiệp này chưa có đánh giá nào.
Hãy bắt đầu bằng Đánh giá mới…: bảng kiểm đang có hiệu lực của mô-đun sẽ được dùng, và câu trả lời được lưu ngay khi bạn nhập.</translation>
    </message>
    <message>
        <source>Choose an assessment above.</source>
        <translation>Hãy chọn một đánh giá ở trên.</translation>
    </message>
    <message>
        <source>Overall &lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;</source>
        <translation>Tổng &lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;</translation>
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
        <translation>Đã trả lời %1 / %2</translation>
    </message>
    <message>
        <source>Clear the answer to item %1</source>
        <translation>Xóa câu trả lời của mục %1</translation>
    </message>
    <message>
        <source>Answer item %1: %2</source>
        <translation>Trả lời mục %1: %2</translation>
    </message>
    <message>
        <source>Every item of this assessment is answered.</source>
        <translation>Mọi mục của đánh giá này đều đã được trả lời.</translation>
    </message>
    <message>
        <source>Item %1 takes a rating from 1 to 5.</source>
        <translation>Mục %1 cần điểm từ 1 đến 5.</translation>
    </message>
    <message>
        <source>Item %1 takes a number: type it, then Enter.</source>
        <translation>Mục %1 cần một số: nhập số, rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Item %1 takes a text: press Enter to write it.</source>
        <translation>Mục %1 cần văn bản: nhấn Enter để viết.</translation>
    </message>
    <message>
        <source>Mark the assessment complete</source>
        <translation>Đánh dấu đánh giá đã hoàn thành</translation>
    </message>
    <message>
        <source>Reopen the assessment as a draft</source>
        <translation>Mở lại đánh giá dưới dạng bản nháp</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Bảng kiểm</translation>
    </message>
</context>
<context>
    <name>score::ClockNotice</name>
    <message>
        <source>&amp;Re-stamp my changes</source>
        <translation>Đóng dấu &amp;lại thời gian các thay đổi của tôi</translation>
    </message>
    <message>
        <source>This device&apos;s clock</source>
        <translation>Đồng hồ của thiết bị này</translation>
    </message>
    <message>
        <source>Re-stamp my changes</source>
        <translation>Đóng dấu lại thời gian các thay đổi của tôi</translation>
    </message>
    <message>
        <source>Gives the changes made here with the wrong date the present time, in their order; nothing is lost.</source>
        <translation>Gán thời gian hiện tại cho các thay đổi đã làm ở đây với ngày sai, giữ nguyên thứ tự; không mất gì cả.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes made here are dated up to %1, after today&apos;s date (%2).&lt;/b&gt; This computer&apos;s clock was ahead, so other devices hold its bundles back. Check that the date is right now, then re-stamp the changes and send a new bundle; throw away the bundles made before.</source>
        <translation>&lt;b&gt;Các thay đổi làm ở đây mang ngày đến %1, sau ngày hôm nay (%2).&lt;/b&gt; Đồng hồ của máy tính này đã chạy nhanh, nên các thiết bị khác giữ lại gói dữ liệu của nó. Hãy kiểm tra ngày giờ hiện đã đúng, rồi đóng dấu lại thời gian các thay đổi và gửi một gói dữ liệu mới; hãy bỏ các gói đã tạo trước đó.</translation>
    </message>
    <message>
        <source>The changes were not re-stamped: %1</source>
        <translation>Các thay đổi chưa được đóng dấu lại thời gian: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) re-stamped with today&apos;s date. Export a new bundle to share them.</source>
        <translation>
            <numerusform>Đã đóng dấu lại %n bản ghi với ngày hôm nay. Hãy xuất một gói dữ liệu mới để chia sẻ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::ClockRepair</name>
    <message>
        <source>Other devices&apos; changes are also dated after this computer&apos;s date (up to %1, today is %2 here): this computer&apos;s clock is probably the wrong one. Set its date first; nothing was re-stamped.</source>
        <translation>Các thay đổi của thiết bị khác cũng mang ngày sau ngày của máy tính này (đến %1, hôm nay ở đây là %2): có lẽ đồng hồ của máy tính này mới là đồng hồ sai. Hãy đặt lại ngày trước; không có gì được đóng dấu lại.</translation>
    </message>
</context>
<context>
    <name>score::CohortReportData</name>
    <message>
        <source>There is no cohort with the id %1 in this workspace.</source>
        <translation>Không có nhóm doanh nghiệp nào có mã %1 trong không gian làm việc này.</translation>
    </message>
</context>
<context>
    <name>score::CohortTables</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Modules started</source>
        <translation>Mô-đun đã bắt đầu</translation>
    </message>
    <message>
        <source>Modules completed</source>
        <translation>Mô-đun đã hoàn thành</translation>
    </message>
    <message>
        <source>First score</source>
        <translation>Điểm đầu tiên</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Điểm gần nhất</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>Thay đổi điểm</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Hành động đã thống nhất</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Hành động đã xong</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>Hành động đang mở</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Hành động quá hạn</translation>
    </message>
    <message>
        <source>Actions dropped</source>
        <translation>Hành động đã hủy bỏ</translation>
    </message>
    <message>
        <source>KPIs measured</source>
        <translation>KPI đã đo</translation>
    </message>
    <message>
        <source>KPIs improved</source>
        <translation>KPI đã cải thiện</translation>
    </message>
    <message>
        <source>Median KPI improvement (%)</source>
        <translation>Trung vị mức cải thiện KPI (%)</translation>
    </message>
    <message>
        <source>Verified savings (%1)</source>
        <translation>Tiết kiệm đã xác minh (%1)</translation>
    </message>
    <message>
        <source>Estimated savings (%1)</source>
        <translation>Tiết kiệm ước tính (%1)</translation>
    </message>
    <message>
        <source>Participants women</source>
        <translation>Người tham gia nữ</translation>
    </message>
    <message>
        <source>Participants men</source>
        <translation>Người tham gia nam</translation>
    </message>
    <message>
        <source>Women among participants (%)</source>
        <translation>Tỷ lệ nữ trong người tham gia (%)</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>Mã doanh nghiệp</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Cohort total</source>
        <translation>Tổng nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Module name</source>
        <translation>Tên mô-đun</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Chuyến thăm đầu tiên</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Chuyến thăm gần nhất</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Hành động đang mở</translation>
    </message>
    <message>
        <source>Done actions</source>
        <translation>Hành động đã xong</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Hành động quá hạn</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Ngày hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Hoàn thành ngày</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Chi phí (%1)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI before</source>
        <translation>KPI trước</translation>
    </message>
    <message>
        <source>KPI after</source>
        <translation>KPI sau</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI code</source>
        <translation>Mã KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Tốt hơn khi</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Gần nhất</translation>
    </message>
    <message>
        <source>Latest month</source>
        <translation>Tháng gần nhất</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Improvement (%)</source>
        <translation>Mức cải thiện (%)</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Số lần đo</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>thấp hơn</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>cao hơn</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Workforce women</source>
        <translation>Lao động nữ</translation>
    </message>
    <message>
        <source>Workforce men</source>
        <translation>Lao động nam</translation>
    </message>
    <message>
        <source>Classroom sessions</source>
        <translation>Buổi học trên lớp</translation>
    </message>
    <message>
        <source>Classroom women</source>
        <translation>Nữ trên lớp</translation>
    </message>
    <message>
        <source>Classroom men</source>
        <translation>Nam trên lớp</translation>
    </message>
    <message>
        <source>Factory visits</source>
        <translation>Chuyến thăm nhà máy</translation>
    </message>
    <message>
        <source>Visit women</source>
        <translation>Nữ trong chuyến thăm</translation>
    </message>
    <message>
        <source>Visit men</source>
        <translation>Nam trong chuyến thăm</translation>
    </message>
    <message>
        <source>EIT women</source>
        <translation>Nữ trong EIT</translation>
    </message>
    <message>
        <source>EIT men</source>
        <translation>Nam trong EIT</translation>
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
        <translation>%1 viết ngày %2: %3</translation>
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
        <translation>Bị xóa trên một thiết bị, bị sửa trên thiết bị khác</translation>
    </message>
    <message>
        <source>Changed on one device after it was deleted on another</source>
        <translation>Bị sửa trên một thiết bị sau khi đã bị xóa trên thiết bị khác</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Kept, with a change</source>
        <translation>Được giữ lại, có thay đổi</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Giá trị được giữ</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Giữ từ</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Đặt lúc</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Giá trị khác</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Khác từ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Phát hiện lúc</translation>
    </message>
</context>
<context>
    <name>score::ConflictStore</name>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (thiết bị này)</translation>
    </message>
    <message>
        <source>SCORE Desk content</source>
        <translation>Nội dung SCORE Desk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>thiết bị %1</translation>
    </message>
    <message>
        <source>There is no conflict number %1.</source>
        <translation>Không có xung đột số %1.</translation>
    </message>
    <message>
        <source>This conflict concerns an unknown kind of record.</source>
        <translation>Xung đột này liên quan đến một loại bản ghi không xác định.</translation>
    </message>
    <message>
        <source>This conflict concerns a field that no longer exists.</source>
        <translation>Xung đột này liên quan đến một trường không còn tồn tại.</translation>
    </message>
    <message>
        <source>The value kept for this conflict cannot be read back.</source>
        <translation>Không thể đọc lại giá trị được giữ cho xung đột này.</translation>
    </message>
</context>
<context>
    <name>score::ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>When the same value was changed on two devices before they exchanged bundles, the later change wins everywhere; the other one is kept here so that nothing is lost unseen.</source>
        <translation>Khi cùng một giá trị bị thay đổi trên hai thiết bị trước khi chúng trao đổi gói dữ liệu, thay đổi sau sẽ được áp dụng ở mọi nơi; thay đổi còn lại được giữ ở đây để không có gì bị mất mà không ai hay.</translation>
    </message>
    <message>
        <source>Show &amp;reviewed conflicts too</source>
        <translation>Hiện cả các xung đột đã &amp;xem xét</translation>
    </message>
    <message>
        <source>No conflicts to review. If a bundle brings a change that clashes with one made here, both values will be shown here.</source>
        <translation>Không có xung đột nào cần xem xét. Nếu một gói dữ liệu mang đến thay đổi trái với thay đổi đã thực hiện ở đây, cả hai giá trị sẽ được hiển thị tại đây.</translation>
    </message>
    <message>
        <source>Kept — the value now</source>
        <translation>Được giữ — giá trị hiện tại</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Giá trị được giữ</translation>
    </message>
    <message>
        <source>Other value — not applied</source>
        <translation>Giá trị khác — chưa áp dụng</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Giá trị khác</translation>
    </message>
    <message>
        <source>Applying the other value is a new change made here; it reaches other devices with your next bundle.</source>
        <translation>Áp dụng giá trị khác là một thay đổi mới thực hiện ở đây; thay đổi này sẽ đến các thiết bị khác cùng gói dữ liệu tiếp theo của bạn.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Bỏ qua</translation>
    </message>
    <message>
        <source>Keep the value as it is and mark this conflict as reviewed.</source>
        <translation>Giữ nguyên giá trị và đánh dấu xung đột này là đã xem xét.</translation>
    </message>
    <message>
        <source>&amp;Apply the other value</source>
        <translation>Áp &amp;dụng giá trị khác</translation>
    </message>
    <message>
        <source>Choose a conflict to see both values in full.</source>
        <translation>Hãy chọn một xung đột để xem đầy đủ cả hai giá trị.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · found %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · phát hiện lúc %3</translation>
    </message>
    <message>
        <source>Set by %1 · %2</source>
        <translation>Đặt bởi %1 · %2</translation>
    </message>
    <message>
        <source>(the other value was applied)</source>
        <translation>(đã áp dụng giá trị khác)</translation>
    </message>
    <message>
        <source>(dismissed)</source>
        <translation>(đã bỏ qua)</translation>
    </message>
    <message>
        <source>Apply the other value</source>
        <translation>Áp dụng giá trị khác</translation>
    </message>
</context>
<context>
    <name>score::ContentCatalogue</name>
    <message>
        <source>%1: &quot;%2&quot; is missing.</source>
        <translation>%1: thiếu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation>%1: &quot;%2&quot; phải là văn bản.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty or longer than %3 characters.</source>
        <translation>%1: &quot;%2&quot; trống hoặc dài hơn %3 ký tự.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number from %3 to %4.</source>
        <translation>%1: &quot;%2&quot; phải là số từ %3 đến %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a date (YYYY-MM-DD).</source>
        <translation>%1: &quot;%2&quot; phải là ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of 1 to %3 entries.</source>
        <translation>%1: &quot;%2&quot; phải là danh sách từ 1 đến %3 mục.</translation>
    </message>
    <message>
        <source>%1: every entry must be an object.</source>
        <translation>%1: mọi mục phải là một đối tượng.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be &quot;%3&quot;.</source>
        <translation>%1: &quot;%2&quot; không thể là &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The %1 file is too large.</source>
        <translation>Tệp %1 quá lớn.</translation>
    </message>
    <message>
        <source>The %1 file is not valid JSON (%2).</source>
        <translation>Tệp %1 không phải JSON hợp lệ (%2).</translation>
    </message>
    <message>
        <source>The %1 file has no format version.</source>
        <translation>Tệp %1 không có phiên bản định dạng.</translation>
    </message>
    <message>
        <source>The %1 file was made for a newer SCORE Desk (format %2); update to read it.</source>
        <translation>Tệp %1 được tạo cho SCORE Desk mới hơn (định dạng %2); hãy cập nhật để đọc.</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>mô-đun</translation>
    </message>
    <message>
        <source>modules: the code %1 is used twice.</source>
        <translation>mô-đun: mã %1 bị dùng hai lần.</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>mẫu bảng kiểm</translation>
    </message>
    <message>
        <source>template %1 v%2</source>
        <translation>mẫu %1 v%2</translation>
    </message>
    <message>
        <source>template %1: the section key &quot;%2&quot; is malformed or repeated.</source>
        <translation>mẫu %1: khóa phần &quot;%2&quot; sai định dạng hoặc bị lặp.</translation>
    </message>
    <message>
        <source>template %1: the item key &quot;%2&quot; is malformed or repeated.</source>
        <translation>mẫu %1: khóa mục &quot;%2&quot; sai định dạng hoặc bị lặp.</translation>
    </message>
    <message>
        <source>KPI catalogue</source>
        <translation>danh mục KPI</translation>
    </message>
    <message>
        <source>KPI catalogue: the code &quot;%1&quot; is malformed or repeated.</source>
        <translation>danh mục KPI: mã &quot;%1&quot; sai định dạng hoặc bị lặp.</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <source>Built-in content %1 is missing from this build.</source>
        <translation>Bản dựng này thiếu nội dung tích hợp %1.</translation>
    </message>
</context>
<context>
    <name>score::CsvReader</name>
    <message>
        <source>the quoted cell that begins on row %L1 is never closed</source>
        <translation>ô có dấu ngoặc kép bắt đầu ở hàng %L1 không bao giờ được đóng lại</translation>
    </message>
    <message>
        <source>a cell on row %L1 holds more than %L2 characters</source>
        <translation>một ô ở hàng %L1 chứa hơn %L2 ký tự</translation>
    </message>
    <message>
        <source>row %L1 has more than %L2 columns</source>
        <translation>hàng %L1 có hơn %L2 cột</translation>
    </message>
    <message>
        <source>it has more than %L1 rows</source>
        <translation>tệp có hơn %L1 hàng</translation>
    </message>
    <message>
        <source>it holds binary data, not text</source>
        <translation>tệp chứa dữ liệu nhị phân, không phải văn bản</translation>
    </message>
</context>
<context>
    <name>score::Database</name>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy; chưa có gì được lưu. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written (it is read-only or on a read-only disk).</source>
        <translation>Không thể ghi tệp không gian làm việc (tệp chỉ đọc hoặc nằm trên ổ đĩa chỉ đọc).</translation>
    </message>
    <message>
        <source>The workspace is busy in another program; close it there and try again.</source>
        <translation>Không gian làm việc đang được một chương trình khác sử dụng; hãy đóng nó ở đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving; nothing was saved (%1).</source>
        <translation>Ổ đĩa báo lỗi khi lưu; chưa có gì được lưu (%1).</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup.</source>
        <translation>Tệp không gian làm việc bị hỏng. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk workspace.</source>
        <translation>Tệp này không phải là không gian làm việc SCORE Desk.</translation>
    </message>
    <message>
        <source>The workspace file cannot be opened (missing folder or no permission).</source>
        <translation>Không thể mở tệp không gian làm việc (thiếu thư mục hoặc không có quyền truy cập).</translation>
    </message>
    <message>
        <source>The change was refused because it would break the workspace&apos;s rules (%1).</source>
        <translation>Thay đổi bị từ chối vì sẽ vi phạm các quy tắc của không gian làm việc (%1).</translation>
    </message>
    <message>
        <source>The workspace could not be read or written (%1).</source>
        <translation>Không thể đọc hoặc ghi không gian làm việc (%1).</translation>
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
        <translation>Chọn trên lịch (Alt+↓)</translation>
    </message>
    <message>
        <source>Type a date, as year-month-day.</source>
        <translation>Hãy nhập ngày theo dạng năm-tháng-ngày.</translation>
    </message>
    <message>
        <source>Type a month, as year-month.</source>
        <translation>Hãy nhập tháng theo dạng năm-tháng.</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as year-month-day, for example 2026-11-01.</source>
        <translation>“%1” không phải là ngày: hãy nhập theo dạng năm-tháng-ngày, ví dụ 2026-11-01.</translation>
    </message>
    <message>
        <source>“%1” is not a month: type it as year-month, for example 2026-11.</source>
        <translation>“%1” không phải là tháng: hãy nhập theo dạng năm-tháng, ví dụ 2026-11.</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no year 0.</source>
        <translation>%1 không phải là ngày: không có năm 0.</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2; months go from 1 to 12.</source>
        <translation>%1 không phải là ngày: không có tháng %2; tháng chỉ từ 1 đến 12.</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 has %3 days.</source>
        <translation>%1 không phải là ngày: %2 có %3 ngày.</translation>
    </message>
    <message>
        <source>%1 is too early: type a date from %2 on.</source>
        <translation>%1 quá sớm: hãy nhập một ngày từ %2 trở đi.</translation>
    </message>
    <message>
        <source>%1 is too early: type a month from %2 on.</source>
        <translation>%1 quá sớm: hãy nhập một tháng từ %2 trở đi.</translation>
    </message>
    <message>
        <source>%1 is too late: type a date up to %2.</source>
        <translation>%1 quá muộn: hãy nhập một ngày đến %2 là muộn nhất.</translation>
    </message>
    <message>
        <source>%1 is too late: type a month up to %2.</source>
        <translation>%1 quá muộn: hãy nhập một tháng đến %2 là muộn nhất.</translation>
    </message>
</context>
<context>
    <name>score::DemoGenerator</name>
    <message>
        <source>The demo could not create a %1: %2</source>
        <translation>Bản mẫu không thể tạo %1: %2</translation>
    </message>
    <message>
        <source>The demo was cancelled; nothing was added.</source>
        <translation>Đã hủy tạo dữ liệu mẫu; không có gì được thêm.</translation>
    </message>
    <message>
        <source>The workspace lacks the SCORE module %1; the demo needs the five core modules.</source>
        <translation>Không gian làm việc thiếu mô-đun SCORE %1; dữ liệu mẫu cần đủ năm mô-đun cốt lõi.</translation>
    </message>
    <message>
        <source>Classroom sessions at %1&apos;s training centre; counselling visits after each module.</source>
        <translation>Các buổi học trên lớp tại trung tâm đào tạo của %1; chuyến thăm tư vấn sau mỗi mô-đun.</translation>
    </message>
    <message>
        <source>Lot %1%2, %3 industrial zone</source>
        <translation>Lô %1%2, khu công nghiệp %3</translation>
    </message>
    <message>
        <source>In place in some sections only; to be extended.</source>
        <translation>Mới áp dụng ở một số bộ phận; cần mở rộng.</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Sau: %1</translation>
    </message>
    <message>
        <source>Two-day %1 workshop with the other enterprises of the cohort, given by %2.</source>
        <translation>Hội thảo %1 hai ngày cùng các doanh nghiệp khác trong nhóm, do %2 giảng dạy.</translation>
    </message>
    <message>
        <source>Enterprise records, baseline</source>
        <translation>Hồ sơ doanh nghiệp, cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Monthly EIT report</source>
        <translation>Báo cáo EIT hằng tháng</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Điện</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Main material</source>
        <translation>Nguyên liệu chính</translation>
    </message>
    <message>
        <source>Solid waste</source>
        <translation>Chất thải rắn</translation>
    </message>
    <message>
        <source>The enterprise completed the module with its improvement team.</source>
        <translation>Doanh nghiệp đã hoàn thành mô-đun cùng Nhóm cải tiến của mình.</translation>
    </message>
    <message>
        <source>%1 went from %2 %4 at baseline to %3 %4.</source>
        <translation>%1 đã thay đổi từ %2 %4 lúc ban đầu thành %3 %4.</translation>
    </message>
    <message>
        <source>The demo takes 1 to 100000 enterprises over 1 to 50 years.</source>
        <translation>Dữ liệu mẫu nhận từ 1 đến 100000 doanh nghiệp trong 1 đến 50 năm.</translation>
    </message>
    <message>
        <source>This workspace already has enterprises; the demo fills an empty workspace.</source>
        <translation>Không gian làm việc này đã có doanh nghiệp; dữ liệu mẫu chỉ điền vào không gian làm việc trống.</translation>
    </message>
</context>
<context>
    <name>score::DemoPhrases</name>
    <message>
        <source>The demo phrases are missing from this build.</source>
        <translation>Bản dựng này thiếu các câu mẫu.</translation>
    </message>
    <message>
        <source>The demo phrases are incomplete in this build.</source>
        <translation>Các câu mẫu trong bản dựng này không đầy đủ.</translation>
    </message>
</context>
<context>
    <name>score::DemoProgramme</name>
    <message>
        <source>The demo programme is missing from this build.</source>
        <translation>Bản dựng này thiếu dữ liệu chương trình mẫu.</translation>
    </message>
    <message>
        <source>The demo programme is incomplete in this build.</source>
        <translation>Dữ liệu chương trình mẫu trong bản dựng này không đầy đủ.</translation>
    </message>
</context>
<context>
    <name>score::DeviceModel</name>
    <message>
        <source>Device id %1</source>
        <translation>Mã thiết bị %1</translation>
    </message>
    <message>
        <source>Compare this with the key fingerprint shown on that device (Sync ▸ Devices) to be sure its bundles really come from it.</source>
        <translation>Hãy so sánh với dấu vân tay khóa hiển thị trên thiết bị đó (Đồng bộ ▸ Thiết bị) để chắc chắn các gói dữ liệu thực sự đến từ thiết bị đó.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Lần đầu thấy</translation>
    </message>
    <message>
        <source>Latest bundle imported</source>
        <translation>Gói dữ liệu nhập gần nhất</translation>
    </message>
</context>
<context>
    <name>score::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Every bundle is signed with the key of the device that made it. A device is trusted the first time its bundle is imported; later bundles must carry the same key.</source>
        <translation>Mỗi gói dữ liệu được ký bằng khóa của thiết bị tạo ra nó. Một thiết bị được tin cậy ngay lần đầu gói dữ liệu của nó được nhập; các gói sau phải mang cùng khóa đó.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Thiết bị này</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Tên thiết bị</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>&amp;Save names</source>
        <translation>&amp;Lưu tên</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Tên của &amp;bạn:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Tên &amp;thiết bị:</translation>
    </message>
    <message>
        <source>Key fingerprint of this device</source>
        <translation>Dấu vân tay khóa của thiết bị này</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Mã thiết bị</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Mã thiết bị:</translation>
    </message>
    <message>
        <source>When a colleague imports your first bundle, SCORE Desk shows them this fingerprint; read it to them (by phone, in person) so they know the bundle really comes from you.</source>
        <translation>Khi đồng nghiệp nhập gói dữ liệu đầu tiên của bạn, SCORE Desk sẽ hiển thị cho họ dấu vân tay này; hãy đọc cho họ (qua điện thoại, trực tiếp) để họ biết gói dữ liệu thực sự đến từ bạn.</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Dấu vân tay khóa:</translation>
    </message>
    <message>
        <source>Devices whose bundles were imported here</source>
        <translation>Các thiết bị có gói dữ liệu đã được nhập vào đây</translation>
    </message>
    <message>
        <source>No bundle from another device has been imported yet.</source>
        <translation>Chưa nhập gói dữ liệu nào từ thiết bị khác.</translation>
    </message>
    <message>
        <source>Give this device a name and say who works on it; colleagues see both next to your changes.</source>
        <translation>Hãy đặt tên cho thiết bị này và cho biết ai làm việc trên đó; đồng nghiệp sẽ thấy cả hai bên cạnh các thay đổi của bạn.</translation>
    </message>
</context>
<context>
    <name>score::DomainQueries</name>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>%1 này không còn tồn tại.</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>chuyến thăm</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <source>improvement action</source>
        <translation>hành động cải tiến</translation>
    </message>
</context>
<context>
    <name>score::EditSimulator</name>
    <message>
        <source>Reviewed on the shop floor (note %1).</source>
        <translation>Đã xem xét tại xưởng (ghi chú %1).</translation>
    </message>
    <message>
        <source>Observed during the walk-through (%1).</source>
        <translation>Quan sát được trong lúc đi kiểm tra (%1).</translation>
    </message>
    <message>
        <source>Checked with the supervisor (%1).</source>
        <translation>Đã kiểm tra với tổ trưởng (%1).</translation>
    </message>
    <message>
        <source>Walkway blocked near line %1</source>
        <translation>Lối đi bị chắn gần chuyền %1</translation>
    </message>
    <message>
        <source>Mark and clear walkway %1</source>
        <translation>Kẻ vạch và dọn trống lối đi %1</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Công nhân %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Ảnh %1</translation>
    </message>
    <message>
        <source>Put a mirror at the corner of aisle %1.</source>
        <translation>Đặt gương cầu ở góc lối đi %1.</translation>
    </message>
    <message>
        <source>The number of edits cannot be negative.</source>
        <translation>Số lần chỉnh sửa không được là số âm.</translation>
    </message>
</context>
<context>
    <name>score::EitBalance</name>
    <message>
        <source>The enterprise has no Enterprise Improvement Team yet.</source>
        <translation>Doanh nghiệp chưa có Nhóm cải tiến doanh nghiệp (EIT).</translation>
    </message>
    <message>
        <source>No worker members.</source>
        <translation>Không có thành viên là công nhân.</translation>
    </message>
    <message>
        <source>No management members.</source>
        <translation>Không có thành viên thuộc ban quản lý.</translation>
    </message>
    <message>
        <source>Fewer workers than managers.</source>
        <translation>Số công nhân ít hơn số quản lý.</translation>
    </message>
    <message>
        <source>No women in the team.</source>
        <translation>Nhóm không có nữ.</translation>
    </message>
    <message>
        <source>No men in the team.</source>
        <translation>Nhóm không có nam.</translation>
    </message>
    <message>
        <source>Women are under-represented: %1% of the team, %2% of the workforce.</source>
        <translation>Tỷ lệ nữ chưa tương xứng: %1% của nhóm, %2% của lực lượng lao động.</translation>
    </message>
    <message>
        <source>No temporary staff in the team, though the enterprise employs %1.</source>
        <translation>Nhóm chưa có lao động thời vụ, dù doanh nghiệp có %1 người.</translation>
    </message>
    <message>
        <source>%1 members · management %2, workers %3 · women %4, men %5 · temporary staff %6.</source>
        <translation>%1 thành viên · quản lý %2, công nhân %3 · nữ %4, nam %5 · lao động thời vụ %6.</translation>
    </message>
</context>
<context>
    <name>score::EitMemberDialog</name>
    <message>
        <source>Add a member to the improvement team</source>
        <translation>Thêm thành viên vào Nhóm cải tiến</translation>
    </message>
    <message>
        <source>Change an improvement team member</source>
        <translation>Sửa thông tin thành viên Nhóm cải tiến</translation>
    </message>
    <message>
        <source>A new person…</source>
        <translation>Người mới…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Bên</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Hình thức lao động</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Vai trò trong nhóm</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Thành viên từ</translation>
    </message>
    <message>
        <source>Change team member</source>
        <translation>Sửa thành viên nhóm</translation>
    </message>
    <message>
        <source>Give the new member&apos;s name.</source>
        <translation>Hãy nhập họ tên của thành viên mới.</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Thêm thành viên nhóm</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
</context>
<context>
    <name>score::EitMemberModel</name>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Bên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Hình thức lao động</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ngày tham gia</translation>
    </message>
</context>
<context>
    <name>score::EnterpriseReportData</name>
    <message>
        <source>There is no enterprise with the id %1 in this workspace.</source>
        <translation>Không có doanh nghiệp nào có mã %1 trong không gian làm việc này.</translation>
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
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Chuyến thăm gần nhất</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Hành động đang mở</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>score::EnterprisesView</name>
    <message>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Enterprise Improvement Team</source>
        <translation>Nhóm cải tiến doanh nghiệp (EIT)</translation>
    </message>
    <message>
        <source>Improvement team members</source>
        <translation>Thành viên Nhóm cải tiến</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Thêm thành viên…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Progress by module</source>
        <translation>Tiến độ theo mô-đun</translation>
    </message>
    <message>
        <source>No enterprise selected</source>
        <translation>Chưa chọn doanh nghiệp</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · counsellor %4 · enrolled %5</source>
        <translation>%1 · %2, %3 · tư vấn viên %4 · tham gia ngày %5</translation>
    </message>
    <message>
        <source>no cohort</source>
        <translation>không thuộc nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Remove %1 from the team</source>
        <translation>Xóa %1 khỏi nhóm</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Doanh nghiệp mới…</translation>
    </message>
    <message>
        <source>Add an enterprise to the cohort (Ctrl+Shift+E)</source>
        <translation>Thêm một doanh nghiệp vào nhóm (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>Mọi người…</translation>
    </message>
    <message>
        <source>Counsellors, trainers, managers and improvement team members</source>
        <translation>Tư vấn viên, giảng viên, quản lý và thành viên nhóm cải tiến</translation>
    </message>
    <message>
        <source>Your cohort&apos;s enterprises go here</source>
        <translation>Các doanh nghiệp trong nhóm của bạn sẽ hiện ở đây</translation>
    </message>
    <message>
        <source>Create the cohort, then add its enterprises one by one, or import the list the programme sent as a spreadsheet (XLSX or CSV).</source>
        <translation>Hãy tạo nhóm doanh nghiệp, rồi thêm từng doanh nghiệp, hoặc nhập danh sách chương trình đã gửi dưới dạng bảng tính (XLSX hoặc CSV).</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nhóm doanh nghiệp mới…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Nhập từ bảng tính…</translation>
    </message>
    <message>
        <source>Choose an enterprise in the list, or add one with New enterprise….</source>
        <translation>Hãy chọn một doanh nghiệp trong danh sách, hoặc thêm mới bằng Doanh nghiệp mới….</translation>
    </message>
</context>
<context>
    <name>score::EntityNames</name>
    <message>
        <source>country</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <source>module</source>
        <translation>mô-đun</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>mẫu bảng kiểm</translation>
    </message>
    <message>
        <source>checklist section</source>
        <translation>phần bảng kiểm</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>mục bảng kiểm</translation>
    </message>
    <message>
        <source>KPI definition</source>
        <translation>định nghĩa KPI</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>person</source>
        <translation>người</translation>
    </message>
    <message>
        <source>cohort trainer</source>
        <translation>giảng viên của nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>EIT member</source>
        <translation>thành viên EIT</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>chuyến thăm</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>câu trả lời bảng kiểm</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>phát hiện</translation>
    </message>
    <message>
        <source>improvement action</source>
        <translation>hành động cải tiến</translation>
    </message>
    <message>
        <source>KPI reading</source>
        <translation>số đo KPI</translation>
    </message>
    <message>
        <source>worker suggestion</source>
        <translation>góp ý của công nhân</translation>
    </message>
    <message>
        <source>hazard</source>
        <translation>mối nguy</translation>
    </message>
    <message>
        <source>resource flow</source>
        <translation>dòng tài nguyên</translation>
    </message>
    <message>
        <source>module progress report</source>
        <translation>báo cáo tiến độ mô-đun</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>nhận xét</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>mô-đun</translation>
    </message>
    <message>
        <source>checklist templates</source>
        <translation>mẫu bảng kiểm</translation>
    </message>
    <message>
        <source>checklist sections</source>
        <translation>phần bảng kiểm</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>mục bảng kiểm</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>định nghĩa KPI</translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation>nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>people</source>
        <translation>người</translation>
    </message>
    <message>
        <source>cohort trainers</source>
        <translation>giảng viên của nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>EIT members</source>
        <translation>thành viên EIT</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>chuyến thăm</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <source>checklist answers</source>
        <translation>câu trả lời bảng kiểm</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>phát hiện</translation>
    </message>
    <message>
        <source>improvement actions</source>
        <translation>hành động cải tiến</translation>
    </message>
    <message>
        <source>KPI readings</source>
        <translation>số đo KPI</translation>
    </message>
    <message>
        <source>worker suggestions</source>
        <translation>góp ý của công nhân</translation>
    </message>
    <message>
        <source>hazards</source>
        <translation>mối nguy</translation>
    </message>
    <message>
        <source>resource flows</source>
        <translation>dòng tài nguyên</translation>
    </message>
    <message>
        <source>module progress reports</source>
        <translation>báo cáo tiến độ mô-đun</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>nhận xét</translation>
    </message>
</context>
<context>
    <name>score::ExchangePage</name>
    <message>
        <source>Exchange work</source>
        <translation>Trao đổi công việc</translation>
    </message>
    <message>
        <source>Colleagues share their work as bundle files, by USB stick or e-mail. A bundle is signed by the device that made it; importing merges it, field by field, into this workspace.</source>
        <translation>Đồng nghiệp chia sẻ công việc dưới dạng tệp gói dữ liệu, qua USB hoặc e-mail. Gói dữ liệu được ký bởi thiết bị tạo ra nó; khi nhập, gói được hợp nhất vào không gian làm việc này theo từng trường.</translation>
    </message>
    <message>
        <source>Result of the last exchange</source>
        <translation>Kết quả của lần trao đổi gần nhất</translation>
    </message>
    <message>
        <source>Send work</source>
        <translation>Gửi công việc</translation>
    </message>
    <message>
        <source>&amp;Everything in this workspace</source>
        <translation>&amp;Toàn bộ không gian làm việc này</translation>
    </message>
    <message>
        <source>A full bundle: whoever imports it gets all of this workspace&apos;s work.</source>
        <translation>Gói dữ liệu đầy đủ: người nhập sẽ nhận được toàn bộ công việc của không gian làm việc này.</translation>
    </message>
    <message>
        <source>Only what one &amp;device has not seen yet:</source>
        <translation>Chỉ những gì một thiết bị &amp;chưa có:</translation>
    </message>
    <message>
        <source>A smaller bundle with the changes that device is missing, judging by the latest bundle it sent here.</source>
        <translation>Gói dữ liệu nhỏ hơn chứa các thay đổi mà thiết bị đó còn thiếu, dựa trên gói dữ liệu gần nhất thiết bị đó đã gửi tới đây.</translation>
    </message>
    <message>
        <source>Device to send the changes to</source>
        <translation>Thiết bị sẽ nhận các thay đổi</translation>
    </message>
    <message>
        <source>Which enterprises</source>
        <translation>Những doanh nghiệp nào</translation>
    </message>
    <message>
        <source>&amp;Which enterprises:</source>
        <translation>Những &amp;doanh nghiệp nào:</translation>
    </message>
    <message>
        <source>&amp;Protect the bundle with a passphrase</source>
        <translation>&amp;Bảo vệ gói dữ liệu bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>Anyone who finds the file without the passphrase can read nothing in it.</source>
        <translation>Người nào có tệp mà không có cụm mật khẩu sẽ không đọc được gì trong đó.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Nhập lại như trên</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>&amp;Xuất gói dữ liệu…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Receive work</source>
        <translation>Nhận công việc</translation>
    </message>
    <message>
        <source>Drop a &lt;b&gt;.scorebundle&lt;/b&gt; file anywhere on this window, or choose one.</source>
        <translation>Kéo thả tệp &lt;b&gt;.scorebundle&lt;/b&gt; vào bất kỳ chỗ nào trên cửa sổ này, hoặc chọn tệp.</translation>
    </message>
    <message>
        <source>First you see who sent it and what it would change; nothing is written until you say Import. The workspace is backed up before every import.</source>
        <translation>Trước tiên bạn sẽ thấy ai đã gửi và gói sẽ thay đổi những gì; không có gì được ghi cho đến khi bạn chọn Nhập. Không gian làm việc được sao lưu trước mỗi lần nhập.</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Nhập gói dữ liệu…</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Bundles imported here</source>
        <translation>Các gói dữ liệu đã nhập vào đây</translation>
    </message>
    <message>
        <source>No bundle has been imported into this workspace yet. When colleagues send you their work, each bundle appears here with what it changed.</source>
        <translation>Chưa có gói dữ liệu nào được nhập vào không gian làm việc này. Khi đồng nghiệp gửi công việc cho bạn, mỗi gói dữ liệu sẽ xuất hiện ở đây cùng những gì nó đã thay đổi.</translation>
    </message>
    <message>
        <source>This workspace holds</source>
        <translation>Không gian làm việc này chứa</translation>
    </message>
    <message>
        <source>This device: &lt;b&gt;%1&lt;/b&gt; · %2 · key &lt;span style=&quot;font-family:monospace&quot;&gt;%3&lt;/span&gt;</source>
        <translation>Thiết bị này: &lt;b&gt;%1&lt;/b&gt; · %2 · khóa &lt;span style=&quot;font-family:monospace&quot;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Every change made here is already in a bundle.</source>
        <translation>Mọi thay đổi thực hiện ở đây đều đã có trong một gói dữ liệu.</translation>
    </message>
    <message>
        <source>Changes made here and in no bundle yet: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Thay đổi thực hiện ở đây chưa có trong gói dữ liệu nào: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · key %2</source>
        <translation>%1 · khóa %2</translation>
    </message>
    <message>
        <source>no device has sent a bundle here yet</source>
        <translation>chưa có thiết bị nào gửi gói dữ liệu tới đây</translation>
    </message>
    <message>
        <source>Import a bundle from a device first; then SCORE Desk knows what it holds.</source>
        <translation>Hãy nhập một gói dữ liệu từ thiết bị đó trước; sau đó SCORE Desk sẽ biết thiết bị đó có những gì.</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Chỉ %1</translation>
    </message>
    <message>
        <source>Only the cohort %1</source>
        <translation>Chỉ nhóm doanh nghiệp %1</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who has the file can read it.</source>
        <translation>Nếu không có cụm mật khẩu, bất kỳ ai có tệp đều đọc được.</translation>
    </message>
    <message>
        <source>Choose a passphrase and tell it to the receiver another way (phone, in person).</source>
        <translation>Hãy chọn một cụm mật khẩu và báo cho người nhận theo cách khác (điện thoại, trực tiếp).</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Nhập cụm mật khẩu lần thứ hai.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Tell the passphrase to the receiver another way than the bundle (phone, in person).</source>
        <translation>Hãy báo cụm mật khẩu cho người nhận theo cách khác với cách gửi gói dữ liệu (điện thoại, trực tiếp).</translation>
    </message>
    <message>
        <source>Records of work in all: %1</source>
        <translation>Tổng số bản ghi công việc: %1</translation>
    </message>
    <message>
        <source>Photos and documents: %1 (%2)</source>
        <translation>Ảnh và tài liệu: %1 (%2)</translation>
    </message>
    <message>
        <source>In the recycle bin: %1</source>
        <translation>Trong thùng rác: %1</translation>
    </message>
    <message>
        <source>No other device has sent work here yet.</source>
        <translation>Chưa có thiết bị nào khác gửi công việc tới đây.</translation>
    </message>
    <message>
        <source>Devices that sent work: %1</source>
        <translation>Các thiết bị đã gửi công việc: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Xung đột cần xem xét: %1</translation>
    </message>
    <message>
        <source>Workspace file: %1</source>
        <translation>Tệp không gian làm việc: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Đã hủy xuất; không có gói dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <source>Wrote &lt;b&gt;%1&lt;/b&gt; (%2%3) — records: %4, photos and documents: %5.</source>
        <translation>Đã ghi &lt;b&gt;%1&lt;/b&gt; (%2%3) — bản ghi: %4, ảnh và tài liệu: %5.</translation>
    </message>
    <message>
        <source>, protected by a passphrase</source>
        <translation>, được bảo vệ bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>Send it by USB stick or e-mail. &lt;a href=&quot;%1&quot;&gt;Open the folder&lt;/a&gt;</source>
        <translation>Hãy gửi qua USB hoặc e-mail. &lt;a href=&quot;%1&quot;&gt;Mở thư mục&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;%1&lt;/b&gt; from %2: %3</source>
        <translation>Đã nhập &lt;b&gt;%1&lt;/b&gt; từ %2: %3</translation>
    </message>
    <message>
        <source>— &lt;a href=&quot;conflicts&quot;&gt;review the conflicts&lt;/a&gt;</source>
        <translation>— &lt;a href=&quot;conflicts&quot;&gt;xem xét các xung đột&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The import of &lt;b&gt;%1&lt;/b&gt; was cancelled; nothing was changed.</source>
        <translation>Đã hủy nhập &lt;b&gt;%1&lt;/b&gt;; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not imported: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; chưa được nhập: %2</translation>
    </message>
    <message>
        <source>Another export or import is still running; drop the bundle again when it has finished.</source>
        <translation>Một lần xuất hoặc nhập khác vẫn đang chạy; hãy kéo thả lại gói dữ liệu khi việc đó đã xong.</translation>
    </message>
</context>
<context>
    <name>score::FieldInput</name>
    <message>
        <source>%1 takes a whole number; “%2” is not one.</source>
        <translation>%1 phải là số nguyên; “%2” không phải là số nguyên.</translation>
    </message>
    <message>
        <source>%1 takes a number; “%2” is not one.</source>
        <translation>%1 phải là một số; “%2” không phải là số.</translation>
    </message>
    <message>
        <source>%1 takes yes or no; “%2” is neither.</source>
        <translation>%1 chỉ nhận có hoặc không; “%2” không phải cả hai.</translation>
    </message>
    <message>
        <source>%1 takes a date such as 2026-11-01; “%2” is not one.</source>
        <translation>%1 phải là một ngày, ví dụ 2026-11-01; “%2” không phải là ngày.</translation>
    </message>
    <message>
        <source>%1 takes a month such as 2026-11; “%2” is not one.</source>
        <translation>%1 phải là một tháng, ví dụ 2026-11; “%2” không phải là tháng.</translation>
    </message>
    <message>
        <source>%1 cannot be “%2”; it takes one of: %3.</source>
        <translation>%1 không thể là “%2”; hãy chọn một trong: %3.</translation>
    </message>
</context>
<context>
    <name>score::FieldValidation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 là bắt buộc.</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type.</source>
        <translation>%1 có giá trị sai kiểu.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 phải nằm trong khoảng từ %2 đến %3.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 phải là có hoặc không.</translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <translation>%1 phải là một số hữu hạn.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dài hơn %2 ký tự.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 không được để trống.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 chứa ký tự điều khiển.</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD).</source>
        <translation>%1 phải là ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 must be a month (YYYY-MM).</source>
        <translation>%1 phải là tháng (YYYY-MM).</translation>
    </message>
    <message>
        <source>%1 must be a UTC date and time.</source>
        <translation>%1 phải là ngày và giờ UTC.</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;.</source>
        <translation>%1 không thể là &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a valid record id.</source>
        <translation>%1 không phải là mã bản ghi hợp lệ.</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 content hash.</source>
        <translation>%1 không phải là mã băm nội dung SHA-256.</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 không thể là số âm (%2).</translation>
    </message>
</context>
<context>
    <name>score::FindingDialog</name>
    <message>
        <source>New finding</source>
        <translation>Phát hiện mới</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>What was found, in a few words</source>
        <translation>Những gì phát hiện được, tóm tắt vài từ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Where in the factory</source>
        <translation>Vị trí trong nhà máy</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>What was seen, and why it matters</source>
        <translation>Những gì đã thấy, và vì sao điều đó quan trọng</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>&amp;Phát hiện</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Khu vực</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Mô &amp;tả</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Thêm phát hiện</translation>
    </message>
    <message>
        <source>Changes are saved as you go; Ctrl+Z undoes them.</source>
        <translation>Thay đổi được lưu ngay khi bạn nhập; Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Discard this finding? What you typed will be lost.</source>
        <translation>Bỏ phát hiện này? Nội dung bạn đã nhập sẽ bị mất.</translation>
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
        <translation>Ảnh của phát hiện</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
</context>
<context>
    <name>score::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Findings of the visit</source>
        <translation>Các phát hiện của chuyến thăm</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Add a finding (%1)</source>
        <translation>Thêm phát hiện (%1)</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Thêm phát hiện</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Sửa phát hiện</translation>
    </message>
    <message>
        <source>Change the selected finding (Enter)</source>
        <translation>Sửa phát hiện đã chọn (Enter)</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Xóa phát hiện</translation>
    </message>
    <message>
        <source>Remove the selected finding and its photos (Delete)</source>
        <translation>Xóa phát hiện đã chọn cùng các ảnh của nó (Delete)</translation>
    </message>
    <message>
        <source>Remove finding “%1”</source>
        <translation>Xóa phát hiện “%1”</translation>
    </message>
    <message>
        <source>Finding removed; %1 brings it back.</source>
        <translation>Đã xóa phát hiện; %1 để khôi phục.</translation>
    </message>
</context>
<context>
    <name>score::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>không rõ thời điểm</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>một người</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 bởi %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 bởi %2 trên %3</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, as relayed by %4: its bundle&apos;s signature proves that %4 sent the change, not that %3 made it</source>
        <translation>%1 bởi %2 trên %3, do %4 chuyển tiếp: chữ ký của gói dữ liệu chứng minh %4 đã gửi thay đổi, không chứng minh %3 đã thực hiện nó</translation>
    </message>
    <message>
        <source>%1 · %2 · relayed by %3</source>
        <translation>%1 · %2 · do %3 chuyển tiếp</translation>
    </message>
</context>
<context>
    <name>score::HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Changes to this record, newest first</source>
        <translation>Các thay đổi của bản ghi này, mới nhất ở trên</translation>
    </message>
    <message>
        <source>No history for this record yet.</source>
        <translation>Bản ghi này chưa có lịch sử.</translation>
    </message>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Chọn một bản ghi để xem lịch sử.</translation>
    </message>
</context>
<context>
    <name>score::ImportChangesModel</name>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Đã thay đổi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
</context>
<context>
    <name>score::ImportFlow</name>
    <message>
        <source>There is no bundle at %1.</source>
        <translation>Không có gói dữ liệu tại %1.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created to open the protected bundle.</source>
        <translation>Không thể tạo thư mục tạm để mở gói dữ liệu được bảo vệ.</translation>
    </message>
</context>
<context>
    <name>score::ImportPreviewDialog</name>
    <message>
        <source>Nothing would change here, but values that clash with changes made here would be kept for your review (%1).</source>
        <translation>Ở đây sẽ không có gì thay đổi, nhưng các giá trị xung đột với thay đổi thực hiện ở đây sẽ được giữ lại để bạn xem xét (%1).</translation>
    </message>
    <message>
        <source>Nothing would change here: this workspace already has everything in the bundle.</source>
        <translation>Ở đây sẽ không có gì thay đổi: không gian làm việc này đã có mọi thứ trong gói dữ liệu.</translation>
    </message>
    <message>
        <source>new records: %1</source>
        <translation>bản ghi mới: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>đã thay đổi: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>đã xóa: %1</translation>
    </message>
    <message>
        <source>restored: %1</source>
        <translation>đã khôi phục: %1</translation>
    </message>
    <message>
        <source>new photos and documents: %1</source>
        <translation>ảnh và tài liệu mới: %1</translation>
    </message>
    <message>
        <source>If you import it — %1.</source>
        <translation>Nếu bạn nhập — %1.</translation>
    </message>
    <message>
        <source>Values that clash with changes made here: %1; the later change wins, the other is kept for your review.</source>
        <translation>Giá trị xung đột với thay đổi thực hiện ở đây: %1; thay đổi sau được áp dụng, thay đổi còn lại được giữ để bạn xem xét.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Import “%1”?</source>
        <translation>Nhập “%1”?</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Thiết bị:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>a new key for this device, which you chose to trust</source>
        <translation>khóa mới của thiết bị này, mà bạn đã chọn tin cậy</translation>
    </message>
    <message>
        <source>the same key as its earlier bundles</source>
        <translation>cùng khóa với các gói dữ liệu trước đây của thiết bị</translation>
    </message>
    <message>
        <source>the first bundle from this device: compare the fingerprint with the one its user sees in Sync ▸ Devices</source>
        <translation>gói dữ liệu đầu tiên từ thiết bị này: hãy so sánh dấu vân tay với dấu vân tay mà người dùng thiết bị đó thấy trong Đồng bộ ▸ Thiết bị</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation>Ký bằng:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Tạo lúc:</translation>
    </message>
    <message>
        <source>Everything on that device</source>
        <translation>Mọi thứ trên thiết bị đó</translation>
    </message>
    <message>
        <source>The changes this workspace had not seen yet</source>
        <translation>Các thay đổi mà không gian làm việc này chưa có</translation>
    </message>
    <message>
        <source>The work of some enterprises (%1)</source>
        <translation>Công việc của một số doanh nghiệp (%1)</translation>
    </message>
    <message>
        <source>The work of a cohort or some enterprises (%1)</source>
        <translation>Công việc của một nhóm doanh nghiệp hoặc một số doanh nghiệp (%1)</translation>
    </message>
    <message>
        <source> · %1 records · %2</source>
        <translation> · %1 bản ghi · %2</translation>
    </message>
    <message>
        <source> · protected by a passphrase</source>
        <translation> · được bảo vệ bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Imported before:</source>
        <translation>Đã nhập trước đây:</translation>
    </message>
    <message>
        <source>Yes, on %1. Importing it again changes nothing that is not already here.</source>
        <translation>Có, vào %1. Nhập lại sẽ không thay đổi gì ngoài những gì đã có ở đây.</translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>Những gì lần nhập sẽ thay đổi</translation>
    </message>
    <message>
        <source>Records in the bundle that are already up to date here: %1.</source>
        <translation>Bản ghi trong gói dữ liệu đã được cập nhật ở đây: %1.</translation>
    </message>
    <message>
        <source>You agreed that this bundle deletes many records (%1); they will stay in the recycle bin.</source>
        <translation>Bạn đã đồng ý cho gói dữ liệu này xóa nhiều bản ghi (%1); các bản ghi đó sẽ vẫn nằm trong thùng rác.</translation>
    </message>
    <message>
        <source>SCORE Desk copies this workspace before importing; Sync ▸ Backups can bring that copy back.</source>
        <translation>SCORE Desk sao chép không gian làm việc này trước khi nhập; Đồng bộ ▸ Bản sao lưu có thể khôi phục bản sao đó.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>score::ItemPhotos</name>
    <message>
        <source>No photo of this item yet.</source>
        <translation>Mục này chưa có ảnh.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Photos of this item</source>
        <translation>Ảnh của mục này</translation>
    </message>
    <message>
        <source>Double-click a photo to see it larger</source>
        <translation>Nhấp đúp vào ảnh để xem ảnh lớn hơn</translation>
    </message>
    <message>
        <source>Attach photos of evidence to this item</source>
        <translation>Đính kèm ảnh làm bằng chứng cho mục này</translation>
    </message>
    <message>
        <source>Remove the selected photo from this item</source>
        <translation>Xóa ảnh đã chọn khỏi mục này</translation>
    </message>
    <message>
        <source>Add photos to item %1</source>
        <translation>Thêm ảnh cho mục %1</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Hình ảnh (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s) to item %1</source>
        <translation>
            <numerusform>Thêm %n ảnh cho mục %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo %1 from item %2</source>
        <translation>Xóa ảnh %1 khỏi mục %2</translation>
    </message>
    <message>
        <source>Item %1 — %2</source>
        <translation>Mục %1 — %2</translation>
    </message>
</context>
<context>
    <name>score::KpiCharts</name>
    <message>
        <source>Better than baseline</source>
        <translation>Tốt hơn mức cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Worse than baseline</source>
        <translation>Kém hơn mức cơ sở ban đầu</translation>
    </message>
    <message>
        <source>%1 — no KPI has both a baseline and a follow-up reading yet</source>
        <translation>%1 — chưa có KPI nào có cả số đo cơ sở ban đầu và số đo theo dõi</translation>
    </message>
    <message>
        <source>%1 (%2) by month</source>
        <translation>%1 (%2) theo tháng</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>Baseline readings</source>
        <translation>Số đo cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Baseline (mean)</source>
        <translation>Cơ sở ban đầu (trung bình)</translation>
    </message>
    <message>
        <source>Before and after (%1)</source>
        <translation>Trước và sau (%1)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Gần nhất</translation>
    </message>
    <message>
        <source>%1 (%2) — no readings yet</source>
        <translation>%1 (%2) — chưa có số đo</translation>
    </message>
</context>
<context>
    <name>score::KpiMetrics</name>
    <message>
        <source>The value is not a number.</source>
        <translation>Giá trị không phải là số.</translation>
    </message>
    <message>
        <source>KPI values and counts cannot be negative.</source>
        <translation>Giá trị và số đếm KPI không được là số âm.</translation>
    </message>
    <message>
        <source>The denominator (%1) cannot be zero.</source>
        <translation>Mẫu số (%1) không được bằng không.</translation>
    </message>
    <message>
        <source>A share cannot be above 100 %: check that %1 is not larger than %2.</source>
        <translation>Tỷ lệ không thể vượt quá 100%: hãy kiểm tra xem %1 có lớn hơn %2 không.</translation>
    </message>
    <message>
        <source>This value is more than twenty times away from the usual %1; check the figures and the unit (%2).</source>
        <translation>Giá trị này chênh lệch hơn hai mươi lần so với mức thông thường %1; hãy kiểm tra lại số liệu và đơn vị (%2).</translation>
    </message>
</context>
<context>
    <name>score::KpiReadingDialog</name>
    <message>
        <source>Record %1</source>
        <translation>Ghi %1</translation>
    </message>
    <message>
        <source>%1 · unit %2 · %3 is better.</source>
        <translation>%1 · đơn vị %2 · %3 thì tốt hơn.</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>thấp hơn</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>cao hơn</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Số đo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
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
        <translation>Hãy nhập %1.</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1 phải lớn hơn không.</translation>
    </message>
    <message>
        <source>Record %1 for %2</source>
        <translation>Ghi %1 cho %2</translation>
    </message>
</context>
<context>
    <name>score::KpiReadingModel</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Số đo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>score::KpiSummaryModel</name>
    <message>
        <source>n/a</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 (%2). %3 is better. %4</source>
        <translation>%1 (%2). %3 thì tốt hơn. %4</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Thấp hơn</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Cao hơn</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Gần nhất</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Mức cải thiện</translation>
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
        <translation>Số đo</translation>
    </message>
    <message>
        <source>Improvement against baseline</source>
        <translation>Mức cải thiện so với cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Trước và sau</translation>
    </message>
    <message>
        <source>Record reading…</source>
        <translation>Ghi số đo…</translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation>Xóa số đo</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Record this month&apos;s reading of the chosen KPI (Ctrl+R)</source>
        <translation>Ghi số đo tháng này của KPI đã chọn (Ctrl+R)</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Mô-đun:</translation>
    </message>
    <message>
        <source>Monthly readings of the chosen KPI</source>
        <translation>Số đo hằng tháng của KPI đã chọn</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tất cả mô-đun</translation>
    </message>
    <message>
        <source>Improvement against baseline — %1</source>
        <translation>Mức cải thiện so với cơ sở ban đầu — %1</translation>
    </message>
    <message>
        <source>Choose an enterprise.</source>
        <translation>Hãy chọn một doanh nghiệp.</translation>
    </message>
    <message>
        <source>No KPI readings yet for this enterprise and module.</source>
        <translation>Doanh nghiệp và mô-đun này chưa có số đo KPI nào.</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>càng thấp càng tốt</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>càng cao càng tốt</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4 (%5), that is %6 % %7 than the baseline.</source>
        <translation>%1: %2 → %3 %4 (%5), tức là %7 %6% so với mức cơ sở ban đầu.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4 (%5), unchanged from the baseline.</source>
        <translation>%1: %2 → %3 %4 (%5), không thay đổi so với mức cơ sở ban đầu.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>tốt hơn</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>kém hơn</translation>
    </message>
    <message>
        <source>%1 (%2): a baseline and a follow-up reading are needed to show the change.</source>
        <translation>%1 (%2): cần có số đo cơ sở ban đầu và số đo theo dõi để thể hiện thay đổi.</translation>
    </message>
    <message>
        <source>Delete KPI reading</source>
        <translation>Xóa số đo KPI</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>%1: no readings yet for this enterprise. Record the baseline with “Record reading…”.</source>
        <translation>%1: doanh nghiệp này chưa có số đo nào. Hãy ghi giá trị cơ sở bằng “Ghi số đo…”.</translation>
    </message>
</context>
<context>
    <name>score::Labels</name>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Role in the cohort</source>
        <translation>Vai trò trong nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Ngày hạn</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Hoàn thành ngày</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Estimated savings</source>
        <translation>Tiết kiệm ước tính</translation>
    </message>
    <message>
        <source>Verified savings</source>
        <translation>Tiết kiệm đã xác minh</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Nguyên nhân gốc rễ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Approval comment</source>
        <translation>Nhận xét phê duyệt</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Ngày phê duyệt</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI before</source>
        <translation>KPI trước</translation>
    </message>
    <message>
        <source>KPI after</source>
        <translation>KPI sau</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Permanent staff</source>
        <translation>Lao động chính thức</translation>
    </message>
    <message>
        <source>Temporary staff</source>
        <translation>Lao động tạm thời</translation>
    </message>
    <message>
        <source>Supply-chain tier</source>
        <translation>Cấp trong chuỗi cung ứng</translation>
    </message>
    <message>
        <source>Main buyers</source>
        <translation>Khách mua hàng chính</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Tư vấn viên</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Ngày tham gia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Bên</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Hình thức lao động</translation>
    </message>
    <message>
        <source>Role in the EIT</source>
        <translation>Vai trò trong EIT</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Ngày tham gia</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ngày rời nhóm</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Thời lượng (giờ)</translation>
    </message>
    <message>
        <source>Women taking part</source>
        <translation>Số nữ tham gia</translation>
    </message>
    <message>
        <source>Men taking part</source>
        <translation>Số nam tham gia</translation>
    </message>
    <message>
        <source>Managers present</source>
        <translation>Số quản lý có mặt</translation>
    </message>
    <message>
        <source>Workers present</source>
        <translation>Số công nhân có mặt</translation>
    </message>
    <message>
        <source>EIT met</source>
        <translation>EIT đã họp</translation>
    </message>
    <message>
        <source>Projects reviewed</source>
        <translation>Số dự án đã xem xét</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Quan sát</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Chuyến thăm tiếp theo</translation>
    </message>
    <message>
        <source>Signed by the counsellor on</source>
        <translation>Tư vấn viên ký ngày</translation>
    </message>
    <message>
        <source>Signed by the manager on</source>
        <translation>Quản lý ký ngày</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Ngày thực hiện</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Lợi ích</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Khả năng xảy ra</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Biện pháp kiểm soát</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Nhận xét thẩm định</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Đã hủy bỏ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả lại</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>Đã kiểm soát</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Classroom session</source>
        <translation>Buổi học trên lớp</translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation>Chuyến thăm cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Factory visit</source>
        <translation>Chuyến thăm nhà máy</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Chuyến thăm theo dõi</translation>
    </message>
    <message>
        <source>Final visit</source>
        <translation>Chuyến thăm cuối</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Cuối kỳ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Một phần</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Không cho biết</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Công nhân</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tạm thời</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Trưởng nhóm</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Expert trainer</source>
        <translation>Giảng viên chuyên gia</translation>
    </message>
    <message>
        <source>Programme staff</source>
        <translation>Cán bộ chương trình</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Quản lý doanh nghiệp</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Công nhân</translation>
    </message>
    <message>
        <source>Garments and textiles</source>
        <translation>Dệt may</translation>
    </message>
    <message>
        <source>Food processing</source>
        <translation>Chế biến thực phẩm</translation>
    </message>
    <message>
        <source>Auto parts</source>
        <translation>Phụ tùng ô tô</translation>
    </message>
    <message>
        <source>Furniture and wood</source>
        <translation>Đồ gỗ và nội thất</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Điện tử</translation>
    </message>
    <message>
        <source>Plastics</source>
        <translation>Nhựa</translation>
    </message>
    <message>
        <source>Printing and packaging</source>
        <translation>In ấn và bao bì</translation>
    </message>
    <message>
        <source>Tourism and hotels</source>
        <translation>Du lịch và khách sạn</translation>
    </message>
    <message>
        <source>Construction materials</source>
        <translation>Vật liệu xây dựng</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Chất lượng</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Năng suất</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>An toàn</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi làm việc</translation>
    </message>
    <message>
        <source>Elimination</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Substitution</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Engineering control</source>
        <translation>Biện pháp kỹ thuật</translation>
    </message>
    <message>
        <source>Administrative control</source>
        <translation>Biện pháp hành chính</translation>
    </message>
    <message>
        <source>Personal protective equipment</source>
        <translation>Phương tiện bảo vệ cá nhân</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Nguyên vật liệu</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Chất thải</translation>
    </message>
    <message>
        <source>Chemical</source>
        <translation>Hóa chất</translation>
    </message>
    <message>
        <source>Workplace Cooperation</source>
        <translation>Hợp tác tại nơi làm việc</translation>
    </message>
    <message>
        <source>Quality Management</source>
        <translation>Quản lý chất lượng</translation>
    </message>
    <message>
        <source>Cleaner Production</source>
        <translation>Sản xuất sạch hơn</translation>
    </message>
    <message>
        <source>Workforce Management</source>
        <translation>Quản lý nhân lực</translation>
    </message>
    <message>
        <source>Safety and Health</source>
        <translation>An toàn và sức khỏe</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Thành phố hoặc vùng</translation>
    </message>
    <message>
        <source>Implementing institution</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Planned modules</source>
        <translation>Các mô-đun dự kiến</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Lưu trữ ngày</translation>
    </message>
    <message>
        <source>Trainers and counsellors</source>
        <translation>Giảng viên và tư vấn viên</translation>
    </message>
</context>
<context>
    <name>score::LimitedLineEdit</name>
    <message numerus="yes">
        <source>The text is %n character(s) over the limit of %1: shorten it to save it.</source>
        <translation>
            <numerusform>Văn bản thừa %n ký tự so với giới hạn %1 ký tự: hãy rút ngắn để lưu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n character(s) over the limit of %2: shorten it to save it.</source>
        <translation>
            <numerusform>%1 thừa %n ký tự so với giới hạn %2 ký tự: hãy rút ngắn để lưu.</numerusform>
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
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Working as </source>
        <translation>Làm việc với vai trò </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Mở không gian làm việc…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Mở không gian làm việc mẫ&amp;u</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Work &amp;as</source>
        <translation>&amp;Làm việc với vai trò</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About SCORE Desk</source>
        <translation>&amp;Giới thiệu SCORE Desk</translation>
    </message>
    <message>
        <source>About SCORE Desk</source>
        <translation>Giới thiệu SCORE Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SCORE Desk %1&lt;/h3&gt;&lt;p&gt;Offline-first workbench for counsellors, enterprise managers and trainers of the ILO SCORE programme (Sustaining Competitive and Responsible Enterprises).&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;br&gt;Device: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SCORE Desk %1&lt;/h3&gt;&lt;p&gt;Công cụ làm việc ưu tiên ngoại tuyến dành cho tư vấn viên, quản lý doanh nghiệp và giảng viên của chương trình SCORE của ILO (Doanh nghiệp bền vững, cạnh tranh và có trách nhiệm).&lt;/p&gt;&lt;p&gt;Không gian làm việc: %2&lt;br&gt;Thiết bị: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · device %2 · %3</source>
        <translation>%1 · thiết bị %2 · %3</translation>
    </message>
    <message>
        <source>All changes shared</source>
        <translation>Mọi thay đổi đã được chia sẻ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet in a bundle</source>
        <translation>
            <numerusform>%n thay đổi chưa có trong gói dữ liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Không có xung đột</translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;sync&quot;&gt;%n conflict(s) to review&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;sync&quot;&gt;%n xung đột cần xem xét&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no view called &quot;%1&quot;; the views are: %2.</source>
        <translation>Không có màn hình nào tên &quot;%1&quot;; các màn hình hiện có: %2.</translation>
    </message>
    <message>
        <source>The screenshot could not be written to %1.</source>
        <translation>Không thể ghi ảnh chụp màn hình vào %1.</translation>
    </message>
    <message>
        <source>SCORE Desk cannot open %1 here: open a bundle (.scorebundle) or a workspace (.scoredesk).</source>
        <translation>SCORE Desk không thể mở %1 ở đây: hãy mở một gói dữ liệu (.scorebundle) hoặc một không gian làm việc (.scoredesk).</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>SCORE Desk will speak %1 the next time it starts.</source>
        <translation>SCORE Desk sẽ dùng %1 từ lần khởi động tới.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Theo hệ thống (%1)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>Find &amp;enterprise</source>
        <translation>Tìm &amp;doanh nghiệp</translation>
    </message>
    <message>
        <source>No enterprise yet</source>
        <translation>Chưa có doanh nghiệp nào</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Doanh nghiệp mới…</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nhóm doanh nghiệp mới…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Nhập từ bảng tính…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation>&amp;Không gian làm việc…</translation>
    </message>
    <message>
        <source>&amp;Cohort…</source>
        <translation>&amp;Nhóm doanh nghiệp…</translation>
    </message>
    <message>
        <source>&amp;Enterprise…</source>
        <translation>&amp;Doanh nghiệp…</translation>
    </message>
    <message>
        <source>&amp;Person…</source>
        <translation>&amp;Người…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Nhập từ bảng tính…</translation>
    </message>
    <message>
        <source>E&amp;xport to a spreadsheet…</source>
        <translation>&amp;Xuất ra bảng tính…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Mọi người…</translation>
    </message>
    <message>
        <source>Show &amp;archived cohorts and enterprises</source>
        <translation>Hiện nhóm và doanh nghiệp đã &amp;lưu trữ</translation>
    </message>
    <message>
        <source>%1 shows the work of one enterprise. Add the first enterprise of your cohort, or bring the programme&apos;s enterprises in from a spreadsheet.</source>
        <translation>%1 hiển thị công việc của một doanh nghiệp. Hãy thêm doanh nghiệp đầu tiên của nhóm, hoặc nhập các doanh nghiệp của chương trình từ bảng tính.</translation>
    </message>
    <message>
        <source>The window cannot be made %1×%2; it was pictured at %3×%4.</source>
        <translation>Không thể thu nhỏ cửa sổ thành %1×%2; ảnh được chụp ở kích thước %3×%4.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;sync&quot;&gt;Changes dated after today: held back&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;sync&quot;&gt;Thay đổi mang ngày sau hôm nay: bị giữ lại&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>score::ModuleProgressModel</name>
    <message>
        <source>not started</source>
        <translation>chưa bắt đầu</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Chuyến thăm gần nhất</translation>
    </message>
    <message>
        <source>First score</source>
        <translation>Điểm đầu tiên</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Điểm gần nhất</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Hành động đang mở</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
</context>
<context>
    <name>score::NavigationModel</name>
    <message>
        <source>Not in a cohort</source>
        <translation>Không thuộc nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 enterprises</source>
        <translation>%1 · %2 · %3 doanh nghiệp</translation>
    </message>
    <message>
        <source>%1, %2 · %3 open actions, %4 overdue</source>
        <translation>%1, %2 · %3 hành động đang mở, %4 quá hạn</translation>
    </message>
    <message>
        <source>Cohorts and enterprises</source>
        <translation>Nhóm doanh nghiệp và doanh nghiệp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (đã lưu trữ)</translation>
    </message>
</context>
<context>
    <name>score::NavigationPane</name>
    <message>
        <source>Filter enterprises (Ctrl+F)</source>
        <translation>Lọc doanh nghiệp (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter enterprises</source>
        <translation>Lọc doanh nghiệp</translation>
    </message>
    <message>
        <source>Cohorts and enterprises</source>
        <translation>Nhóm doanh nghiệp và doanh nghiệp</translation>
    </message>
    <message>
        <source>No cohorts yet</source>
        <translation>Chưa có nhóm doanh nghiệp nào</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nhóm doanh nghiệp mới…</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Doanh nghiệp mới…</translation>
    </message>
    <message>
        <source>New enterprise in this cohort…</source>
        <translation>Doanh nghiệp mới trong nhóm này…</translation>
    </message>
    <message>
        <source>Change the cohort…</source>
        <translation>Thay đổi nhóm doanh nghiệp…</translation>
    </message>
    <message>
        <source>Bring back from the archive</source>
        <translation>Đưa trở lại từ kho lưu trữ</translation>
    </message>
    <message>
        <source>Archive the cohort</source>
        <translation>Lưu trữ nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>Delete the cohort…</source>
        <translation>Xóa nhóm doanh nghiệp…</translation>
    </message>
    <message>
        <source>New member of its improvement team…</source>
        <translation>Thành viên mới của nhóm cải tiến…</translation>
    </message>
    <message>
        <source>Move to cohort</source>
        <translation>Chuyển sang nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>Archive the enterprise</source>
        <translation>Lưu trữ doanh nghiệp</translation>
    </message>
    <message>
        <source>Delete the enterprise…</source>
        <translation>Xóa doanh nghiệp…</translation>
    </message>
    <message>
        <source>Your cohorts and their enterprises will be listed here. File ▸ New adds them: a cohort with Ctrl+Shift+C, an enterprise with Ctrl+Shift+E.</source>
        <translation>Các nhóm doanh nghiệp và doanh nghiệp của bạn sẽ được liệt kê ở đây. Tệp ▸ Mới để thêm: nhóm doanh nghiệp bằng Ctrl+Shift+C, doanh nghiệp bằng Ctrl+Shift+E.</translation>
    </message>
</context>
<context>
    <name>score::NewActionDialog</name>
    <message>
        <source>Add improvement action</source>
        <translation>Thêm hành động cải tiến</translation>
    </message>
    <message>
        <source>A new proposed action in the improvement plan of &lt;b&gt;%1&lt;/b&gt;. The enterprise&apos;s manager approves it.</source>
        <translation>Một hành động mới được đề xuất trong kế hoạch cải tiến của &lt;b&gt;%1&lt;/b&gt;. Quản lý doanh nghiệp sẽ phê duyệt hành động này.</translation>
    </message>
    <message>
        <source>What will be done, e.g. “Fix compressed-air leaks in the sewing hall”</source>
        <translation>Việc sẽ thực hiện, ví dụ “Khắc phục rò rỉ khí nén ở xưởng may”</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Hành động:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Mô-đun:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Người phụ trách:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Ngày hạn</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>Hạn hoàn &amp;thành:</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Thêm hành động</translation>
    </message>
</context>
<context>
    <name>score::NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Đánh giá mới</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Kind of assessment</source>
        <translation>Loại đánh giá</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <source>M%1 · %2</source>
        <translation>M%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Mô-đun</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %1, version %2 (released %3), %n item(s).</source>
        <translation>
            <numerusform>Bảng kiểm: %1, phiên bản %2 (ban hành %3), %n mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 checklist is in force on this date.</source>
        <translation>Không có bảng kiểm %1 nào có hiệu lực vào ngày này.</translation>
    </message>
    <message>
        <source>Linked to the %1 of %2.</source>
        <translation>Gắn với %1 ngày %2.</translation>
    </message>
    <message>
        <source>Not linked to a visit (the current visit is of another module).</source>
        <translation>Không gắn với chuyến thăm nào (chuyến thăm hiện tại thuộc mô-đun khác).</translation>
    </message>
</context>
<context>
    <name>score::NewVisitDialog</name>
    <message>
        <source>New visit to %1</source>
        <translation>Chuyến thăm mới tới %1</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Chuyến thăm mới</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Loại chuyến thăm</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Ngày thăm</translation>
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
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Tư vấn viên</translation>
    </message>
    <message>
        <source>Start an assessment with the module&apos;s checklist</source>
        <translation>Bắt đầu một đánh giá theo bảng kiểm của mô-đun</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Mô-đun</translation>
    </message>
    <message>
        <source>&amp;Counsellor</source>
        <translation>&amp;Tư vấn viên</translation>
    </message>
    <message>
        <source>Create visit</source>
        <translation>Tạo chuyến thăm</translation>
    </message>
    <message>
        <source>No checklist for a classroom session</source>
        <translation>Buổi học trên lớp không có bảng kiểm</translation>
    </message>
    <message>
        <source>No checklist for this module on this date</source>
        <translation>Mô-đun này không có bảng kiểm vào ngày này</translation>
    </message>
    <message>
        <source>&amp;Start a %1 assessment</source>
        <translation>&amp;Bắt đầu đánh giá %1</translation>
    </message>
    <message>
        <source>With the checklist %1.</source>
        <translation>Với bảng kiểm %1.</translation>
    </message>
</context>
<context>
    <name>score::NewWorkspaceDialog</name>
    <message>
        <source>Create a workspace</source>
        <translation>Tạo không gian làm việc</translation>
    </message>
    <message>
        <source>A workspace holds your cohorts, enterprises and visits in one file on this laptop. You appear in it by name, next to every change you make.</source>
        <translation>Không gian làm việc lưu các nhóm doanh nghiệp, doanh nghiệp và chuyến thăm của bạn trong một tệp trên máy tính này. Tên bạn xuất hiện bên cạnh mọi thay đổi bạn thực hiện.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Vai trò của bạn</translation>
    </message>
    <message>
        <source>Your gender</source>
        <translation>Giới tính của bạn</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Tệp không gian làm việc</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Tên của bạn</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>&amp;Vai trò của bạn</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>SCORE Desk workspaces (*.scoredesk)</source>
        <translation>Không gian làm việc SCORE Desk (*.scoredesk)</translation>
    </message>
    <message>
        <source>Give your name: colleagues see it next to your changes.</source>
        <translation>Hãy nhập tên của bạn: đồng nghiệp sẽ thấy tên này bên cạnh các thay đổi của bạn.</translation>
    </message>
    <message>
        <source>Say where to keep the workspace.</source>
        <translation>Hãy cho biết nơi lưu không gian làm việc.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name, or open it with File ▸ Open workspace.</source>
        <translation>%1 đã tồn tại; hãy chọn tên khác, hoặc mở nó bằng Tệp ▸ Mở không gian làm việc.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
</context>
<context>
    <name>score::PdfReportWriter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Không thể bắt đầu tạo PDF.</translation>
    </message>
    <message>
        <source>The PDF could not get a new page.</source>
        <translation>Không thể thêm trang mới vào PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Không thể hoàn tất PDF.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Không thể ghi %1: %2.</translation>
    </message>
</context>
<context>
    <name>score::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>Filter by name, role or enterprise</source>
        <translation>Lọc theo tên, vai trò hoặc doanh nghiệp</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Lọc danh sách người</translation>
    </message>
    <message>
        <source>No one yet. Add the programme&apos;s counsellors and trainers here; the people of an enterprise are added from its profile (Enterprises ▸ Enterprise Improvement Team).</source>
        <translation>Chưa có ai. Hãy thêm tư vấn viên và giảng viên của chương trình ở đây; người của một doanh nghiệp được thêm từ hồ sơ của doanh nghiệp đó (Doanh nghiệp ▸ Nhóm cải tiến doanh nghiệp).</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Người mới…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Thay đổi…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
</context>
<context>
    <name>score::PeopleModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (đã lưu trữ)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Làm việc cho</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
</context>
<context>
    <name>score::PhotoViewer</name>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Open in another application</source>
        <translation>Mở bằng ứng dụng khác</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Caption: what the photo shows</source>
        <translation>Chú thích: nội dung của ảnh</translation>
    </message>
    <message>
        <source>Previous photo (Left)</source>
        <translation>Ảnh trước (Mũi tên trái)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Ảnh tiếp theo (Mũi tên phải)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu một bản sao…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Chú thích</translation>
    </message>
    <message>
        <source>of the visit</source>
        <translation>của chuyến thăm</translation>
    </message>
    <message>
        <source>of the finding “%1”</source>
        <translation>của phát hiện “%1”</translation>
    </message>
    <message>
        <source>%1, %2 · Left and Right show the other photos.</source>
        <translation>%1, %2 · Mũi tên trái và phải để xem các ảnh khác.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Photo — %1</source>
        <translation>Ảnh — %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu một bản sao</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>Không thể ghi %1 (%2).</translation>
    </message>
    <message>
        <source>The document could not be prepared for opening (%1).</source>
        <translation>Không thể chuẩn bị tài liệu để mở (%1).</translation>
    </message>
    <message>
        <source>No application on this computer opens %1.</source>
        <translation>Không có ứng dụng nào trên máy tính này mở được %1.</translation>
    </message>
</context>
<context>
    <name>score::PlanView</name>
    <message>
        <source>Improvement actions</source>
        <translation>Hành động cải tiến</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Xóa hành động</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Lọc hành động</translation>
    </message>
    <message>
        <source>Plans shown</source>
        <translation>Kế hoạch hiển thị</translation>
    </message>
    <message>
        <source>This enterprise</source>
        <translation>Doanh nghiệp này</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>Tất cả doanh nghiệp</translation>
    </message>
    <message>
        <source>Trainers can follow the plans of every enterprise at once</source>
        <translation>Giảng viên có thể theo dõi kế hoạch của mọi doanh nghiệp cùng lúc</translation>
    </message>
    <message>
        <source>Filter actions (Ctrl+F)</source>
        <translation>Lọc hành động (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the actions whose title, area, owner or enterprise contain every word typed</source>
        <translation>Hiển thị các hành động có tiêu đề, khu vực, người phụ trách hoặc doanh nghiệp chứa mọi từ đã nhập</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>Dạng &amp;bảng</translation>
    </message>
    <message>
        <source>Show the plan as a table</source>
        <translation>Hiển thị kế hoạch dưới dạng bảng</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Dạng &amp;thẻ</translation>
    </message>
    <message>
        <source>Show the plan as a board with one column per status</source>
        <translation>Hiển thị kế hoạch dưới dạng bảng thẻ, mỗi trạng thái một cột</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <source>Show or hide the selected action&apos;s details (F4)</source>
        <translation>Hiện hoặc ẩn chi tiết của hành động đã chọn (F4)</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Thêm hành động…</translation>
    </message>
    <message>
        <source>Add an improvement action to the enterprise&apos;s plan</source>
        <translation>Thêm hành động cải tiến vào kế hoạch của doanh nghiệp</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>Ch&amp;uyển sang</translation>
    </message>
    <message>
        <source>Give the selected action another status</source>
        <translation>Đổi trạng thái của hành động đã chọn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move the selected action to the recycle bin (Delete; undo with Ctrl+Z)</source>
        <translation>Chuyển hành động đã chọn vào thùng rác (Delete; hoàn tác bằng Ctrl+Z)</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tất cả mô-đun</translation>
    </message>
    <message>
        <source>No improvement actions yet. Add the first one with “Add action…”.</source>
        <translation>Chưa có hành động cải tiến nào. Hãy thêm hành động đầu tiên bằng “Thêm hành động…”.</translation>
    </message>
    <message>
        <source>Choose an enterprise to see its improvement plan.</source>
        <translation>Hãy chọn một doanh nghiệp để xem kế hoạch cải tiến của doanh nghiệp đó.</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 hành động</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 hành động</translation>
    </message>
    <message>
        <source>Showing %1 of 1 action</source>
        <translation>Đang hiển thị %1 / 1 hành động</translation>
    </message>
    <message>
        <source>Showing %1 of %2 actions</source>
        <translation>Đang hiển thị %1 / %2 hành động</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 đang mở</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b02a1a&quot;&gt;&lt;b&gt;%1 overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b02a1a&quot;&gt;&lt;b&gt;%1 quá hạn&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>estimated savings %1</source>
        <translation>tiết kiệm ước tính %1</translation>
    </message>
    <message>
        <source>verified savings %1</source>
        <translation>tiết kiệm đã xác minh %1</translation>
    </message>
    <message>
        <source>Delete action “%1”</source>
        <translation>Xóa hành động “%1”</translation>
    </message>
    <message>
        <source>Choose an enterprise before adding an action to its plan.</source>
        <translation>Hãy chọn một doanh nghiệp trước khi thêm hành động vào kế hoạch của doanh nghiệp đó.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Chuyển sang</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Kế hoạch cải tiến</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeActions</name>
    <message>
        <source>Archive “%1”</source>
        <translation>Lưu trữ “%1”</translation>
    </message>
    <message>
        <source>Bring back “%1”</source>
        <translation>Đưa “%1” trở lại</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Chuyển “%1” sang %2</translation>
    </message>
    <message>
        <source>Delete the cohort “%1”?</source>
        <translation>Xóa nhóm doanh nghiệp “%1”?</translation>
    </message>
    <message>
        <source>Delete “%1” with its visits, checklists, plan, KPI readings and team?</source>
        <translation>Xóa “%1” cùng các chuyến thăm, bảng kiểm, kế hoạch, số đo KPI và nhóm cải tiến của doanh nghiệp?</translation>
    </message>
    <message>
        <source>Delete %1 and their place in an improvement team?</source>
        <translation>Xóa %1 và vị trí của người này trong nhóm cải tiến?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>It goes to the recycle bin; Edit ▸ Undo brings it back.</source>
        <translation>Bản ghi sẽ vào thùng rác; Sửa ▸ Hoàn tác sẽ đưa nó trở lại.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Xóa “%1”</translation>
    </message>
    <message>
        <source>Import cohorts, enterprises and people</source>
        <translation>Nhập nhóm doanh nghiệp, doanh nghiệp và mọi người</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per kind (*.csv)</source>
        <translation>Tệp CSV, mỗi loại một tệp (*.csv)</translation>
    </message>
    <message>
        <source>Export cohorts, enterprises and people</source>
        <translation>Xuất nhóm doanh nghiệp, doanh nghiệp và mọi người</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Wrote %1. Fill it in or correct it, then import it with File ▸ Import from a spreadsheet.</source>
        <translation>Đã ghi %1. Hãy điền hoặc sửa, rồi nhập lại bằng Tệp ▸ Nhập từ bảng tính.</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeEditor</name>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Không có %1 nào có mã %2.</translation>
    </message>
    <message>
        <source>There is no country “%1”; give its two-letter code, such as VN, ID or GH.</source>
        <translation>Không có quốc gia “%1”; hãy nhập mã hai chữ cái, ví dụ VN, ID hoặc GH.</translation>
    </message>
    <message>
        <source>There is no %1 called “%2”.</source>
        <translation>Không có %1 nào tên là “%2”.</translation>
    </message>
    <message>
        <source>%1 %2 are called “%3”; give the id of the one you mean instead.</source>
        <translation>Có %1 %2 cùng tên “%3”; hãy nhập mã của bản ghi bạn muốn.</translation>
    </message>
    <message>
        <source>A member of an improvement team works at an enterprise; say which (enterprise).</source>
        <translation>Thành viên nhóm cải tiến làm việc tại một doanh nghiệp; hãy cho biết doanh nghiệp nào (enterprise).</translation>
    </message>
    <message>
        <source>Say the enterprise&apos;s country (for example VN), or enrol it in a cohort.</source>
        <translation>Hãy cho biết quốc gia của doanh nghiệp (ví dụ VN), hoặc ghi danh doanh nghiệp vào một nhóm doanh nghiệp.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2 (it may be in the recycle bin).</source>
        <translation>Không có %1 nào có mã %2 (có thể nó đang ở trong thùng rác).</translation>
    </message>
    <message numerus="yes">
        <source>The cohort still has %n enterprise(s); move them to another cohort or delete them first.</source>
        <translation>
            <numerusform>Nhóm doanh nghiệp vẫn còn %n doanh nghiệp; hãy chuyển chúng sang nhóm khác hoặc xóa chúng trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person at this device is a counsellor, a trainer, programme staff or an enterprise manager.</source>
        <translation>Người dùng thiết bị này là tư vấn viên, giảng viên, cán bộ chương trình hoặc quản lý doanh nghiệp.</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>“%1” không phải là trường của %2; các trường là: %3.</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeForm</name>
    <message>
        <source>Earlier</source>
        <translation>Sớm hơn</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Muộn hơn</translation>
    </message>
    <message>
        <source>Archived: kept, but out of the lists</source>
        <translation>Đã lưu trữ: vẫn được giữ, nhưng không hiện trong danh sách</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Member of an improvement team</source>
        <translation>Thành viên nhóm cải tiến</translation>
    </message>
    <message>
        <source>(not available: %1)</source>
        <translation>(không có sẵn: %1)</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeRecordDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Nhóm doanh nghiệp mới</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>Doanh nghiệp mới</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Người mới</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>A group of 10–15 enterprises trained together, usually from one cluster or sector.</source>
        <translation>Một nhóm 10–15 doanh nghiệp được đào tạo cùng nhau, thường cùng một cụm hoặc một ngành.</translation>
    </message>
    <message>
        <source>The factory&apos;s profile; the rest (buyers, address, manager) can be filled in later.</source>
        <translation>Hồ sơ của nhà máy; phần còn lại (người mua, địa chỉ, quản lý) có thể điền sau.</translation>
    </message>
    <message>
        <source>A counsellor or trainer of the programme, an enterprise manager, or a member of an enterprise&apos;s improvement team.</source>
        <translation>Tư vấn viên hoặc giảng viên của chương trình, quản lý doanh nghiệp, hoặc thành viên nhóm cải tiến của một doanh nghiệp.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation>Thêm %1 “%2”</translation>
    </message>
    <message>
        <source>Change %1 “%2”</source>
        <translation>Thay đổi %1 “%2”</translation>
    </message>
</context>
<context>
    <name>score::ReceivedBundleModel</name>
    <message>
        <source>%1 new</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 đã thay đổi</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 đã xóa</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 đã khôi phục</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>xung đột: %1</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>không có gì mới</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Toàn bộ</translation>
    </message>
    <message>
        <source>New changes only</source>
        <translation>Chỉ thay đổi mới</translation>
    </message>
    <message>
        <source>Some enterprises</source>
        <translation>Một số doanh nghiệp</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Gói dữ liệu %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tạo lúc</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập lúc</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Changes here</source>
        <translation>Thay đổi ở đây</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
</context>
<context>
    <name>score::RecordEditor</name>
    <message>
        <source>There is no kind of record called &quot;%1&quot;.</source>
        <translation>Không có loại bản ghi nào tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 refers to an unknown kind of record.</source>
        <translation>%1 tham chiếu tới một loại bản ghi không xác định.</translation>
    </message>
    <message>
        <source>The %1 chosen for %2 does not exist or is in the recycle bin.</source>
        <translation>%1 được chọn cho %2 không tồn tại hoặc đang ở trong thùng rác.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>%1 không có trường &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This %1 already exists.</source>
        <translation>%1 này đã tồn tại.</translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>%1 này không còn tồn tại.</translation>
    </message>
    <message>
        <source>This %1 is in the recycle bin; restore it before editing it.</source>
        <translation>%1 này đang ở trong thùng rác; hãy khôi phục trước khi sửa.</translation>
    </message>
    <message>
        <source>This %1 does not exist or is already in the recycle bin.</source>
        <translation>%1 này không tồn tại hoặc đã ở trong thùng rác.</translation>
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
        <translation>(không có sẵn: %1)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
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
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Đã thay đổi</translation>
    </message>
    <message>
        <source>There is no kind of record called &quot;%1&quot;.</source>
        <translation>Không có loại bản ghi nào tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>Người trả lại</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Ngày trả lại</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Lý do trả lại</translation>
    </message>
</context>
<context>
    <name>score::RecordLists</name>
    <message>
        <source>Classroom session</source>
        <translation>Buổi học trên lớp</translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation>Chuyến thăm cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Factory visit</source>
        <translation>Chuyến thăm nhà máy</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Chuyến thăm theo dõi</translation>
    </message>
    <message>
        <source>Final visit</source>
        <translation>Chuyến thăm cuối</translation>
    </message>
    <message>
        <source>Devices are listed by &apos;scorectl devices&apos;.</source>
        <translation>Danh sách thiết bị được liệt kê bằng lệnh &apos;scorectl devices&apos;.</translation>
    </message>
</context>
<context>
    <name>score::RecordRules</name>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 không thể là số âm (%2).</translation>
    </message>
    <message>
        <source>%1 “%2” does not look like an e-mail address.</source>
        <translation>%1 “%2” có vẻ không phải là địa chỉ e-mail.</translation>
    </message>
    <message>
        <source>The cohort cannot end (%1) before it starts (%2).</source>
        <translation>Nhóm doanh nghiệp không thể kết thúc (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>The module plan names “%1”, which is not a SCORE module (the modules are %2).</source>
        <translation>Kế hoạch mô-đun có “%1”, không phải là mô-đun SCORE (các mô-đun là %2).</translation>
    </message>
    <message>
        <source>The module plan names %1 twice.</source>
        <translation>Kế hoạch mô-đun có %1 hai lần.</translation>
    </message>
    <message>
        <source>%1 comes first in SCORE: it sets up the improvement team; this plan starts with %2.</source>
        <translation>%1 là mô-đun đầu tiên của SCORE: mô-đun này lập nhóm cải tiến; kế hoạch này lại bắt đầu bằng %2.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than the employees (%3).</source>
        <translation>%1 (%2) không thể nhiều hơn số lao động (%3).</translation>
    </message>
    <message>
        <source>Women (%1) and men (%2) add up to %3, not to the %4 employees.</source>
        <translation>Nữ (%1) và nam (%2) cộng lại là %3, không bằng %4 lao động.</translation>
    </message>
    <message>
        <source>Permanent (%1) and temporary staff (%2) add up to %3, not to the %4 employees.</source>
        <translation>Lao động dài hạn (%1) và tạm thời (%2) cộng lại là %3, không bằng %4 lao động.</translation>
    </message>
    <message>
        <source>SCORE is meant for enterprises of %1 to %2 employees; this one has %3.</source>
        <translation>SCORE dành cho doanh nghiệp có %1 đến %2 lao động; doanh nghiệp này có %3.</translation>
    </message>
    <message>
        <source>A member cannot leave the team (%1) before joining it (%2).</source>
        <translation>Thành viên không thể rời nhóm (%1) trước khi tham gia (%2).</translation>
    </message>
    <message>
        <source>The next visit (%1) cannot be before this one (%2).</source>
        <translation>Chuyến thăm tiếp theo (%1) không thể trước chuyến thăm này (%2).</translation>
    </message>
    <message>
        <source>A visit lasts more than 0 and at most 24 hours, not %1.</source>
        <translation>Một chuyến thăm kéo dài hơn 0 và tối đa 24 giờ, không phải %1.</translation>
    </message>
    <message>
        <source>The due date (%1) cannot be before the action starts (%2).</source>
        <translation>Hạn hoàn thành (%1) không thể trước ngày bắt đầu hành động (%2).</translation>
    </message>
    <message>
        <source>The action was completed (%1) before it started (%2).</source>
        <translation>Hành động được hoàn thành (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>The due date (%1) cannot be before the visit that agreed the action (%2).</source>
        <translation>Hạn hoàn thành (%1) không thể trước chuyến thăm đã thống nhất hành động này (%2).</translation>
    </message>
    <message>
        <source>%1 is counted in whole numbers, not %2.</source>
        <translation>%1 được đếm bằng số nguyên, không phải %2.</translation>
    </message>
    <message>
        <source>%1 is a percentage; %2 is over 100.</source>
        <translation>%1 là một tỷ lệ phần trăm; %2 lớn hơn 100.</translation>
    </message>
    <message>
        <source>The denominator cannot be zero.</source>
        <translation>Mẫu số không thể bằng 0.</translation>
    </message>
    <message>
        <source>%1 is %2, but its numerator and denominator give %3.</source>
        <translation>%1 là %2, nhưng tử số và mẫu số cho ra %3.</translation>
    </message>
    <message>
        <source>The hazard cannot be due (%1) before it was identified (%2).</source>
        <translation>Hạn xử lý mối nguy (%1) không thể trước ngày phát hiện (%2).</translation>
    </message>
    <message>
        <source>The hazard cannot be closed (%1) before it was identified (%2).</source>
        <translation>Mối nguy không thể được đóng (%1) trước khi được phát hiện (%2).</translation>
    </message>
    <message>
        <source>The suggestion cannot be implemented (%1) before it was made (%2).</source>
        <translation>Góp ý không thể được thực hiện (%1) trước khi được đưa ra (%2).</translation>
    </message>
    <message>
        <source>The report&apos;s period cannot end (%1) before it starts (%2).</source>
        <translation>Kỳ báo cáo không thể kết thúc (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>%1 is a role in the programme, not at an enterprise; leave the enterprise empty.</source>
        <translation>%1 là vai trò trong chương trình, không phải tại doanh nghiệp; hãy để trống doanh nghiệp.</translation>
    </message>
    <message>
        <source>%1 is a role at an enterprise; choose the enterprise.</source>
        <translation>%1 là vai trò tại doanh nghiệp; hãy chọn doanh nghiệp.</translation>
    </message>
</context>
<context>
    <name>score::RecordStore</name>
    <message>
        <source>The sync information of %1 %2 is damaged; run a workspace check.</source>
        <translation>Thông tin đồng bộ của %1 %2 bị hỏng; hãy chạy kiểm tra không gian làm việc.</translation>
    </message>
</context>
<context>
    <name>score::RecordWriter</name>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>%1 %2 không tồn tại.</translation>
    </message>
</context>
<context>
    <name>score::RecycleBinModel</name>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 mục khác</translation>
    </message>
    <message>
        <source>Deleted together with this %1; restoring it brings them back too.</source>
        <translation>Bị xóa cùng với %1 này; khôi phục nó cũng sẽ khôi phục các mục này.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ngày xóa</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người xóa</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>Kèm theo</translation>
    </message>
</context>
<context>
    <name>score::RecycleBinPage</name>
    <message>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Deleted records stay here: a delete travels to other devices like any change, and can be taken back. Restoring a record also brings back what was deleted together with it.</source>
        <translation>Các bản ghi đã xóa được giữ ở đây: một thao tác xóa được chuyển tới các thiết bị khác như mọi thay đổi khác, và có thể khôi phục lại. Khôi phục một bản ghi cũng khôi phục những gì đã bị xóa cùng với nó.</translation>
    </message>
    <message>
        <source>Filter by name, kind, enterprise or person</source>
        <translation>Lọc theo tên, loại, doanh nghiệp hoặc người</translation>
    </message>
    <message>
        <source>Filter the recycle bin</source>
        <translation>Lọc thùng rác</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Các bản ghi đã xóa</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Bring the record back (Ctrl+Z undoes it).</source>
        <translation>Khôi phục bản ghi (Ctrl+Z để hoàn tác).</translation>
    </message>
    <message>
        <source>The %1 most recent deletions are shown.</source>
        <translation>Đang hiển thị %1 lần xóa gần nhất.</translation>
    </message>
    <message>
        <source>Restoring %1 also brings back what was deleted with it (%2 more records).</source>
        <translation>Khôi phục %1 cũng khôi phục những gì đã bị xóa cùng với nó (thêm %2 bản ghi).</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Khôi phục %1</translation>
    </message>
</context>
<context>
    <name>score::ReportCharts</name>
    <message>
        <source>Score (0–100)</source>
        <translation>Điểm (0–100)</translation>
    </message>
    <message>
        <source>Better than baseline</source>
        <translation>Tốt hơn mức cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Worse than baseline</source>
        <translation>Kém hơn mức cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Improvement against baseline (%)</source>
        <translation>Mức cải thiện so với cơ sở ban đầu (%)</translation>
    </message>
</context>
<context>
    <name>score::ReportDocuments</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cohort report</source>
        <translation>Báo cáo nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Modules completed</source>
        <translation>Mô-đun đã hoàn thành</translation>
    </message>
    <message>
        <source>started</source>
        <translation>đã bắt đầu</translation>
    </message>
    <message>
        <source>Median checklist score</source>
        <translation>Trung vị điểm bảng kiểm</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>%1 agreed, %2 done, %3 overdue</source>
        <translation>%1 đã thống nhất, %2 đã xong, %3 quá hạn</translation>
    </message>
    <message>
        <source>KPIs improved</source>
        <translation>KPI đã cải thiện</translation>
    </message>
    <message>
        <source>Median KPI improvement</source>
        <translation>Trung vị mức cải thiện KPI</translation>
    </message>
    <message>
        <source>Verified savings per year</source>
        <translation>Tiết kiệm đã xác minh mỗi năm</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Tỷ lệ nữ trong người tham gia</translation>
    </message>
    <message>
        <source>Scores: the mean over the assessed modules of the first and the latest checklist score (0–100). KPI improvement: the median over the enterprise&apos;s KPIs, positive when better. Overdue: open actions past their due date on %1.</source>
        <translation>Điểm: trung bình trên các mô-đun đã đánh giá của điểm bảng kiểm đầu tiên và gần nhất (0–100). Mức cải thiện KPI: trung vị trên các KPI của doanh nghiệp, mang giá trị dương khi tốt hơn. Quá hạn: các hành động đang mở đã quá ngày hạn tính đến %1.</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Modules started</source>
        <translation>Mô-đun đã bắt đầu</translation>
    </message>
    <message>
        <source>First score</source>
        <translation>Điểm đầu tiên</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Điểm gần nhất</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Hành động đã thống nhất</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Hành động đã xong</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Verified savings (%1)</source>
        <translation>Tiết kiệm đã xác minh (%1)</translation>
    </message>
    <message>
        <source>Cohort total</source>
        <translation>Tổng nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>Checklist score per enterprise: first and latest assessment (mean over modules)</source>
        <translation>Điểm bảng kiểm theo doanh nghiệp: đánh giá đầu tiên và gần nhất (trung bình các mô-đun)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Đầu tiên</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Gần nhất</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Điểm (0–100)</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Enterprises started</source>
        <translation>Số doanh nghiệp đã bắt đầu</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Median first score</source>
        <translation>Trung vị điểm đầu tiên</translation>
    </message>
    <message>
        <source>Median latest score</source>
        <translation>Trung vị điểm gần nhất</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Hành động đang mở</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Checklist scores by enterprise and module</source>
        <translation>Điểm bảng kiểm theo doanh nghiệp và mô-đun</translation>
    </message>
    <message>
        <source>First → latest score; green: module completed (final visit or approved progress report).</source>
        <translation>Điểm đầu tiên → gần nhất; màu xanh lá: mô-đun đã hoàn thành (chuyến thăm cuối hoặc báo cáo tiến độ đã được phê duyệt).</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Chỉ số hiệu quả chính (KPI)</translation>
    </message>
    <message>
        <source>Per KPI, over the enterprises that measured a baseline and a follow-up; improvement is positive when better.</source>
        <translation>Theo từng KPI, trên các doanh nghiệp đã đo mức cơ sở ban đầu và số đo theo dõi; mức cải thiện mang giá trị dương khi tốt hơn.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Tốt hơn khi</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Đã cải thiện</translation>
    </message>
    <message>
        <source>Median baseline</source>
        <translation>Trung vị cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Median latest</source>
        <translation>Trung vị gần nhất</translation>
    </message>
    <message>
        <source>Median improvement</source>
        <translation>Trung vị mức cải thiện</translation>
    </message>
    <message>
        <source>No KPI readings in this cohort yet.</source>
        <translation>Nhóm doanh nghiệp này chưa có số đo KPI nào.</translation>
    </message>
    <message>
        <source>Participation by gender</source>
        <translation>Tham gia theo giới tính</translation>
    </message>
    <message>
        <source>Classroom sessions and factory visits count the people present at each; the EIT counts its current members.</source>
        <translation>Buổi học trên lớp và chuyến thăm nhà máy tính số người có mặt ở mỗi lần; EIT tính số thành viên hiện tại.</translation>
    </message>
    <message>
        <source>Workforce women</source>
        <translation>Lao động nữ</translation>
    </message>
    <message>
        <source>Workforce men</source>
        <translation>Lao động nam</translation>
    </message>
    <message>
        <source>Classroom women</source>
        <translation>Nữ trên lớp</translation>
    </message>
    <message>
        <source>Classroom men</source>
        <translation>Nam trên lớp</translation>
    </message>
    <message>
        <source>Visits women</source>
        <translation>Nữ trong chuyến thăm</translation>
    </message>
    <message>
        <source>Visits men</source>
        <translation>Nam trong chuyến thăm</translation>
    </message>
    <message>
        <source>EIT women</source>
        <translation>Nữ trong EIT</translation>
    </message>
    <message>
        <source>EIT men</source>
        <translation>Nam trong EIT</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Báo cáo %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>Enterprise progress report</source>
        <translation>Báo cáo tiến độ doanh nghiệp</translation>
    </message>
    <message>
        <source>%1 permanent, %2 temporary</source>
        <translation>%1 chính thức, %2 tạm thời</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <source>Supply-chain tier</source>
        <translation>Cấp trong chuỗi cung ứng</translation>
    </message>
    <message>
        <source>Main buyers</source>
        <translation>Khách mua hàng chính</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Ngày tham gia</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Tư vấn viên</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Chuyến thăm gần nhất</translation>
    </message>
    <message>
        <source>Enterprise Improvement Team</source>
        <translation>Nhóm cải tiến doanh nghiệp (EIT)</translation>
    </message>
    <message>
        <source>The team is balanced: both sides, both genders and temporary staff are represented.</source>
        <translation>Nhóm cân bằng: có đại diện của cả hai bên, cả hai giới và lao động tạm thời.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Role in the EIT</source>
        <translation>Vai trò trong EIT</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Bên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Hình thức lao động</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Progress by module</source>
        <translation>Tiến độ theo mô-đun</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Chuyến thăm đầu tiên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Checklist scores over time, by module</source>
        <translation>Điểm bảng kiểm theo thời gian, theo mô-đun</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>Mô-đun %1: %2</translation>
    </message>
    <message>
        <source>%1 visits from %2 to %3; %4.</source>
        <translation>%1 chuyến thăm từ %2 đến %3; %4.</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Báo cáo tiến độ: %1</translation>
    </message>
    <message>
        <source>(reviewed by %1)</source>
        <translation>(được xem xét bởi %1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>EIT met</source>
        <translation>EIT đã họp</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Checklist scores</source>
        <translation>Điểm bảng kiểm</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 ngày %2: %3</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Overall score (0–100)</source>
        <translation>Điểm tổng (0–100)</translation>
    </message>
    <message>
        <source>%1: first and latest checklist, by section</source>
        <translation>%1: bảng kiểm đầu tiên và gần nhất, theo phần</translation>
    </message>
    <message>
        <source>First (%1)</source>
        <translation>Đầu tiên (%1)</translation>
    </message>
    <message>
        <source>Latest (%1)</source>
        <translation>Gần nhất (%1)</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Hành động cải tiến</translation>
    </message>
    <message>
        <source>%1 open (%2 overdue), %3 done, %4 dropped.</source>
        <translation>%1 đang mở (%2 quá hạn), %3 đã xong, %4 đã hủy bỏ.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Ngày hạn</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Hoàn thành ngày</translation>
    </message>
    <message>
        <source>No improvement actions in this module.</source>
        <translation>Mô-đun này không có hành động cải tiến nào.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, quá hạn</translation>
    </message>
    <message>
        <source>Baseline: the mean of the baseline readings. Improvement is against the baseline and positive when the KPI moved in its direction of better; a zero baseline has no percentage.</source>
        <translation>Cơ sở ban đầu: trung bình các số đo cơ sở ban đầu. Mức cải thiện được tính so với cơ sở ban đầu và mang giá trị dương khi KPI thay đổi theo hướng tốt hơn; cơ sở ban đầu bằng không thì không có tỷ lệ phần trăm.</translation>
    </message>
    <message>
        <source>Improvement of each KPI against its baseline</source>
        <translation>Mức cải thiện của từng KPI so với cơ sở ban đầu</translation>
    </message>
    <message>
        <source>KPI trends</source>
        <translation>Xu hướng KPI</translation>
    </message>
    <message>
        <source>Monthly readings; the dashed red line is the baseline.</source>
        <translation>Số đo hằng tháng; đường đứt nét màu đỏ là mức cơ sở ban đầu.</translation>
    </message>
    <message>
        <source>Improvement actions in total</source>
        <translation>Tổng số hành động cải tiến</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Đã hủy bỏ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Estimated savings per year</source>
        <translation>Tiết kiệm ước tính mỗi năm</translation>
    </message>
    <message>
        <source>SCORE Desk · generated on %1</source>
        <translation>SCORE Desk · tạo ngày %1</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>thấp hơn</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>cao hơn</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Mức cải thiện</translation>
    </message>
    <message>
        <source>No KPI readings yet.</source>
        <translation>Chưa có số đo KPI nào.</translation>
    </message>
    <message>
        <source>n/a (zero baseline)</source>
        <translation>không có (cơ sở ban đầu bằng không)</translation>
    </message>
    <message>
        <source>%1 (%2 women, %3 men)</source>
        <translation>%1 (%2 nữ, %3 nam)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Bảng kiểm</translation>
    </message>
    <message>
        <source>No checklist of this module has been assessed yet.</source>
        <translation>Chưa có bảng kiểm nào của mô-đun này được đánh giá.</translation>
    </message>
    <message>
        <source>No checklist was taken during this visit; this is the module&apos;s latest assessment before it.</source>
        <translation>Không thực hiện bảng kiểm nào trong chuyến thăm này; đây là đánh giá gần nhất của mô-đun trước chuyến thăm.</translation>
    </message>
    <message>
        <source>%1 (version %2), assessed on %3: %4 of %5 items answered.</source>
        <translation>%1 (phiên bản %2), đánh giá ngày %3: đã trả lời %4 / %5 mục.</translation>
    </message>
    <message>
        <source>Compared with the previous assessment of %1 (%2).</source>
        <translation>So sánh với đánh giá trước đó ngày %1 (%2).</translation>
    </message>
    <message>
        <source>This is the first assessment of the module: there is nothing to compare with yet.</source>
        <translation>Đây là đánh giá đầu tiên của mô-đun: chưa có gì để so sánh.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước đó</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>Chuyến thăm này</translation>
    </message>
    <message>
        <source>Section scores against the previous assessment</source>
        <translation>Điểm từng phần so với đánh giá trước đó</translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation>Trước đó (%1)</translation>
    </message>
    <message>
        <source>This visit (%1)</source>
        <translation>Chuyến thăm này (%1)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>No findings were recorded during this visit.</source>
        <translation>Không ghi nhận phát hiện nào trong chuyến thăm này.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Mức độ nghiêm trọng: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Khu vực: %1</translation>
    </message>
    <message>
        <source>Checklist item %1</source>
        <translation>Mục bảng kiểm %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>No actions were agreed during this visit.</source>
        <translation>Không có hành động nào được thống nhất trong chuyến thăm này.</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Báo cáo chuyến thăm</translation>
    </message>
    <message>
        <source>managers: %1, workers: %2</source>
        <translation>quản lý: %1, công nhân: %2</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Loại chuyến thăm</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Projects reviewed</source>
        <translation>Số dự án đã xem xét</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Chuyến thăm tiếp theo</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Quan sát</translation>
    </message>
    <message>
        <source>KPI snapshot</source>
        <translation>Tình hình KPI</translation>
    </message>
    <message>
        <source>The KPIs of the module as they stood in %1; improvement is against the baseline, positive when better.</source>
        <translation>Các KPI của mô-đun tại thời điểm %1; mức cải thiện được tính so với cơ sở ban đầu, mang giá trị dương khi tốt hơn.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Quản lý doanh nghiệp</translation>
    </message>
    <message>
        <source>The team is balanced: both sides and both genders are represented.</source>
        <translation>Nhóm đã cân bằng: có đại diện của cả hai bên và cả hai giới.</translation>
    </message>
</context>
<context>
    <name>score::ReportFormats</name>
    <message>
        <source>There is no &quot;%1&quot; report; choose visit, enterprise or cohort.</source>
        <translation>Không có báo cáo &quot;%1&quot;; hãy chọn visit, enterprise hoặc cohort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report format; choose pdf, xlsx or csv.</source>
        <translation>&quot;%1&quot; không phải là định dạng báo cáo; hãy chọn pdf, xlsx hoặc csv.</translation>
    </message>
    <message>
        <source>The %1 report exists as PDF only, not as %2; the cohort report also comes as XLSX and CSV.</source>
        <translation>Báo cáo %1 chỉ có dạng PDF, không có dạng %2; báo cáo nhóm doanh nghiệp có thêm dạng XLSX và CSV.</translation>
    </message>
</context>
<context>
    <name>score::ReportGenerator</name>
    <message>
        <source>Unknown report.</source>
        <translation>Báo cáo không xác định.</translation>
    </message>
    <message>
        <source>Visit %1 %2</source>
        <translation>Chuyến thăm %1 %2</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>Tiến độ %1 %2</translation>
    </message>
    <message>
        <source>Cohort %1 %2</source>
        <translation>Nhóm doanh nghiệp %1 %2</translation>
    </message>
</context>
<context>
    <name>score::ReportLayout</name>
    <message>
        <source>The photo has not reached this workspace yet.</source>
        <translation>Ảnh này chưa được chuyển tới không gian làm việc này.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Đã ký ngày %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
</context>
<context>
    <name>score::ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Xem trước báo cáo</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Vừa chiều rộng</translation>
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
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Lưu…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Báo cáo chuyến thăm</translation>
    </message>
    <message>
        <source>Enterprise progress report</source>
        <translation>Báo cáo tiến độ doanh nghiệp</translation>
    </message>
    <message>
        <source>Cohort report</source>
        <translation>Báo cáo nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>Subject of the report</source>
        <translation>Đối tượng của báo cáo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation>&amp;Của:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>The %1 file holds the cohort&apos;s tables (one sheet per topic in XLSX); the preview shows them as PDF pages.</source>
        <translation>Tệp %1 chứa các bảng của nhóm doanh nghiệp (mỗi chủ đề một trang tính trong XLSX); bản xem trước hiển thị chúng dưới dạng các trang PDF.</translation>
    </message>
    <message>
        <source>The workspace changed; choose Refresh to update the report.</source>
        <translation>Không gian làm việc đã thay đổi; hãy chọn Làm mới để cập nhật báo cáo.</translation>
    </message>
    <message>
        <source>Choose a report; its pages appear here.</source>
        <translation>Hãy chọn một báo cáo; các trang của báo cáo sẽ hiện ở đây.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n enterprise(s))</source>
        <translation>
            <numerusform>%1 (%n doanh nghiệp)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Sổ làm việc Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Bảng CSV</translation>
    </message>
    <message>
        <source>Choose an enterprise with visits to make a visit report.</source>
        <translation>Hãy chọn một doanh nghiệp đã có chuyến thăm để lập báo cáo chuyến thăm.</translation>
    </message>
    <message>
        <source>There is nothing to report on yet.</source>
        <translation>Chưa có gì để báo cáo.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Reading the report&apos;s data…</source>
        <translation>Đang đọc dữ liệu của báo cáo…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>Thu &amp;phóng:</translation>
    </message>
</context>
<context>
    <name>score::ReturnActionDialog</name>
    <message>
        <source>Return the action</source>
        <translation>Trả lại hành động</translation>
    </message>
    <message>
        <source>What should change in “%1” before you approve it?</source>
        <translation>Cần thay đổi gì ở “%1” trước khi bạn phê duyệt?</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Lý do trả lại</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Trả lại</translation>
    </message>
    <message>
        <source>Send the action back with this reason (Ctrl+Enter)</source>
        <translation>Gửi trả hành động kèm lý do này (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Say what should change before returning the action.</source>
        <translation>Hãy nêu những gì cần thay đổi trước khi trả lại hành động.</translation>
    </message>
</context>
<context>
    <name>score::Role</name>
    <message>
        <source>Counsellor</source>
        <translation>Tư vấn viên</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Quản lý doanh nghiệp</translation>
    </message>
    <message>
        <source>Trainer / programme staff</source>
        <translation>Giảng viên / cán bộ chương trình</translation>
    </message>
</context>
<context>
    <name>score::SheetErrors</name>
    <message>
        <source>%1 is not a spreadsheet SCORE Desk can read: %2.</source>
        <extracomment>%1 is a file name, %2 what is wrong with it (a clause, e.g. &quot;it is empty&quot;).</extracomment>
        <translation>%1 không phải là bảng tính mà SCORE Desk đọc được: %2.</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>tệp lớn hơn %1</translation>
    </message>
    <message>
        <source>it holds more than %L1 parts</source>
        <translation>tệp chứa hơn %L1 phần</translation>
    </message>
    <message>
        <source>it has more than %L1 cells</source>
        <translation>tệp có hơn %L1 ô</translation>
    </message>
    <message>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Không có tệp nào tại %1.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đó là một thư mục</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <extracomment>%1 is a file name, %2 why it cannot be written (a clause).</extracomment>
        <translation>Không thể ghi %1: %2.</translation>
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
        <translation>%1, dòng %2: %3</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, dòng %2, cột %3: %4</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>SCORE Desk cannot tell what this sheet lists; name it Cohorts, Enterprises or People.</source>
        <translation>SCORE Desk không biết trang tính này liệt kê gì; hãy đặt tên là Cohorts, Enterprises hoặc People.</translation>
    </message>
    <message>
        <source>“%1” is not a column SCORE Desk knows for %2; the columns are id, %3.</source>
        <translation>“%1” không phải là cột SCORE Desk biết cho %2; các cột là id, %3.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>Cột “%1” xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>The sheet needs a “name” or an “id” column.</source>
        <translation>Trang tính cần có cột “name” hoặc “id”.</translation>
    </message>
    <message>
        <source>“%1” is not a SCORE Desk id; leave the id empty for a new record.</source>
        <translation>“%1” không phải là mã SCORE Desk; hãy để trống mã cho bản ghi mới.</translation>
    </message>
    <message>
        <source>%1 %2 are called “%3”; write the id of the one this row is about.</source>
        <translation>Có %1 %2 cùng tên “%3”; hãy ghi mã của bản ghi mà dòng này nói đến.</translation>
    </message>
    <message>
        <source>This %1 is in the recycle bin; restore it, or clear its id to add it again.</source>
        <translation>%1 này đang ở trong thùng rác; hãy khôi phục, hoặc xóa mã để thêm lại.</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>Đã bỏ %1</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>Đã thêm %1</translation>
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
        <translation>Không thể mở %1: %2.</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls) or one protected with a password, which SCORE Desk cannot read: save it as .xlsx without a password, or as CSV.</source>
        <translation>%1 là sổ làm việc Excel kiểu cũ (.xls) hoặc được bảo vệ bằng mật khẩu, SCORE Desk không đọc được: hãy lưu lại dưới dạng .xlsx không có mật khẩu, hoặc dạng CSV.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Không thể đọc %1: %2.</translation>
    </message>
</context>
<context>
    <name>score::SheetImportDialog</name>
    <message>
        <source>What the import does</source>
        <translation>Việc nhập sẽ làm gì</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Đọc lại</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) or row(s) cannot be imported; nothing is imported until they are corrected in the file. Correct them, save the file and choose Read again.</source>
        <translation>
            <numerusform>Không thể nhập %n ô hoặc dòng; sẽ không có gì được nhập cho đến khi chúng được sửa trong tệp. Hãy sửa, lưu tệp rồi chọn Đọc lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace already holds everything in this file (%n row(s)); importing it changes nothing.</source>
        <translation>
            <numerusform>Không gian làm việc đã có mọi thứ trong tệp này (%n dòng); việc nhập sẽ không thay đổi gì.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing adds %1, changes %2 and leaves %3 as they are.</source>
        <translation>Việc nhập sẽ thêm %1, thay đổi %2 và giữ nguyên %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed. Edit ▸ Undo takes the whole import back.</source>
        <translation>Đã nhập: thêm %1, thay đổi %2. Sửa ▸ Hoàn tác sẽ hủy toàn bộ lần nhập này.</translation>
    </message>
</context>
<context>
    <name>score::SheetPreviewModel</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Điều sẽ xảy ra</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>score::SheetWriter</name>
    <message>
        <source>there is no sheet to write</source>
        <translation>không có trang tính nào để ghi</translation>
    </message>
</context>
<context>
    <name>score::SyncPrompter</name>
    <message>
        <source>This bundle would delete %1 of your %2 records (%3 %). They were deleted on “%4”.</source>
        <translation>Gói dữ liệu này sẽ xóa %1 trong số %2 bản ghi của bạn (%3%). Các bản ghi đó đã bị xóa trên “%4”.</translation>
    </message>
    <message>
        <source>This bundle says it comes from “%1” (%2), but it is signed with a different key than that device&apos;s earlier bundles.

Key known here:  %3
Key of this bundle:  %4

This happens when SCORE Desk was reinstalled on that device — or when someone forged the bundle to slip changes into your work.</source>
        <translation>Gói dữ liệu này tự nhận là đến từ “%1” (%2), nhưng được ký bằng một khóa khác với các gói dữ liệu trước đây của thiết bị đó.

Khóa đã biết ở đây:  %3
Khóa của gói dữ liệu này:  %4

Điều này xảy ra khi SCORE Desk được cài đặt lại trên thiết bị đó — hoặc khi ai đó giả mạo gói dữ liệu để lén đưa thay đổi vào công việc của bạn.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>SCORE Desk bundles (*.scorebundle);;All files (*)</source>
        <translation>Gói dữ liệu SCORE Desk (*.scorebundle);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>SCORE Desk bundles (*.scorebundle)</source>
        <translation>Gói dữ liệu SCORE Desk (*.scorebundle)</translation>
    </message>
    <message>
        <source>Protected bundle</source>
        <translation>Gói dữ liệu được bảo vệ</translation>
    </message>
    <message>
        <source>“%1” is protected by a passphrase.
Ask its sender for the passphrase and enter it here:</source>
        <translation>“%1” được bảo vệ bằng cụm mật khẩu.
Hãy hỏi người gửi cụm mật khẩu và nhập vào đây:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>This bundle may be forged</source>
        <translation>Gói dữ liệu này có thể bị giả mạo</translation>
    </message>
    <message>
        <source>Call the sender or meet them, and ask them to read you the key fingerprint shown in Sync ▸ Devices on their computer. Import only if it matches the key of this bundle.</source>
        <translation>Hãy gọi điện hoặc gặp người gửi, và nhờ họ đọc cho bạn dấu vân tay khóa hiển thị trong Đồng bộ ▸ Thiết bị trên máy tính của họ. Chỉ nhập nếu dấu vân tay khớp với khóa của gói dữ liệu này.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>Trust the new key and continue</source>
        <translation>Tin cậy khóa mới và tiếp tục</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the sender, and it matches</source>
        <translation>Tôi đã đối chiếu dấu vân tay với người gửi, và dấu vân tay khớp</translation>
    </message>
    <message>
        <source>Many records would be deleted</source>
        <translation>Nhiều bản ghi sẽ bị xóa</translation>
    </message>
    <message>
        <source>If that was intended (a cohort closed, a clean-up), continue: you will see the details before anything is written, and deleted records stay in the recycle bin. If not, don&apos;t import, and ask the sender what happened.</source>
        <translation>Nếu đó là chủ ý (một nhóm doanh nghiệp đã kết thúc, một đợt dọn dẹp), hãy tiếp tục: bạn sẽ thấy chi tiết trước khi có gì được ghi, và các bản ghi đã xóa vẫn nằm trong thùng rác. Nếu không, đừng nhập, và hãy hỏi người gửi chuyện gì đã xảy ra.</translation>
    </message>
    <message>
        <source>Continue to the preview</source>
        <translation>Tiếp tục đến bản xem trước</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Bring this workspace back to how it was on %1 at %2 (%3)?</source>
        <translation>Đưa không gian làm việc này trở lại trạng thái ngày %1 lúc %2 (%3)?</translation>
    </message>
    <message>
        <source>Everything that changed since then, here or by imports, disappears from this workspace.

Your work as it is now is first saved as another backup, so you can come back to it.

After the restore, this computer continues as a new device, with a new key: colleagues will see it as a new device, and changes from here that already reached them come back with their next bundle. Undo history is cleared.</source>
        <translation>Mọi thứ đã thay đổi kể từ đó, ở đây hoặc do các lần nhập, sẽ biến mất khỏi không gian làm việc này.

Công việc hiện tại của bạn trước tiên sẽ được lưu thành một bản sao lưu khác, để bạn có thể quay lại.

Sau khi khôi phục, máy tính này tiếp tục hoạt động như một thiết bị mới, với khóa mới: đồng nghiệp sẽ thấy đây là một thiết bị mới, và các thay đổi từ đây đã đến với họ sẽ quay lại cùng gói dữ liệu tiếp theo của họ. Lịch sử hoàn tác sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>This bundle would delete %1 records, and the bundles from “%2” imported in the last 24 hours (%3 of them) deleted %4: together %5 of the %6 records you had before them (%7 %).</source>
        <translation>Gói dữ liệu này sẽ xóa %1 bản ghi, và các gói dữ liệu từ “%2” được nhập trong 24 giờ qua (%3 gói) đã xóa %4: tổng cộng %5 trong số %6 bản ghi bạn có trước các gói đó (%7 %).</translation>
    </message>
</context>
<context>
    <name>score::SyncState</name>
    <message>
        <source>&quot;%1&quot; matches several devices; give more of the device id.</source>
        <translation>&quot;%1&quot; khớp với nhiều thiết bị; hãy nhập thêm ký tự của mã thiết bị.</translation>
    </message>
    <message>
        <source>No bundle from a device &quot;%1&quot; has been imported here, so what it holds is unknown; export a full bundle instead.</source>
        <translation>Chưa nhập gói dữ liệu nào từ thiết bị &quot;%1&quot; vào đây, nên không biết thiết bị đó có những gì; hãy xuất gói dữ liệu đầy đủ.</translation>
    </message>
</context>
<context>
    <name>score::SyncTasks</name>
    <message>
        <source>Import a bundle</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Reading the bundle and working out what it would change…</source>
        <translation>Đang đọc gói dữ liệu và xác định những gì sẽ thay đổi…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Đang nhập gói dữ liệu…</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói dữ liệu…</translation>
    </message>
    <message>
        <source>Opening the protected bundle…</source>
        <translation>Đang mở gói dữ liệu được bảo vệ…</translation>
    </message>
    <message>
        <source>Opening the bundle was cancelled.</source>
        <translation>Đã hủy mở gói dữ liệu.</translation>
    </message>
</context>
<context>
    <name>score::SyncView</name>
    <message>
        <source>Sync sections</source>
        <translation>Các mục đồng bộ</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Trao đổi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Xung đột cần xem xét: %1</translation>
    </message>
    <message>
        <source>No conflicts to review</source>
        <translation>Không có xung đột cần xem xét</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
</context>
<context>
    <name>score::VisitActionModel</name>
    <message>
        <source>Approval: %1</source>
        <translation>Phê duyệt: %1</translation>
    </message>
    <message>
        <source>Action agreed</source>
        <translation>Hành động đã thống nhất</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>score::VisitListModel</name>
    <message>
        <source>Classroom</source>
        <translation>Trên lớp</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Cơ sở ban đầu</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Nhà máy</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Cuối</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nobody recorded as taking part.</source>
        <translation>Không ghi nhận người tham gia nào.</translation>
    </message>
    <message>
        <source>%1 women and %2 men took part (%3 % women).</source>
        <translation>%1 nữ và %2 nam đã tham gia (%3% nữ).</translation>
    </message>
    <message>
        <source>%1 women, %2 men</source>
        <translation>%1 nữ, %2 nam</translation>
    </message>
    <message>
        <source>Participants: women / men</source>
        <translation>Người tham gia: nữ / nam</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Tư vấn viên</translation>
    </message>
    <message>
        <source>W / M</source>
        <translation>Nữ / Nam</translation>
    </message>
</context>
<context>
    <name>score::VisitLogPanel</name>
    <message>
        <source>Visit log</source>
        <translation>Nhật ký chuyến thăm</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Chuyến thăm mới…</translation>
    </message>
    <message>
        <source>Record a new visit (%1)</source>
        <translation>Ghi một chuyến thăm mới (%1)</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Xóa chuyến thăm</translation>
    </message>
    <message>
        <source>Delete the selected visit with its findings and photos (Delete)</source>
        <translation>Xóa chuyến thăm đã chọn cùng các phát hiện và ảnh của nó (Delete)</translation>
    </message>
    <message>
        <source>No enterprise chosen</source>
        <translation>Chưa chọn doanh nghiệp</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n visit(s)</source>
        <translation>
            <numerusform>%1 · %n chuyến thăm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::VisitPhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Photos of the visit and its findings</source>
        <translation>Ảnh của chuyến thăm và các phát hiện</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Sửa chú thích</translation>
    </message>
    <message>
        <source>Edit the caption of the selected photo (F2)</source>
        <translation>Sửa chú thích của ảnh đã chọn (F2)</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <source>Remove the selected photo (Delete)</source>
        <translation>Xóa ảnh đã chọn (Delete)</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>Add to visit…</source>
        <translation>Thêm vào chuyến thăm…</translation>
    </message>
    <message>
        <source>Add photos or scanned documents to the visit (%1), or drop files on the strip. Select a finding first to add them to it.</source>
        <translation>Thêm ảnh hoặc tài liệu đã quét vào chuyến thăm (%1), hoặc kéo thả tệp vào dải ảnh. Hãy chọn một phát hiện trước để thêm vào phát hiện đó.</translation>
    </message>
    <message>
        <source>Add to finding…</source>
        <translation>Thêm vào phát hiện…</translation>
    </message>
    <message>
        <source>Add photos or scanned documents to the finding “%1” (%2), or drop files on the strip.</source>
        <translation>Thêm ảnh hoặc tài liệu đã quét vào phát hiện “%1” (%2), hoặc kéo thả tệp vào dải ảnh.</translation>
    </message>
    <message>
        <source>Choose or create a visit first.</source>
        <translation>Hãy chọn hoặc tạo một chuyến thăm trước.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>Thêm %n ảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo “%1”</source>
        <translation>Xóa ảnh “%1”</translation>
    </message>
    <message>
        <source>Photo removed; %1 brings it back.</source>
        <translation>Đã xóa ảnh; %1 để khôi phục.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf);;All files (*)</source>
        <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>score::VisitRecordPanel</name>
    <message>
        <source>Visit record</source>
        <translation>Biên bản chuyến thăm</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Counsellor signed on</source>
        <translation>Tư vấn viên ký ngày</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Manager signed on</source>
        <translation>Quản lý ký ngày</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>Họ tên quản lý</translation>
    </message>
    <message>
        <source>Participants in total</source>
        <translation>Tổng số người tham gia</translation>
    </message>
    <message>
        <source>Participants: none recorded yet.</source>
        <translation>Người tham gia: chưa ghi nhận.</translation>
    </message>
    <message>
        <source>Participants: %1 in total — women %2 (%3 %), men %4</source>
        <translation>Người tham gia: tổng cộng %1 — nữ %2 (%3%), nam %4</translation>
    </message>
    <message>
        <source>Participants: none</source>
        <translation>Người tham gia: không có</translation>
    </message>
    <message>
        <source> · managers %1, workers %2</source>
        <translation> · quản lý %1, công nhân %2</translation>
    </message>
    <message>
        <source> (a different total: %1)</source>
        <translation> (tổng số khác: %1)</translation>
    </message>
</context>
<context>
    <name>score::VisitReportData</name>
    <message>
        <source>There is no visit with the id %1 in this workspace.</source>
        <translation>Không có chuyến thăm nào có mã %1 trong không gian làm việc này.</translation>
    </message>
</context>
<context>
    <name>score::VisitView</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (phiên bản %2)</translation>
    </message>
    <message>
        <source>Choose the enterprise of the visit first.</source>
        <translation>Hãy chọn doanh nghiệp của chuyến thăm trước.</translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation>Hãy nhập ngày của chuyến thăm.</translation>
    </message>
    <message>
        <source>There is no checklist for this module on %1; choose another module or start the visit without an assessment.</source>
        <translation>Không có bảng kiểm cho mô-đun này vào ngày %1; hãy chọn mô-đun khác hoặc bắt đầu chuyến thăm mà không có đánh giá.</translation>
    </message>
    <message>
        <source>New %1 on %2</source>
        <translation>Thêm %1 ngày %2</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Bắt đầu bảng kiểm</translation>
    </message>
    <message>
        <source>Give the finding a title.</source>
        <translation>Hãy đặt tiêu đề cho phát hiện.</translation>
    </message>
    <message>
        <source>Add finding “%1”</source>
        <translation>Thêm phát hiện “%1”</translation>
    </message>
    <message>
        <source>Say what action was agreed.</source>
        <translation>Hãy nêu hành động đã được thống nhất.</translation>
    </message>
    <message>
        <source>Agree action “%1”</source>
        <translation>Thống nhất hành động “%1”</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Xóa chuyến thăm</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Chuyến thăm mới</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Phát hiện mới</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Thêm hành động</translation>
    </message>
    <message>
        <source>Choose an enterprise to see its visits.</source>
        <translation>Hãy chọn một doanh nghiệp để xem các chuyến thăm.</translation>
    </message>
    <message>
        <source>No visits to %1 yet.
Record the first with New visit… (%2).</source>
        <translation>Chưa có chuyến thăm nào tới %1.
Hãy ghi chuyến thăm đầu tiên bằng Chuyến thăm mới… (%2).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>counsellor %1</source>
        <translation>tư vấn viên %1</translation>
    </message>
    <message>
        <source>%1 checklist: %2</source>
        <translation>Bảng kiểm %1: %2</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>Delete the %1 of %2</source>
        <translation>Xóa %1 ngày %2</translation>
    </message>
    <message>
        <source>Choose an enterprise first, in the list of enterprises.</source>
        <translation>Hãy chọn một doanh nghiệp trước, trong danh sách doanh nghiệp.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n phát hiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>its checklist answers</source>
        <translation>các câu trả lời bảng kiểm của chuyến thăm</translation>
    </message>
    <message>
        <source>Delete the %1 of %2?</source>
        <translation>Xóa %1 ngày %2?</translation>
    </message>
    <message>
        <source>Delete the %1 of %2 with %3?</source>
        <translation>Xóa %1 ngày %2 cùng với %3?</translation>
    </message>
    <message numerus="yes">
        <source>The %n action(s) agreed stay in the improvement plan.</source>
        <translation>
            <numerusform>%n hành động đã thống nhất vẫn được giữ trong kế hoạch cải tiến.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Edit ▸ Undo) brings it back.</source>
        <translation>%1 (Sửa ▸ Hoàn tác) để khôi phục.</translation>
    </message>
</context>
<context>
    <name>score::WelcomeDialog</name>
    <message>
        <source>Welcome to SCORE Desk</source>
        <translation>Chào mừng bạn đến với SCORE Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SCORE Desk&lt;/h2&gt;&lt;p&gt;Factory visits, checklists, improvement plans and KPIs for the ILO SCORE programme — on your laptop, with or without a network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SCORE Desk&lt;/h2&gt;&lt;p&gt;Chuyến thăm nhà máy, bảng kiểm, kế hoạch cải tiến và KPI cho chương trình SCORE của ILO — ngay trên máy tính xách tay của bạn, có hoặc không có mạng.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Mở không gian làm việc mẫu</translation>
    </message>
    <message>
        <source>A cohort of twelve enterprises with a year of visits, checklists, plans and KPIs.</source>
        <translation>Một nhóm gồm mười hai doanh nghiệp với một năm dữ liệu chuyến thăm, bảng kiểm, kế hoạch và KPI.</translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation>Tạo không gian làm việc mới</translation>
    </message>
    <message>
        <source>Start your own: your device gets its identity and the SCORE content.</source>
        <translation>Bắt đầu không gian làm việc của riêng bạn: thiết bị của bạn sẽ nhận danh tính riêng và nội dung SCORE.</translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation>Mở tệp không gian làm việc…</translation>
    </message>
    <message>
        <source>A .scoredesk file on this computer or a USB stick.</source>
        <translation>Tệp .scoredesk trên máy tính này hoặc trên USB.</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Không gian làm việc gần đây:</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Không gian làm việc gần đây</translation>
    </message>
</context>
<context>
    <name>score::Workspace</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Không thể đọc %1 (%2).</translation>
    </message>
    <message>
        <source>%1 has no device identity; it is damaged or not a SCORE Desk workspace.</source>
        <translation>%1 không có danh tính thiết bị; tệp bị hỏng hoặc không phải là không gian làm việc SCORE Desk.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it instead.</source>
        <translation>%1 đã tồn tại; hãy chọn tên khác hoặc mở tệp đó.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Không thể khởi động thư viện mã hóa.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>Không thể tạo %1: %2</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Không có không gian làm việc tại %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 là một thư mục, không phải tệp không gian làm việc.</translation>
    </message>
    <message>
        <source>%1 is not a SCORE Desk workspace.</source>
        <translation>%1 không phải là không gian làm việc SCORE Desk.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Copy the workspace to a writable folder and open the copy.</source>
        <translation>Không thể ghi %1: tệp hoặc thư mục chứa tệp chỉ cho phép đọc. Hãy sao chép không gian làm việc sang một thư mục có thể ghi và mở bản sao đó.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Không thể mở %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a SCORE Desk workspace (%2)</source>
        <translation>%1 không phải là không gian làm việc SCORE Desk (%2)</translation>
    </message>
    <message>
        <source>%1 is a database, but not a SCORE Desk workspace.</source>
        <translation>%1 là một cơ sở dữ liệu, nhưng không phải là không gian làm việc SCORE Desk.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer SCORE Desk (workspace version %2; this one reads up to %3). Update SCORE Desk to open it.</source>
        <translation>%1 được lưu bởi SCORE Desk mới hơn (phiên bản không gian làm việc %2; phiên bản này chỉ đọc được đến %3). Hãy cập nhật SCORE Desk để mở.</translation>
    </message>
    <message>
        <source>%1 needs to be upgraded before it can be read; open it for writing once.</source>
        <translation>%1 cần được nâng cấp trước khi có thể đọc; hãy mở ở chế độ ghi một lần.</translation>
    </message>
    <message>
        <source>%1 was not upgraded because its backup failed: %2</source>
        <translation>%1 chưa được nâng cấp vì sao lưu thất bại: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded; it is unchanged and a backup is in %2. (%3)</source>
        <translation>Không thể nâng cấp %1; tệp không thay đổi và có một bản sao lưu tại %2. (%3)</translation>
    </message>
    <message>
        <source>This workspace is open read-only; changes cannot be saved.</source>
        <translation>Không gian làm việc này đang mở ở chế độ chỉ đọc; không thể lưu thay đổi.</translation>
    </message>
</context>
<context>
    <name>score::WorkspaceCheck</name>
    <message>
        <source>… and more problems; fix these first.</source>
        <translation>… và còn các vấn đề khác; hãy khắc phục các vấn đề này trước.</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Tính toàn vẹn SQLite: %1</translation>
    </message>
    <message>
        <source>%1 (row %2) refers to a missing %3.</source>
        <translation>%1 (dòng %2) tham chiếu tới %3 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 has a malformed id.</source>
        <translation>%1 có mã sai định dạng.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 carries a change stamp ahead of this device&apos;s clock.</source>
        <translation>%1 mang dấu thay đổi vượt quá đồng hồ của thiết bị này.</translation>
    </message>
    <message>
        <source>%1: its version vector does not cover its own changes.</source>
        <translation>%1: vector phiên bản không bao gồm các thay đổi của chính nó.</translation>
    </message>
    <message>
        <source>%1: its id does not match its assessment and item.</source>
        <translation>%1: mã không khớp với đánh giá và mục của nó.</translation>
    </message>
    <message>
        <source>%1: its item key does not match the checklist item.</source>
        <translation>%1: khóa mục không khớp với mục bảng kiểm.</translation>
    </message>
    <message>
        <source>%1 answers an item of another template than its assessment&apos;s.</source>
        <translation>%1 trả lời một mục thuộc mẫu khác với mẫu của đánh giá.</translation>
    </message>
    <message>
        <source>%1: its id does not match its enterprise, KPI and period.</source>
        <translation>%1: mã không khớp với doanh nghiệp, KPI và kỳ của nó.</translation>
    </message>
    <message>
        <source>%1: its id does not match its enterprise and person.</source>
        <translation>%1: mã không khớp với doanh nghiệp và người của nó.</translation>
    </message>
    <message>
        <source>%1 belongs to a %2 that does not exist.</source>
        <translation>%1 thuộc về một %2 không tồn tại.</translation>
    </message>
    <message>
        <source>Attachment content %1 is damaged (its hash no longer matches).</source>
        <translation>Nội dung tệp đính kèm %1 bị hỏng (mã băm không còn khớp).</translation>
    </message>
    <message>
        <source>Attachment content %1 is missing.</source>
        <translation>Thiếu nội dung tệp đính kèm %1.</translation>
    </message>
    <message>
        <source>The workspace has no single device identity.</source>
        <translation>Không gian làm việc không có một danh tính thiết bị duy nhất.</translation>
    </message>
</context>
<context>
    <name>score::WorkspaceRestore</name>
    <message>
        <source>A restore cannot start while changes are being saved.</source>
        <translation>Không thể bắt đầu khôi phục khi đang lưu thay đổi.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Không thể khôi phục bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Nothing was restored because the current state could not be backed up first: %1</source>
        <translation>Chưa khôi phục gì vì không thể sao lưu trạng thái hiện tại trước: %1</translation>
    </message>
    <message>
        <source>The backup could not be restored; the workspace is as it was. (%1)</source>
        <translation>Không thể khôi phục bản sao lưu; không gian làm việc vẫn như cũ. (%1)</translation>
    </message>
</context>
<context>
    <name>score::XlsxOutputFile</name>
    <message>
        <source>what was written does not read back whole; is the disk full?</source>
        <translation>nội dung đã ghi không đọc lại được đầy đủ; ổ đĩa đã đầy?</translation>
    </message>
    <message>
        <source>a cell holds more than 32,767 characters, which Excel does not allow</source>
        <translation>một ô chứa hơn 32.767 ký tự, điều mà Excel không cho phép</translation>
    </message>
    <message>
        <source>a sheet has more rows or columns than Excel allows</source>
        <translation>một trang tính có nhiều hàng hoặc cột hơn mức Excel cho phép</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>không đủ bộ nhớ</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written to (%1)</source>
        <translation>ổ đĩa đã đầy hoặc không ghi được (%1)</translation>
    </message>
    <message>
        <source>no temporary name is free beside it</source>
        <translation>không còn tên tạm nào trống bên cạnh tệp</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>không thể chuyển tệp đã hoàn tất vào vị trí</translation>
    </message>
</context>
<context>
    <name>score::XlsxPackage</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Không thể mở %1.</translation>
    </message>
    <message>
        <source>it is damaged (its ZIP structure is broken or cut short)</source>
        <translation>tệp bị hỏng (cấu trúc ZIP bị hỏng hoặc bị cắt ngắn)</translation>
    </message>
    <message>
        <source>it is protected with a password</source>
        <translation>tệp được bảo vệ bằng mật khẩu</translation>
    </message>
    <message>
        <source>its part %1 is larger than %2 once unpacked</source>
        <translation>phần %1 của tệp lớn hơn %2 khi giải nén</translation>
    </message>
    <message>
        <source>its parts add up to more than %1 once unpacked</source>
        <translation>các phần của tệp cộng lại lớn hơn %1 khi giải nén</translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation>phần %1 của tệp bị hỏng</translation>
    </message>
    <message>
        <source>its part %1 is missing</source>
        <translation>thiếu phần %1 của tệp</translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML (line %2)</source>
        <translation>phần %1 của tệp không phải là XML hợp lệ (dòng %2)</translation>
    </message>
    <message>
        <source>its part %1 declares a document type (DTD), which workbooks never do</source>
        <translation>phần %1 của tệp khai báo một kiểu tài liệu (DTD), điều mà sổ làm việc không bao giờ có</translation>
    </message>
    <message>
        <source>its part %1 is cut short</source>
        <translation>phần %1 của tệp bị cắt ngắn</translation>
    </message>
</context>
<context>
    <name>score::XlsxReportWriter</name>
    <message>
        <source>Cohort report: %1</source>
        <translation>Báo cáo nhóm doanh nghiệp: %1</translation>
    </message>
</context>
<context>
    <name>score::XlsxSharedStrings</name>
    <message>
        <source>a text in it is longer than %L1 characters</source>
        <translation>một đoạn văn bản trong tệp dài hơn %L1 ký tự</translation>
    </message>
</context>
<context>
    <name>score::XlsxWorkbook</name>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods), which SCORE Desk cannot read: save it as .xlsx or CSV.</source>
        <translation>%1 là bảng tính OpenDocument (.ods), SCORE Desk không đọc được: hãy lưu lại dưới dạng .xlsx hoặc CSV.</translation>
    </message>
    <message>
        <source>%1 is an Excel binary workbook (.xlsb), which SCORE Desk cannot read: save it as .xlsx or CSV.</source>
        <translation>%1 là sổ làm việc nhị phân của Excel (.xlsb), SCORE Desk không đọc được: hãy lưu lại dưới dạng .xlsx hoặc CSV.</translation>
    </message>
    <message>
        <source>it is a ZIP archive without an Excel workbook in it</source>
        <translation>đó là tệp nén ZIP không chứa sổ làm việc Excel nào</translation>
    </message>
    <message>
        <source>it has more than %L1 sheets</source>
        <translation>tệp có hơn %L1 trang tính</translation>
    </message>
    <message>
        <source>its workbook lists no sheets</source>
        <translation>sổ làm việc của tệp không có trang tính nào</translation>
    </message>
</context>
<context>
    <name>score::XlsxWorksheet</name>
    <message>
        <source>cell %1 of sheet %2 holds more than %L3 characters</source>
        <translation>ô %1 của trang tính %2 chứa hơn %L3 ký tự</translation>
    </message>
    <message>
        <source>sheet %1 has a row numbered &quot;%2&quot;</source>
        <translation>trang tính %1 có một hàng được đánh số &quot;%2&quot;</translation>
    </message>
    <message>
        <source>sheet %1 has more than %L2 rows</source>
        <translation>trang tính %1 có hơn %L2 hàng</translation>
    </message>
    <message>
        <source>sheet %1 has a cell with the reference &quot;%2&quot;</source>
        <translation>trang tính %1 có một ô với tham chiếu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>sheet %1 has a cell beyond column %2</source>
        <translation>trang tính %1 có một ô nằm ngoài cột %2</translation>
    </message>
    <message>
        <source>cell %1 of sheet %2 refers to a text that is not in the file</source>
        <translation>ô %1 của trang tính %2 tham chiếu đến một đoạn văn bản không có trong tệp</translation>
    </message>
    <message>
        <source>its sheet %1 is missing</source>
        <translation>thiếu trang tính %1 của tệp</translation>
    </message>
</context>
<context>
    <name>score::ZipArchive</name>
    <message>
        <source>The bundle file cannot be created (%1).</source>
        <translation>Không thể tạo tệp gói dữ liệu (%1).</translation>
    </message>
    <message>
        <source>The bundle could not be written (%1).</source>
        <translation>Không thể ghi gói dữ liệu (%1).</translation>
    </message>
    <message>
        <source>The bundle could not be written; is the disk full? (%1)</source>
        <translation>Không thể ghi gói dữ liệu; ổ đĩa đã đầy? (%1)</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk bundle.</source>
        <translation>Tệp này không phải là gói dữ liệu SCORE Desk.</translation>
    </message>
    <message>
        <source>The bundle is damaged (its archive structure is broken).</source>
        <translation>Gói dữ liệu bị hỏng (cấu trúc tệp nén bị lỗi).</translation>
    </message>
    <message>
        <source>The bundle cannot be read (%1).</source>
        <translation>Không thể đọc gói dữ liệu (%1).</translation>
    </message>
    <message>
        <source>The bundle has too many files (%1) to be a SCORE Desk bundle.</source>
        <translation>Gói dữ liệu có quá nhiều tệp (%1) để là một gói dữ liệu SCORE Desk.</translation>
    </message>
    <message>
        <source>The bundle is damaged (an entry cannot be read).</source>
        <translation>Gói dữ liệu bị hỏng (không đọc được một mục).</translation>
    </message>
    <message>
        <source>The bundle is damaged (an entry has no valid size).</source>
        <translation>Gói dữ liệu bị hỏng (một mục không có kích thước hợp lệ).</translation>
    </message>
    <message>
        <source>The bundle is damaged (%1 cannot be opened).</source>
        <translation>Gói dữ liệu bị hỏng (không mở được %1).</translation>
    </message>
    <message>
        <source>The bundle is damaged (%1: %2).</source>
        <translation>Gói dữ liệu bị hỏng (%1: %2).</translation>
    </message>
    <message>
        <source>The bundle is damaged or hostile: %1 is larger than it claims or allowed.</source>
        <translation>Gói dữ liệu bị hỏng hoặc có dấu hiệu độc hại: %1 lớn hơn kích thước khai báo hoặc mức cho phép.</translation>
    </message>
    <message>
        <source>The bundle is damaged: %1 is shorter than it claims.</source>
        <translation>Gói dữ liệu bị hỏng: %1 ngắn hơn kích thước khai báo.</translation>
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
        <translation>Thu phóng</translation>
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
        <translation>Hãy chọn một doanh nghiệp trước.</translation>
    </message>
    <message>
        <source>There is no %1 checklist in force on %2.</source>
        <translation>Không có bảng kiểm %1 nào có hiệu lực vào ngày %2.</translation>
    </message>
    <message>
        <source>New %1 assessment (%2)</source>
        <translation>Đánh giá %1 mới (%2)</translation>
    </message>
</context>
<context>
    <name>score::cli</name>
    <message>
        <source>Say which report: visit, enterprise or cohort.</source>
        <translation>Hãy chọn loại báo cáo: visit, enterprise hoặc cohort.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>Cần có --out TỆP.</translation>
    </message>
    <message>
        <source>--format is required: pdf, xlsx or csv.</source>
        <translation>Cần có --format: pdf, xlsx hoặc csv.</translation>
    </message>
    <message>
        <source>--%1 does not apply to the %2 report; it takes --%3 ID.</source>
        <translation>--%1 không áp dụng cho báo cáo %2; báo cáo này cần --%3 ID.</translation>
    </message>
    <message>
        <source>The %1 report needs --%2 ID (see &apos;scorectl list %2s&apos;).</source>
        <translation>Báo cáo %1 cần --%2 ID (xem &apos;scorectl list %2s&apos;).</translation>
    </message>
    <message>
        <source>Wrote the %1 report to %2 in %3 s.</source>
        <translation>Đã ghi báo cáo %1 vào %2 trong %3 giây.</translation>
    </message>
    <message>
        <source>Write the visit, enterprise or cohort report as PDF (cohort also XLSX, CSV).</source>
        <translation>Ghi báo cáo chuyến thăm, doanh nghiệp hoặc nhóm doanh nghiệp dưới dạng PDF (báo cáo nhóm doanh nghiệp có thêm XLSX, CSV).</translation>
    </message>
    <message>
        <source>visit, enterprise or cohort</source>
        <translation>visit, enterprise hoặc cohort</translation>
    </message>
    <message>
        <source>The visit of a visit report.</source>
        <translation>Chuyến thăm của báo cáo chuyến thăm.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The enterprise of an enterprise progress report.</source>
        <translation>Doanh nghiệp của báo cáo tiến độ doanh nghiệp.</translation>
    </message>
    <message>
        <source>The cohort of a cohort report.</source>
        <translation>Nhóm doanh nghiệp của báo cáo nhóm doanh nghiệp.</translation>
    </message>
    <message>
        <source>pdf, xlsx or csv (default: from the --out suffix).</source>
        <translation>pdf, xlsx hoặc csv (mặc định: theo đuôi tệp của --out).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Cụm mật khẩu: </translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Nhập lại cụm mật khẩu: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Passphrase protecting the bundle (&apos;-&apos; reads it from standard input).</source>
        <translation>Cụm mật khẩu bảo vệ gói dữ liệu (&apos;-&apos; để đọc từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>VĂN_BẢN</translation>
    </message>
    <message>
        <source>Choose one of --full or --for DEVICE.</source>
        <translation>Chọn một trong hai: --full hoặc --for THIẾT_BỊ.</translation>
    </message>
    <message>
        <source>--out BUNDLE is required.</source>
        <translation>Cần có --out GÓI.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Chưa nhập cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 bundle, %3 records, %4 attachments, %5 bytes%6.</source>
        <translation>Đã ghi %1: gói dữ liệu %2, %3 bản ghi, %4 tệp đính kèm, %5 byte%6.</translation>
    </message>
    <message>
        <source>, passphrase-protected</source>
        <translation>, được bảo vệ bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>Bundle from &quot;%1&quot; (%2), made %3, %4.</source>
        <translation>Gói dữ liệu từ &quot;%1&quot; (%2), tạo lúc %3, %4.</translation>
    </message>
    <message>
        <source>This bundle was already imported on %1.</source>
        <translation>Gói dữ liệu này đã được nhập vào %1.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>đã cập nhật</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>đã khôi phục</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <source>total</source>
        <translation>tổng</translation>
    </message>
    <message>
        <source>%1 records already up to date; %2 new attachments.</source>
        <translation>%1 bản ghi đã được cập nhật sẵn; %2 tệp đính kèm mới.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: không có gì được ghi.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Give exactly one bundle file to import.</source>
        <translation>Hãy chỉ định đúng một tệp gói dữ liệu để nhập.</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase; give it with --passphrase.</source>
        <translation>Gói dữ liệu này được bảo vệ bằng cụm mật khẩu; hãy cung cấp bằng --passphrase.</translation>
    </message>
    <message>
        <source>Give exactly one bundle file to verify.</source>
        <translation>Hãy chỉ định đúng một tệp gói dữ liệu để xác minh.</translation>
    </message>
    <message>
        <source>The bundle is intact and signed by &quot;%1&quot; (key %2): %3 records, %4 attachments.</source>
        <translation>Gói dữ liệu nguyên vẹn và được ký bởi &quot;%1&quot; (khóa %2): %3 bản ghi, %4 tệp đính kèm.</translation>
    </message>
    <message>
        <source>Give exactly one bundle file to inspect.</source>
        <translation>Hãy chỉ định đúng một tệp gói dữ liệu để xem.</translation>
    </message>
    <message>
        <source>bundle:      %1</source>
        <translation>gói dữ liệu:  %1</translation>
    </message>
    <message>
        <source>made by:     %1, %2 (device %3, key %4)</source>
        <translation>tạo bởi:      %1, %2 (thiết bị %3, khóa %4)</translation>
    </message>
    <message>
        <source>made on:     %1 with %2 (format %3, schema %4)</source>
        <translation>tạo lúc:      %1 bằng %2 (định dạng %3, lược đồ %4)</translation>
    </message>
    <message>
        <source>scope:       %1</source>
        <translation>phạm vi:      %1</translation>
    </message>
    <message>
        <source> for device %1</source>
        <translation> cho thiết bị %1</translation>
    </message>
    <message>
        <source>; enterprises %1</source>
        <translation>; doanh nghiệp %1</translation>
    </message>
    <message>
        <source>; cohorts %1</source>
        <translation>; nhóm doanh nghiệp %1</translation>
    </message>
    <message>
        <source>protected:   %1</source>
        <translation>bảo vệ:       %1</translation>
    </message>
    <message>
        <source>yes, by passphrase</source>
        <translation>có, bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>records:     %1</source>
        <translation>bản ghi:      %1</translation>
    </message>
    <message>
        <source>attachments: %1</source>
        <translation>tệp đính kèm: %1</translation>
    </message>
    <message>
        <source>holds (version vector):</source>
        <translation>nắm giữ (vector phiên bản):</translation>
    </message>
    <message>
        <source>Give the conflict number shown in the list.</source>
        <translation>Hãy nhập số xung đột hiển thị trong danh sách.</translation>
    </message>
    <message>
        <source>Conflict %1: the other value was applied again as a new edit.</source>
        <translation>Xung đột %1: giá trị khác đã được áp dụng lại dưới dạng một chỉnh sửa mới.</translation>
    </message>
    <message>
        <source>Conflict %1 dismissed.</source>
        <translation>Đã bỏ qua xung đột %1.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Không có xung đột cần xem xét.</translation>
    </message>
    <message>
        <source>kept %1 — %2, %3</source>
        <translation>giữ %1 — %2, %3</translation>
    </message>
    <message>
        <source>lost %1 — %2, %3</source>
        <translation>mất %1 — %2, %3</translation>
    </message>
    <message>
        <source>deleted by %1, %2, while %3 edited it (%4); it is in the recycle bin.</source>
        <translation>bị %1 xóa lúc %2, trong khi %3 đang sửa (%4); bản ghi nằm trong thùng rác.</translation>
    </message>
    <message>
        <source>edited by %1, %2, after %3 deleted it (%4); it is back.</source>
        <translation>được %1 sửa lúc %2, sau khi %3 đã xóa (%4); bản ghi đã được khôi phục.</translation>
    </message>
    <message>
        <source>this device: %1  %2 (%3)  key %4</source>
        <translation>thiết bị này: %1  %2 (%3)  khóa %4</translation>
    </message>
    <message>
        <source>No bundles from other devices have been imported yet.</source>
        <translation>Chưa nhập gói dữ liệu nào từ thiết bị khác.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>khóa %1</translation>
    </message>
    <message>
        <source>first seen %1, last bundle %2</source>
        <translation>lần đầu thấy %1, gói dữ liệu gần nhất %2</translation>
    </message>
    <message>
        <source>Use --list to see the backups, then --backup FILE or --backup latest.</source>
        <translation>Dùng --list để xem các bản sao lưu, sau đó --backup TỆP hoặc --backup latest.</translation>
    </message>
    <message>
        <source>No backups of %1 yet (they are taken before every import).</source>
        <translation>Chưa có bản sao lưu nào của %1 (bản sao lưu được tạo trước mỗi lần nhập).</translation>
    </message>
    <message>
        <source>There are no backups of %1 to restore.</source>
        <translation>Không có bản sao lưu nào của %1 để khôi phục.</translation>
    </message>
    <message>
        <source>Restored %1. The state before the restore is kept in %2. This workspace continues as a new device (%3) so that later bundles bring back what was lost.</source>
        <translation>Đã khôi phục %1. Trạng thái trước khi khôi phục được giữ trong %2. Không gian làm việc này tiếp tục như một thiết bị mới (%3) để các gói dữ liệu sau mang lại những gì đã mất.</translation>
    </message>
    <message>
        <source>Write a bundle: everything, or what a device lacks; optionally scoped.</source>
        <translation>Ghi một gói dữ liệu: toàn bộ, hoặc những gì một thiết bị còn thiếu; có thể giới hạn phạm vi.</translation>
    </message>
    <message>
        <source>Every record of the workspace (or of the scope).</source>
        <translation>Mọi bản ghi của không gian làm việc (hoặc của phạm vi).</translation>
    </message>
    <message>
        <source>Only what this device does not hold yet (id, id prefix or name).</source>
        <translation>Chỉ những gì thiết bị này chưa có (mã, tiền tố mã hoặc tên).</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>THIẾT_BỊ</translation>
    </message>
    <message>
        <source>Limit to an enterprise (repeatable).</source>
        <translation>Giới hạn ở một doanh nghiệp (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Limit to a cohort (repeatable).</source>
        <translation>Giới hạn ở một nhóm doanh nghiệp (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Bundle file to write.</source>
        <translation>Tệp gói dữ liệu cần ghi.</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>GÓI</translation>
    </message>
    <message>
        <source>Import a bundle (atomic, idempotent); --dry-run shows what would change.</source>
        <translation>Nhập một gói dữ liệu (nguyên tử, lũy đẳng); --dry-run hiển thị những gì sẽ thay đổi.</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>Tệp gói dữ liệu.</translation>
    </message>
    <message>
        <source>Compute what would change; write nothing.</source>
        <translation>Tính toán những gì sẽ thay đổi; không ghi gì.</translation>
    </message>
    <message>
        <source>Accept a bundle that deletes many records.</source>
        <translation>Chấp nhận gói dữ liệu xóa nhiều bản ghi.</translation>
    </message>
    <message>
        <source>Accept a known device that now signs with a new key.</source>
        <translation>Chấp nhận một thiết bị đã biết nay ký bằng khóa mới.</translation>
    </message>
    <message>
        <source>Check a bundle&apos;s integrity and signature.</source>
        <translation>Kiểm tra tính toàn vẹn và chữ ký của gói dữ liệu.</translation>
    </message>
    <message>
        <source>Summarise a bundle&apos;s manifest.</source>
        <translation>Tóm tắt tệp kê khai của gói dữ liệu.</translation>
    </message>
    <message>
        <source>List the values that lost a merge; re-apply or dismiss one.</source>
        <translation>Liệt kê các giá trị bị thua khi hợp nhất; áp dụng lại hoặc bỏ qua một giá trị.</translation>
    </message>
    <message>
        <source>Include conflicts already handled.</source>
        <translation>Bao gồm cả các xung đột đã xử lý.</translation>
    </message>
    <message>
        <source>Apply the losing value again, as a new edit.</source>
        <translation>Áp dụng lại giá trị bị thua, dưới dạng một chỉnh sửa mới.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Mark a conflict as reviewed.</source>
        <translation>Đánh dấu một xung đột là đã xem xét.</translation>
    </message>
    <message>
        <source>Show this device and the devices whose bundles were imported.</source>
        <translation>Hiển thị thiết bị này và các thiết bị có gói dữ liệu đã được nhập.</translation>
    </message>
    <message>
        <source>List the automatic backups, or bring one back.</source>
        <translation>Liệt kê các bản sao lưu tự động, hoặc khôi phục một bản.</translation>
    </message>
    <message>
        <source>List the backups, newest first.</source>
        <translation>Liệt kê các bản sao lưu, mới nhất trước.</translation>
    </message>
    <message>
        <source>The backup to restore: a file name from --list, or &apos;latest&apos;.</source>
        <translation>Bản sao lưu cần khôi phục: tên tệp lấy từ --list, hoặc &apos;latest&apos;.</translation>
    </message>
    <message>
        <source>Created workspace %1 for device &quot;%2&quot; (%3).</source>
        <translation>Đã tạo không gian làm việc %1 cho thiết bị &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>--enterprises, --years and --seed take whole numbers.</source>
        <translation>--enterprises, --years và --seed nhận số nguyên.</translation>
    </message>
    <message>
        <source>--anchor takes a date (YYYY-MM-DD).</source>
        <translation>--anchor nhận một ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>demo: %1 of about %2 records</source>
        <translation>dữ liệu mẫu: %1 / khoảng %2 bản ghi</translation>
    </message>
    <message>
        <source>1 cohort</source>
        <translation>1 nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>%1 cohorts</source>
        <translation>%1 nhóm doanh nghiệp</translation>
    </message>
    <message>
        <source>Added %1 enterprises in %2, %3 records (%4 photos) from %5 to %6, in %7 s.</source>
        <translation>Đã thêm %1 doanh nghiệp trong %2, %3 bản ghi (%4 ảnh) từ %5 đến %6, trong %7 giây.</translation>
    </message>
    <message>
        <source>--count N and --seed S are required whole numbers.</source>
        <translation>--count N và --seed S là bắt buộc và phải là số nguyên.</translation>
    </message>
    <message>
        <source>Made %1 edits: %2 created, %3 updated, %4 deleted, %5 restored.</source>
        <translation>Đã thực hiện %1 chỉnh sửa: %2 tạo mới, %3 cập nhật, %4 xóa, %5 khôi phục.</translation>
    </message>
    <message>
        <source>Say what to list: enterprises, cohorts, visits, actions or people.</source>
        <translation>Hãy cho biết cần liệt kê gì: enterprises, cohorts, visits, actions hoặc people.</translation>
    </message>
    <message>
        <source>Cannot list &apos;%1&apos;; choose enterprises, cohorts, visits, actions or people.</source>
        <translation>Không thể liệt kê &apos;%1&apos;; hãy chọn enterprises, cohorts, visits, actions hoặc people.</translation>
    </message>
    <message>
        <source>live</source>
        <translation>hiện có</translation>
    </message>
    <message>
        <source>attachment content: %1 bytes</source>
        <translation>nội dung tệp đính kèm: %1 byte</translation>
    </message>
    <message>
        <source>open conflicts: %1</source>
        <translation>xung đột đang mở: %1</translation>
    </message>
    <message>
        <source>known devices: %1</source>
        <translation>thiết bị đã biết: %1</translation>
    </message>
    <message>
        <source>file size: %1 bytes</source>
        <translation>dung lượng tệp: %1 byte</translation>
    </message>
    <message>
        <source>Only the canonical dump exists; add --canonical.</source>
        <translation>Chỉ có bản kết xuất chuẩn; hãy thêm --canonical.</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Không thể ghi ra đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>The workspace is healthy (%1 records checked).</source>
        <translation>Không gian làm việc ổn định (đã kiểm tra %1 bản ghi).</translation>
    </message>
    <message>
        <source>The workspace has %1 problem(s):</source>
        <translation>Không gian làm việc có %1 vấn đề:</translation>
    </message>
    <message>
        <source>Create a new workspace with the SCORE content.</source>
        <translation>Tạo không gian làm việc mới với nội dung SCORE.</translation>
    </message>
    <message>
        <source>Name of this device (default: the host name).</source>
        <translation>Tên của thiết bị này (mặc định: tên máy).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>Name of the person using it (default: the login name).</source>
        <translation>Tên của người sử dụng (mặc định: tên đăng nhập).</translation>
    </message>
    <message>
        <source>Fill an empty workspace with realistic SCORE data (same seed, same data).</source>
        <translation>Điền dữ liệu SCORE thực tế vào một không gian làm việc trống (cùng hạt giống, cùng dữ liệu).</translation>
    </message>
    <message>
        <source>Number of enterprises (default 12: one cohort).</source>
        <translation>Số doanh nghiệp (mặc định 12: một nhóm doanh nghiệp).</translation>
    </message>
    <message>
        <source>Years of programme history (default 1).</source>
        <translation>Số năm lịch sử chương trình (mặc định 1).</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Hạt giống ngẫu nhiên (mặc định 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The demo&apos;s &quot;today&quot; (default: today).</source>
        <translation>Ngày &quot;hôm nay&quot; của dữ liệu mẫu (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <source>Leave out the generated photos of evidence.</source>
        <translation>Bỏ qua các ảnh bằng chứng được tạo tự động.</translation>
    </message>
    <message>
        <source>Make realistic random edits as this device (deterministic per seed).</source>
        <translation>Thực hiện các chỉnh sửa ngẫu nhiên thực tế với tư cách thiết bị này (xác định theo hạt giống).</translation>
    </message>
    <message>
        <source>Number of edits.</source>
        <translation>Số lần chỉnh sửa.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Hạt giống ngẫu nhiên.</translation>
    </message>
    <message>
        <source>List enterprises, cohorts, visits, actions or people (id&lt;TAB&gt;name).</source>
        <translation>Liệt kê doanh nghiệp, nhóm doanh nghiệp, chuyến thăm, hành động hoặc người (id&lt;TAB&gt;tên).</translation>
    </message>
    <message>
        <source>enterprises, cohorts, visits, actions or people</source>
        <translation>enterprises, cohorts, visits, actions hoặc people</translation>
    </message>
    <message>
        <source>Count the records of every kind.</source>
        <translation>Đếm số bản ghi của từng loại.</translation>
    </message>
    <message>
        <source>Print the canonical dump of the shared records.</source>
        <translation>In bản kết xuất chuẩn của các bản ghi dùng chung.</translation>
    </message>
    <message>
        <source>Stable, device-independent format (required).</source>
        <translation>Định dạng ổn định, không phụ thuộc thiết bị (bắt buộc).</translation>
    </message>
    <message>
        <source>Check the workspace&apos;s integrity and the SCORE invariants.</source>
        <translation>Kiểm tra tính toàn vẹn của không gian làm việc và các bất biến SCORE.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 report to %2 (%n page(s)) in %3 s.</source>
        <translation>
            <numerusform>Đã ghi báo cáo %1 vào %2 (%n trang) trong %3 giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>GIÁ TRỊ</translation>
    </message>
    <message>
        <source>Say cohort, enterprise or person, not “%1”.</source>
        <translation>Hãy ghi cohort, enterprise hoặc person, không phải “%1”.</translation>
    </message>
    <message>
        <source>Say what to add: cohort, enterprise or person.</source>
        <translation>Hãy cho biết cần thêm gì: cohort, enterprise hoặc person.</translation>
    </message>
    <message>
        <source>Say what to change: KIND ID (cohort, enterprise or person, and its id or name).</source>
        <translation>Hãy cho biết cần thay đổi gì: LOẠI MÃ (cohort, enterprise hoặc person, và mã hoặc tên).</translation>
    </message>
    <message>
        <source>Say what to change, for example --city “Bien Hoa”.</source>
        <translation>Hãy cho biết cần thay đổi gì, ví dụ --city “Bien Hoa”.</translation>
    </message>
    <message>
        <source>Say what to delete: KIND ID (cohort, enterprise or person, and its id or name).</source>
        <translation>Hãy cho biết cần xóa gì: LOẠI MÃ (cohort, enterprise hoặc person, và mã hoặc tên).</translation>
    </message>
    <message>
        <source>Moved the %1 to the recycle bin with what belongs to it; the Sync view&apos;s recycle bin brings it back.</source>
        <translation>Đã chuyển %1 vào thùng rác cùng mọi thứ thuộc về nó; thùng rác trong màn hình Đồng bộ có thể khôi phục lại.</translation>
    </message>
    <message>
        <source>Add a cohort, an enterprise or a person; prints the new id last.</source>
        <translation>Thêm một nhóm doanh nghiệp, một doanh nghiệp hoặc một người; in mã mới ở dòng cuối.</translation>
    </message>
    <message>
        <source>cohort, enterprise or person</source>
        <translation>cohort, enterprise hoặc person</translation>
    </message>
    <message>
        <source>Change fields of a cohort, an enterprise or a person.</source>
        <translation>Thay đổi các trường của một nhóm doanh nghiệp, một doanh nghiệp hoặc một người.</translation>
    </message>
    <message>
        <source>its id, or its name when no other has it</source>
        <translation>mã của nó, hoặc tên khi không trùng với bản ghi khác</translation>
    </message>
    <message>
        <source>Move a cohort, an enterprise or a person to the recycle bin.</source>
        <translation>Chuyển một nhóm doanh nghiệp, một doanh nghiệp hoặc một người vào thùng rác.</translation>
    </message>
    <message>
        <source>You are %1 here (%2).</source>
        <translation>Bạn là %1 ở đây (%2).</translation>
    </message>
    <message>
        <source>Their role: counsellor (default), trainer, staff or manager.</source>
        <translation>Vai trò của họ: counsellor (mặc định), trainer, staff hoặc manager.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>VAI TRÒ</translation>
    </message>
    <message>
        <source>Their gender: woman, man, other or not said (default).</source>
        <translation>Giới tính của họ: woman, man, other hoặc not said (mặc định).</translation>
    </message>
    <message>
        <source>GENDER</source>
        <translation>GIỚI TÍNH</translation>
    </message>
    <message>
        <source>--%1 is not a field of %2; their fields are %3.</source>
        <translation>--%1 không phải là trường của %2; các trường là %3.</translation>
    </message>
    <message>
        <source>Say where to write the sheet: --out FILE.xlsx or FILE.csv.</source>
        <translation>Hãy cho biết ghi bảng tính vào đâu: --out TỆP.xlsx hoặc TỆP.csv.</translation>
    </message>
    <message>
        <source>--out must end in .xlsx (one workbook) or .csv (a file per kind).</source>
        <translation>--out phải kết thúc bằng .xlsx (một sổ làm việc) hoặc .csv (một tệp cho mỗi loại).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>Say which file to import: scorectl sheet import --db F FILE.xlsx (or CSV files).</source>
        <translation>Hãy cho biết tệp cần nhập: scorectl sheet import --db F TỆP.xlsx (hoặc các tệp CSV).</translation>
    </message>
    <message>
        <source>Nothing was imported; correct these cells and import again:</source>
        <translation>Chưa nhập gì; hãy sửa các ô này rồi nhập lại:</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã thay đổi</translation>
    </message>
    <message>
        <source>Would add %1, change %2 and leave %3 as they are (dry run: nothing written).</source>
        <translation>Sẽ thêm %1, thay đổi %2 và giữ nguyên %3 (chạy thử: không ghi gì).</translation>
    </message>
    <message>
        <source>Added %1, changed %2, left %3 as they were.</source>
        <translation>Đã thêm %1, thay đổi %2, giữ nguyên %3.</translation>
    </message>
    <message>
        <source>Say export or import.</source>
        <translation>Hãy nói export (xuất) hoặc import (nhập).</translation>
    </message>
    <message>
        <source>Export cohorts, enterprises and people to a spreadsheet, or import them from one.</source>
        <translation>Xuất nhóm doanh nghiệp, doanh nghiệp và nhân sự ra bảng tính, hoặc nhập chúng từ bảng tính.</translation>
    </message>
    <message>
        <source>export --out FILE.xlsx|FILE.csv, or import FILE…</source>
        <translation>export --out TỆP.xlsx|TỆP.csv, hoặc import TỆP…</translation>
    </message>
    <message>
        <source>The XLSX workbook, or the first of the CSV files (FILE-cohorts.csv, …).</source>
        <translation>Sổ làm việc XLSX, hoặc tệp đầu tiên trong các tệp CSV (TỆP-cohorts.csv, …).</translation>
    </message>
    <message>
        <source>Say what importing would do, and write nothing.</source>
        <translation>Cho biết việc nhập sẽ làm gì, và không ghi gì.</translation>
    </message>
    <message>
        <source>This workspace&apos;s changes are not dated after this computer&apos;s date; nothing to re-stamp.</source>
        <translation>Các thay đổi trong không gian làm việc này không mang ngày sau ngày của máy tính này; không có gì cần đóng dấu lại.</translation>
    </message>
    <message>
        <source>Re-stamped %1 changes in %2 records that this device dated up to %3 while its clock was ahead; its next bundles will be accepted.</source>
        <translation>Đã đóng dấu lại %1 thay đổi trong %2 bản ghi mà thiết bị này ghi ngày đến %3 khi đồng hồ của nó chạy trước; các gói tiếp theo của nó sẽ được chấp nhận.</translation>
    </message>
    <message>
        <source>Give this device&apos;s changes dated in the future the present time, once its clock is right.</source>
        <translation>Gán thời điểm hiện tại cho các thay đổi của thiết bị này đang mang ngày trong tương lai, khi đồng hồ của nó đã đúng.</translation>
    </message>
    <message>
        <source>Nothing was removed: with these problems, what the records refer to cannot be trusted.</source>
        <translation>Không có gì bị xóa: với những vấn đề này, không thể tin được các bản ghi đang dùng đến nội dung nào.</translation>
    </message>
    <message>
        <source>Attachment content that no record refers to: %1 (%2); &apos;scorectl check --repair&apos; removes it.</source>
        <translation>Nội dung tệp đính kèm mà không bản ghi nào dùng đến: %1 (%2); &apos;scorectl check --repair&apos; sẽ xóa chúng.</translation>
    </message>
    <message>
        <source>Removed attachment content that no record referred to: %1 (%2).</source>
        <translation>Đã xóa nội dung tệp đính kèm mà không bản ghi nào dùng đến: %1 (%2).</translation>
    </message>
    <message>
        <source>Also remove attachment content that no record, live or in the recycle bin, refers to.</source>
        <translation>Đồng thời xóa nội dung tệp đính kèm mà không bản ghi nào (đang dùng hay trong thùng rác) dùng đến.</translation>
    </message>
    <message>
        <source>An empty passphrase would protect nothing, so no bundle was written; give one, or leave out --passphrase to write an unprotected bundle.</source>
        <translation>Cụm mật khẩu rỗng không bảo vệ được gì, nên không có gói dữ liệu nào được ghi; hãy nhập một cụm mật khẩu, hoặc bỏ --passphrase để ghi gói dữ liệu không được bảo vệ.</translation>
    </message>
</context>
<context>
    <name>score::edit</name>
    <message>
        <source>There is no kind of record called &quot;%1&quot;.</source>
        <translation>Không có loại bản ghi nào tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>%1 này không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>score::edit::Attachments</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Không thể đọc %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; take a smaller photo or scan.</source>
        <translation>%1 lớn hơn 50 MB; hãy chụp ảnh hoặc quét tài liệu nhỏ hơn.</translation>
    </message>
    <message>
        <source>%1 could not be read completely.</source>
        <translation>Không thể đọc hết %1.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
</context>
<context>
    <name>scorectl</name>
    <message>
        <source>Workspace file.</source>
        <translation>Tệp không gian làm việc.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Try &apos;scorectl %1 --help&apos;.</source>
        <translation>Hãy thử &apos;scorectl %1 --help&apos;.</translation>
    </message>
    <message>
        <source>scorectl — SCORE Desk on the command line</source>
        <translation>scorectl — SCORE Desk trên dòng lệnh</translation>
    </message>
    <message>
        <source>Usage: scorectl COMMAND [options]</source>
        <translation>Cách dùng: scorectl LỆNH [tùy chọn]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Run &apos;scorectl COMMAND --help&apos; for the options of a command.</source>
        <translation>Chạy &apos;scorectl LỆNH --help&apos; để xem các tùy chọn của một lệnh.</translation>
    </message>
    <message>
        <source>scorectl: unknown command &apos;%1&apos;.</source>
        <translation>scorectl: lệnh không xác định &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;scorectl --help&apos; for the list of commands.</source>
        <translation>Chạy &apos;scorectl --help&apos; để xem danh sách lệnh.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiển thị trợ giúp này.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db TỆP là bắt buộc.</translation>
    </message>
    <message>
        <source>Note: this workspace has changes dated up to %1, after this computer&apos;s date; other devices hold its bundles back. If today&apos;s date is right, run &apos;scorectl restamp&apos;.</source>
        <translation>Lưu ý: không gian làm việc này có các thay đổi mang ngày đến %1, sau ngày của máy tính này; các thiết bị khác giữ lại các gói của nó. Nếu ngày hôm nay đúng, hãy chạy &apos;scorectl restamp&apos;.</translation>
    </message>
</context>
</TS>
